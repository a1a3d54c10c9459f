import { describe, expect, it } from "vitest";
import {
  Tensor,
  createRng,
  matmul,
  matmulKernel,
  matmulTransposeA,
  matmulTransposeB,
  setMatmulKernel,
  typedArrayKernel,
  type MatmulKernel,
} from "kobai";
import { naiveKernel } from "./naive";
import { CH06_SHAPES, kernelProduct, randomValues, type Variant } from "../testing/kernels";

const rng = createRng(42);
const random = (count: number, zeros = 0) => randomValues(rng, count, zeros);

/** The sizes of A and B for a variant (A is m×k, k×m for atb; B is k×n, n×k for abt). */
function operands(m: number, k: number, n: number, zeros: number): [Float64Array, Float64Array] {
  return [random(m * k, zeros), random(k * n)];
}

/** The JS kernel's C and the naive loops' C for the same operands, as arrays. */
function both(variant: Variant, ...operands: [a: Float64Array, b: Float64Array, m: number, k: number, n: number]) {
  const fast = kernelProduct(typedArrayKernel, variant, ...operands);
  const slow = kernelProduct(naiveKernel, variant, ...operands);
  return [Array.from(fast), Array.from(slow)];
}

describe("the tiled kernel equals the naive triple loop, bit for bit", () => {
  // Sizes around the 4 × 2 tile: below it, at it, one over, and odd everywhere.
  const ms = [1, 2, 3, 4, 5, 7, 8, 9, 13];
  const ks = [0, 1, 2, 3, 5, 17];
  const ns = [1, 2, 3, 4, 5, 10, 11];
  for (const variant of ["ab", "atb", "abt"] as const) {
    it(`${variant}: every m, k, n around the tile size, dense and with zeros`, () => {
      let cases = 0;
      for (const m of ms)
        for (const k of ks)
          for (const n of ns)
            for (const zeros of [0, 0.6, 1]) {
              const [a, b] = operands(m, k, n, zeros);
              const [fast, slow] = both(variant, a, b, m, k, n);
              // The same products added in the same order; skipped terms are exact zeros, so equal.
              expect(fast, `${variant} m=${m} k=${k} n=${n} zeros=${zeros}`).toEqual(slow);
              cases++;
            }
      expect(cases).toBe(ms.length * ks.length * ns.length * 3);
    });

    it(`${variant}: the shapes of the ch06 network`, () => {
      for (const [m, k, n] of CH06_SHAPES) {
        const [a, b] = operands(m, k, n, 0.5);
        const [fast, slow] = both(variant, a, b, m, k, n);
        expect(fast).toEqual(slow);
      }
    });

    it(`${variant}: keeps NaN and ∞ where 0 · ∞ = NaN (no zero skipping then)`, () => {
      const m = 5,
        k = 6,
        n = 3;
      const a = random(m * k, 0.7);
      const b = random(k * n);
      b[4] = Infinity;
      b[7] = NaN;
      const [fast, slow] = both(variant, a, b, m, k, n);
      expect(slow.some(Number.isNaN)).toBe(true);
      expect(fast).toEqual(slow);
    });
  }

  it("a worked example: [[1, 2], [3, 4]] · [[5, 6], [7, 8]] = [[19, 22], [43, 50]]", () => {
    const out = new Float64Array(4);
    typedArrayKernel.ab(Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8), out, 2, 2, 2);
    expect(Array.from(out)).toEqual([19, 22, 43, 50]);
    typedArrayKernel.atb(Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8), out, 2, 2, 2); // Aᵀ = [[1, 3], [2, 4]]
    expect(Array.from(out)).toEqual([26, 30, 38, 44]);
    typedArrayKernel.abt(Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8), out, 2, 2, 2); // Bᵀ = [[5, 7], [6, 8]]
    expect(Array.from(out)).toEqual([17, 23, 39, 53]);
  });
});

describe("the kernel seam", () => {
  it("matmul and its transposed forms run whatever kernel is installed", () => {
    const calls: string[] = [];
    const spy: MatmulKernel = {
      ab: (...args) => {
        calls.push("ab");
        naiveKernel.ab(...args);
      },
      atb: (...args) => {
        calls.push("atb");
        naiveKernel.atb(...args);
      },
      abt: (...args) => {
        calls.push("abt");
        naiveKernel.abt(...args);
      },
    };
    const previous = setMatmulKernel(spy);
    try {
      const a = Tensor.from([
        [1, 2],
        [3, 4],
      ]);
      expect(matmul(a, a).toArray()).toEqual([
        [7, 10],
        [15, 22],
      ]);
      expect(matmulTransposeA(a, a).toArray()).toEqual([
        [10, 14],
        [14, 20],
      ]);
      expect(matmulTransposeB(a, a).toArray()).toEqual([
        [5, 11],
        [11, 25],
      ]);
      expect(calls).toEqual(["ab", "atb", "abt"]);
      expect(matmulKernel()).toBe(spy);
    } finally {
      expect(setMatmulKernel(previous)).toBe(spy);
    }
    expect(matmulKernel()).toBe(typedArrayKernel);
  });
});
