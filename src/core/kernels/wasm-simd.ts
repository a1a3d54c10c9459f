/**
 * The WebAssembly SIMD kernel: matmul.wat's 4 × 4 micro-kernel behind the MatmulKernel seam.
 *
 *   C = A · B,   C = Aᵀ · B,   C = A · Bᵀ      (the same three products as matmul.ts)
 *
 * WebAssembly reads only its own memory, so every call copies its operands in and C out.
 * The copies are where the easy cases are taken care of, so that the .wat loop has none:
 * - A is copied in as packed panels (packRows from matmul.ts: 4 rows side by side, steps of
 *   four zeros left out), which serves A·B and Aᵀ·B alike;
 * - B is copied in with its rows padded to a multiple of 4 columns (the tile's width), and
 *   transposed on the way for A·Bᵀ;
 * - C comes back without the padding.
 * Copying is about m·k + k·n + m·n numbers next to m·k·n multiply-adds.
 *
 * Every C[i][j] is summed over the same steps, in the same order, with the same roundings
 * as the JS kernel, so results are bit for bit equal (kernels.test.ts checks it).
 */
import { MATMUL_WASM_BASE64 } from "./matmul-wasm.generated";
import { ROWS, allFinite, packRows, type MatmulKernel } from "./matmul";

/** Columns of C per tile in matmul.wat (two f64x2 registers). */
const COLUMNS = 4;
const PAGE_BYTES = 65536;

interface KernelExports {
  memory: WebAssembly.Memory;
  multiply(panels: number, steps: number, counts: number, blocks: number, k: number, b: number, width: number, c: number): void;
}

/** The bytes of matmul.wat (decoded from the generated base64 module). */
function wasmBytes(): Uint8Array {
  const text = atob(MATMUL_WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Compiles matmul.wat and returns the kernel around it, or null where this runtime has no
 * WebAssembly SIMD (then the JS kernel stays).
 *
 * @example
 * const kernel = await createWasmSimdKernel();
 * if (kernel) setMatmulKernel(kernel); // what ready() does
 */
export async function createWasmSimdKernel(): Promise<MatmulKernel | null> {
  if (typeof WebAssembly !== "object") return null;
  const bytes = wasmBytes();
  if (!WebAssembly.validate(bytes)) return null; // no SIMD here
  const { instance } = await WebAssembly.instantiate(bytes);
  const wasm = instance.exports as unknown as KernelExports;

  // Views of the memory, made again whenever it grows (growing detaches the old buffer).
  let numbers = new Float64Array(wasm.memory.buffer);
  let integers = new Int32Array(wasm.memory.buffer);
  function ensureBytes(total: number): void {
    const missing = total - wasm.memory.buffer.byteLength;
    if (missing <= 0) return;
    wasm.memory.grow(Math.ceil(missing / PAGE_BYTES));
    numbers = new Float64Array(wasm.memory.buffer);
    integers = new Int32Array(wasm.memory.buffer);
  }

  /**
   * C (m×n) = A·B where A(i, p) = a[i·rowStride + p·stepStride] and B is k×n row-major
   * (n×k if `transposedB`: then B[p][j] = b[j·k + p]).
   */
  function multiply(a: Float64Array, rowStride: number, stepStride: number, b: Float64Array, transposedB: boolean, out: Float64Array, m: number, k: number, n: number): void {
    const blocks = Math.ceil(m / ROWS);
    const width = Math.ceil(n / COLUMNS) * COLUMNS;
    // Memory, in float64 units: panels of A, then B, then C, then the i32 step lists and counts.
    const panelsAt = 0;
    const bAt = panelsAt + blocks * ROWS * k;
    const cAt = bAt + k * width;
    const stepsAt = 2 * (cAt + blocks * ROWS * width); // in i32 units from here on
    const countsAt = stepsAt + blocks * k;
    ensureBytes(4 * (countsAt + blocks));
    const F = numbers, I = integers;

    for (let p = 0; p < k; p++) {
      const row = bAt + p * width;
      if (transposedB) for (let j = 0; j < n; j++) F[row + j] = b[j * k + p];
      else F.set(b.subarray(p * n, p * n + n), row);
      F.fill(0, row + n, row + width); // the padding columns
    }
    // 0 · ∞ is NaN, not 0: zero steps of A are left out only when B is finite (as in matmul.ts).
    const skipZeros = allFinite(b, k * n);
    for (let blk = 0; blk < blocks; blk++) {
      const i = blk * ROWS;
      I[countsAt + blk] = packRows(a, i, Math.min(ROWS, m - i), rowStride, stepStride, k, width * 8, skipZeros, F, I, panelsAt + blk * ROWS * k, stepsAt + blk * k);
    }

    wasm.multiply(8 * panelsAt, 4 * stepsAt, 4 * countsAt, blocks, k, 8 * bAt, width, 8 * cAt);

    if (width === n) out.set(F.subarray(cAt, cAt + m * n));
    else for (let i = 0; i < m; i++) out.set(F.subarray(cAt + i * width, cAt + i * width + n), i * n);
  }

  return {
    name: "wasm-simd128",
    ab: (a, b, out, m, k, n) => multiply(a, k, 1, b, false, out, m, k, n), // A is m×k
    atb: (a, b, out, m, k, n) => multiply(a, 1, m, b, false, out, m, k, n), // A is k×m: Aᵀ(i, p) = a[p·m + i]
    abt: (a, b, out, m, k, n) => multiply(a, k, 1, b, true, out, m, k, n), // B is n×k
  };
}
