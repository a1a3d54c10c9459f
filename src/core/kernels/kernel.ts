/**
 * The matrix-multiply kernel's seam: the one hot loop of training, and where a faster one plugs in.
 *
 *   C = A · B        C[i][j] = Σₚ A[i][p] · B[p][j]          (forward:  y = x · W)
 *   C = Aᵀ · B       C[i][j] = Σₚ A[p][i] · B[p][j]          (backward: ∂L/∂W = xᵀ · ∂L/∂y)
 *   C = A · Bᵀ       C[i][j] = Σₚ A[i][p] · B[j][p]          (backward: ∂L/∂x = ∂L/∂y · Wᵀ)
 *
 * Layers never loop over matrices themselves: they call `matmul`, `matmulTransposeA` and
 * `matmulTransposeB` in tensor.ts, which call the kernel installed here. That is the seam:
 * a faster kernel (WebAssembly SIMD, several threads) can be installed with
 * `setMatmulKernel` without touching a layer. matmul.ts is the default kernel (plain
 * TypeScript), wasm-simd.ts the WebAssembly one that ready() installs, and naive.ts has the
 * same three products as plain triple loops: the reference the tests hold both to.
 */
import { typedArrayKernel } from "./matmul";

/**
 * Computes into `out` (length m·n, overwritten). Sizes: A is m×k, B as each variant says.
 *
 * @example
 * const kernel: MatmulKernel = matmulKernel();
 * const out = new Float64Array(1);
 * kernel.ab(new Float64Array([1, 2]), new Float64Array([3, 4]), out, 1, 2, 1); // out: [11]
 */
export interface MatmulKernel {
  /** out (m×n) = A (m×k) · B (k×n) */
  ab(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void;
  /** out (m×n) = Aᵀ · B where A is k×m and B is k×n */
  atb(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void;
  /** out (m×n) = A · Bᵀ where A is m×k and B is n×k */
  abt(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void;
  /** What `kernelName()` reports while this kernel is installed, e.g. "js-tiled". */
  readonly name?: string;
}

let installed: MatmulKernel = typedArrayKernel;

/**
 * Replaces the kernel behind `matmul` and friends (e.g. with a WebAssembly one).
 * Returns the kernel it replaced, so a benchmark can restore it.
 *
 * @example
 * const previous = setMatmulKernel(myFasterKernel);
 * // … train …
 * setMatmulKernel(previous);
 */
export function setMatmulKernel(kernel: MatmulKernel): MatmulKernel {
  const previous = installed;
  installed = kernel;
  return previous;
}

/** The kernel in use now. @example matmulKernel() === typedArrayKernel // true, unless replaced */
export function matmulKernel(): MatmulKernel {
  return installed;
}

/**
 * The name of the kernel in use now: "js-tiled" (the default), "wasm-simd128" once `ready()`
 * has installed the WebAssembly one, or a kernel's own `name` ("custom" if it has none).
 *
 * @example
 * await ready();
 * kernelName(); // "wasm-simd128" where WebAssembly SIMD runs, else "js-tiled"
 */
export function kernelName(): string {
  return installed.name ?? "custom";
}
