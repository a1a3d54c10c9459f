/**
 * The conformance suite every matrix kernel passes: the JS kernel, the WebAssembly SIMD one,
 * and any added later. Each is held to the naive triple loop (naive.ts) and to the JS
 * kernel, bit for bit (Object.is: NaN equals NaN, but 0 and −0 differ), on odd shapes,
 * empty ones, NaN and ∞, random shapes (fast-check), and must overwrite C, not add to it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import {
  createRng,
  kernelName,
  matmulKernel,
  ready,
  setMatmulKernel,
  typedArrayKernel,
  type MatmulKernel,
} from "kobai";
import { naiveKernel } from "./naive";
import { CH06_SHAPES, kernelProduct, randomValues, type Variant } from "../testing/kernels";
import { createWasmSimdKernel } from "./wasm-simd";
import { compileMatmulWat, generatedModule, generatedPath } from "../../../scripts/build-wasm.mjs";

const VARIANTS: Variant[] = ["ab", "atb", "abt"];
const rng = createRng(7);
const random = (count: number, zeros = 0) => randomValues(rng, count, zeros);
const run = kernelProduct;

/** Indices where the two differ bit for bit (Object.is), at most 5 of them. */
function differences(x: Float64Array, y: Float64Array): number[] {
  const at: number[] = [];
  for (let i = 0; i < x.length && at.length < 5; i++) if (!Object.is(x[i], y[i])) at.push(i);
  return at;
}

let wasm: MatmulKernel;
beforeAll(async () => {
  const kernel = await createWasmSimdKernel();
  if (!kernel) throw new Error("this Node has no WebAssembly SIMD");
  wasm = kernel;
});
const kernels: [string, () => MatmulKernel][] = [
  ["js-tiled", () => typedArrayKernel],
  ["wasm-simd128", () => wasm],
];

for (const [name, kernelOf] of kernels) {
  describe(`${name} conforms`, () => {
    for (const variant of VARIANTS) {
      it(`${variant}: 1×n, n×1, primes and empty shapes equal the naive loop`, () => {
        const shapes = [
          [1, 1, 1],
          [1, 7, 1],
          [1, 1, 13],
          [13, 1, 1],
          [1, 31, 17],
          [17, 31, 1],
          [31, 1, 17],
          [2, 3, 5],
          [7, 11, 13],
          [13, 17, 19],
          [37, 41, 43],
          [4, 8, 4],
          [5, 9, 6],
          [0, 3, 4],
          [3, 0, 4],
          [3, 4, 0],
          [0, 0, 0],
        ];
        for (const [m, k, n] of shapes)
          for (const zeros of [0, 0.7, 1]) {
            const a = random(m * k, zeros),
              b = random(k * n);
            const got = run(kernelOf(), variant, a, b, m, k, n),
              want = run(naiveKernel, variant, a, b, m, k, n);
            expect(got.length).toBe(m * n);
            expect(differences(got, want), `${variant} ${m}×${k}×${n} zeros ${zeros}`).toEqual([]);
          }
      });

      it(`${variant}: k = 0 gives zeros (an empty sum), written over what C held`, () => {
        expect(Array.from(run(kernelOf(), variant, new Float64Array(0), new Float64Array(0), 2, 0, 3))).toEqual([
          0, 0, 0, 0, 0, 0,
        ]);
      });

      it(`${variant}: NaN and ∞ in A or B come out where the naive loop puts them (0 · ∞ = NaN)`, () => {
        const m = 9,
          k = 10,
          n = 7;
        for (const where of ["a", "b", "both"] as const) {
          const a = random(m * k, 0.8),
            b = random(k * n);
          if (where !== "b") {
            a[3] = Infinity;
            a[20] = NaN;
            a[41] = -Infinity;
          }
          if (where !== "a") {
            b[5] = Infinity;
            b[30] = NaN;
            b[66] = -Infinity;
          }
          const got = run(kernelOf(), variant, a, b, m, k, n),
            want = run(naiveKernel, variant, a, b, m, k, n);
          expect(want.some(Number.isNaN)).toBe(true);
          expect(differences(got, want), `${variant} non-finite in ${where}`).toEqual([]);
        }
      });

      it(`${variant}: random shapes, sparse or dense, equal the JS kernel and the naive loop bit for bit`, () => {
        fc.assert(
          fc.property(
            fc.integer({ min: 0, max: 40 }),
            fc.integer({ min: 0, max: 70 }),
            fc.integer({ min: 0, max: 40 }),
            fc.constantFrom(0, 0.5, 0.9),
            fc.integer({ min: 1, max: 2 ** 31 - 1 }),
            (m, k, n, zeros, seed) => {
              const local = createRng(seed);
              const a = Float64Array.from({ length: m * k }, () =>
                local.uniform() < zeros ? 0 : local.normal() * 10 ** Math.floor(local.uniform() * 7 - 3),
              );
              const b = Float64Array.from({ length: k * n }, () => local.normal());
              const got = run(kernelOf(), variant, a, b, m, k, n);
              const sameAsJs = differences(got, run(typedArrayKernel, variant, a, b, m, k, n)).length === 0;
              return sameAsJs && differences(got, run(naiveKernel, variant, a, b, m, k, n)).length === 0;
            },
          ),
          { numRuns: 150, seed: 16 },
        );
      });

      it(`${variant}: the ch06 network's shapes equal the JS kernel bit for bit`, () => {
        for (const [m, k, n] of CH06_SHAPES) {
          const a = random(m * k, 0.6),
            b = random(k * n);
          expect(
            differences(run(kernelOf(), variant, a, b, m, k, n), run(typedArrayKernel, variant, a, b, m, k, n)),
          ).toEqual([]);
        }
      });
    }

    it("a worked example: [[1, 2], [3, 4]] times [[5, 6], [7, 8]], in each form", () => {
      const a = Float64Array.of(1, 2, 3, 4),
        b = Float64Array.of(5, 6, 7, 8);
      expect(Array.from(run(kernelOf(), "ab", a, b, 2, 2, 2))).toEqual([19, 22, 43, 50]);
      expect(Array.from(run(kernelOf(), "atb", a, b, 2, 2, 2))).toEqual([26, 30, 38, 44]);
      expect(Array.from(run(kernelOf(), "abt", a, b, 2, 2, 2))).toEqual([17, 23, 39, 53]);
    });
  });
}

describe("ready() and kernelName()", () => {
  it("start on the JS kernel; ready() installs the WebAssembly one, and again after a program replaced it", async () => {
    const before = setMatmulKernel(typedArrayKernel);
    try {
      expect(kernelName()).toBe("js-tiled");
      await ready();
      expect(kernelName()).toBe("wasm-simd128");
      setMatmulKernel(naiveKernel);
      expect(kernelName()).toBe("js-naive");
      setMatmulKernel({ ...naiveKernel, name: undefined });
      expect(kernelName()).toBe("custom");
      await ready(); // what the notebook does before each run: a cell's kernel does not leak
      expect(kernelName()).toBe("wasm-simd128");
      expect(matmulKernel().name).toBe("wasm-simd128");
    } finally {
      setMatmulKernel(before);
    }
  });
});

describe("the generated WebAssembly module", () => {
  it("is matmul.wat compiled now (run `npm run wasm` after editing the .wat)", async () => {
    const bytes: Uint8Array = await compileMatmulWat();
    expect(readFileSync(generatedPath, "utf8")).toBe(generatedModule(bytes));
  });
});
