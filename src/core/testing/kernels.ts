/**
 * Test helpers shared by the matrix-kernel tests (matmul.test.ts holds the JS kernel to the
 * naive loops, kernels.test.ts every kernel): random operands, and a kernel's C computed
 * into a buffer full of garbage, so a kernel that adds to C instead of overwriting it fails.
 */
import type { MatmulKernel } from "../kernels/kernel";
import type { Rng } from "../random";

/** One of the three products a kernel computes: "ab", "atb" or "abt". */
export type Variant = Exclude<keyof MatmulKernel, "name">;

/** m, k, n of the products the ch06 network does at batch 128 (forward, and both backward products). */
export const CH06_SHAPES: readonly [number, number, number][] = [
  [128, 784, 100],
  [784, 128, 100],
  [128, 100, 784],
  [128, 100, 100],
  [128, 100, 10],
  [100, 128, 10],
  [128, 10, 100],
];

/** Random normals from `rng`; a fraction `zeros` of them exactly 0 (like ReLU outputs or MNIST pixels). */
export function randomValues(rng: Rng, count: number, zeros = 0): Float64Array {
  return Float64Array.from({ length: count }, () => (rng.uniform() < zeros ? 0 : rng.normal()));
}

/** The kernel's C (m×n) for `variant`, computed over garbage: it must overwrite, not add. */
export function kernelProduct(
  kernel: MatmulKernel,
  variant: Variant,
  a: Float64Array,
  b: Float64Array,
  m: number,
  k: number,
  n: number,
): Float64Array {
  const out = new Float64Array(m * n).fill(123.5);
  kernel[variant](a, b, out, m, k, n);
  return out;
}
