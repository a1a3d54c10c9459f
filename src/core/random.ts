/**
 * Seeded randomness.
 *
 *   rng = createRng(seed)   →   rng.uniform() ∈ [0, 1),   rng.normal() ~ 𝒩(0, 1)
 *
 * Every random thing in kobai (initial weights, dropout masks, shuffled batches,
 * generated data sets) draws from one of these generators, so the same seed gives the
 * same numbers in every browser: a study group that runs the same cell sees the same
 * curve. The generator is sfc32 (Chris Doty-Humphrey's "small fast counting" PRNG),
 * seeded through splitmix32; it uses only 32-bit integer arithmetic, which every
 * JavaScript engine computes identically.
 *
 * Normal samples use the Box–Muller transform: two uniforms u₁, u₂ give
 *   z₀ = √(−2 ln u₁) · cos(2π u₂),  z₁ = √(−2 ln u₁) · sin(2π u₂).
 */

/**
 * A deterministic source of random numbers.
 *
 * @example
 * const rng: Rng = createRng(0);
 * Tensor.randn(2, 3, { rng }); // every random function takes `{ rng }`
 */
export interface Rng {
  /** A uniform sample in [0, 1) with 53 random bits. */
  uniform(): number;
  /** A standard normal sample (mean 0, standard deviation 1). */
  normal(): number;
}

/** splitmix32 step: spreads a small seed over all 32 bits. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * Creates a generator from an integer seed. The same seed always gives the same sequence.
 *
 * @example
 * const rng = createRng(42);
 * rng.uniform(); // 0.…, the same on every machine
 * rng.normal();
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`createRng: seed must be a finite number, got ${seed}`);
  let s = Math.trunc(seed) | 0;
  let a: number, b: number, c: number, d: number;
  [s, a] = splitmix32(s);
  [s, b] = splitmix32(s);
  [s, c] = splitmix32(s);
  [s, d] = splitmix32(s);

  // sfc32: returns a uniformly distributed unsigned 32-bit integer.
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32(); // warm up, as sfc32's author recommends

  let spareNormal: number | null = null;
  const uniform = (): number => {
    // 27 high bits and 26 low bits make a 53-bit fraction: every float64 in [0, 1) on the grid 2⁻⁵³.
    const hi = next32() >>> 5;
    const lo = next32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  };
  const normal = (): number => {
    if (spareNormal !== null) {
      const z = spareNormal;
      spareNormal = null;
      return z;
    }
    let u1 = uniform();
    while (u1 === 0) u1 = uniform(); // ln 0 is −∞
    const u2 = uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spareNormal = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };
  return { uniform, normal };
}

let defaultGenerator: Rng = createRng(0);
let defaultSeed = 0;

/**
 * Resets the default generator, used by every random function called without `{ rng }`.
 * Each run of a code cell starts with `seed(0)`.
 *
 * @example
 * seed(1);
 * const a = Tensor.randn(2, 2);
 * seed(1);
 * const b = Tensor.randn(2, 2); // the same numbers as a
 */
export function seed(n: number): void {
  defaultGenerator = createRng(n);
  defaultSeed = n;
}

/**
 * The default generator that `seed(n)` resets.
 *
 * @example
 * seed(7);
 * defaultRng().uniform() === createRng(7).uniform(); // true
 */
export function defaultRng(): Rng {
  return defaultGenerator;
}

/** The seed last given to `seed(n)` (0 at start): widgets show it. @example seed(7); currentSeed() // 7 */
export function currentSeed(): number {
  return defaultSeed;
}
