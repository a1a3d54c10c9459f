/**
 * The WebAssembly SIMD kernel: matmul.wat's 4 × 4 micro-kernel behind the MatmulKernel seam.
 *
 *   C = A · B,   C = Aᵀ · B,   C = A · Bᵀ      (the same three products as matmul.ts)
 *
 * WebAssembly reads only its own memory, so every call copies its operands in and C out.
 * The copies are where the awkward sizes are taken care of, so that the .wat loops have
 * no special cases: A gets zero rows and B zero columns up to a multiple of 4 (the tile's
 * size); B is transposed on the way in for A·Bᵀ; C comes back without the padding. Then
 * the .wat packs A into panels (4 rows side by side, steps of four zeros left out, as
 * matmul.ts does) and runs the micro-kernel. Copying is about m·k + k·n + m·n numbers
 * next to m·k·n multiply-adds.
 *
 * Every C[i][j] is summed over the same steps, in the same order, with the same roundings
 * as the JS kernel, so results are bit for bit equal (kernels.test.ts checks it).
 */
import { MATMUL_WASM_BASE64 } from "./matmul-wasm.generated";
import { ROWS, allFinite } from "./matmul";
import type { MatmulKernel } from "./kernel";

/** Columns of C per tile in matmul.wat (two f64x2 registers). */
const COLUMNS = 4;
const PAGE_BYTES = 65536;

interface KernelExports {
  memory: WebAssembly.Memory;
  pack(
    a: number,
    rowStride: number,
    stepStride: number,
    blocks: number,
    k: number,
    rowOfB: number,
    skipZeros: number,
    panels: number,
    steps: number,
    counts: number,
  ): void;
  multiply(
    panels: number,
    steps: number,
    counts: number,
    blocks: number,
    k: number,
    b: number,
    width: number,
    c: number,
  ): void;
}

/** The bytes of matmul.wat (decoded from the generated base64 module). */
function wasmBytes(): Uint8Array<ArrayBuffer> {
  const text = atob(MATMUL_WASM_BASE64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
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

  // A view of the memory, made again whenever it grows (growing detaches the old buffer).
  let numbers = new Float64Array(wasm.memory.buffer);
  function ensureBytes(total: number): void {
    const missing = total - wasm.memory.buffer.byteLength;
    if (missing <= 0) return;
    wasm.memory.grow(Math.ceil(missing / PAGE_BYTES));
    numbers = new Float64Array(wasm.memory.buffer);
  }

  /**
   * Copies rows × columns numbers of `from` (row-major) into memory at `at` as a
   * rows × width matrix, the extra columns 0: one copy when there is no padding.
   */
  function copyPadded(from: Float64Array, rows: number, columns: number, at: number, width: number): void {
    const F = numbers;
    if (width === columns) F.set(from.subarray(0, rows * columns), at);
    else
      for (let r = 0; r < rows; r++)
        for (let j = 0, row = at + r * width; j < width; j++) F[row + j] = j < columns ? from[r * columns + j] : 0;
  }

  /** C (m×n) = A·B with A m×k, or Aᵀ·B with A k×m (`transposedA`), or A·Bᵀ with B n×k (`transposedB`). */
  function multiply(
    a: Float64Array,
    transposedA: boolean,
    b: Float64Array,
    transposedB: boolean,
    out: Float64Array,
    m: number,
    k: number,
    n: number,
  ): void {
    const blocks = Math.ceil(m / ROWS),
      height = blocks * ROWS; // rows of C, padded
    const width = Math.ceil(n / COLUMNS) * COLUMNS; // columns of C, padded
    // Memory, in float64 units: A, its panels, B, C, then the i32 step lists and counts.
    const aAt = 0;
    const panelsAt = aAt + height * k;
    const bAt = panelsAt + height * k;
    const cAt = bAt + k * width;
    const stepsAt = 2 * (cAt + height * width); // in i32 units from here on
    const countsAt = stepsAt + blocks * k;
    ensureBytes(4 * (countsAt + blocks));
    const F = numbers;

    if (transposedA)
      copyPadded(a, k, m, aAt, height); // k × height: column i of A is row i of Aᵀ
    else {
      F.set(a.subarray(0, m * k), aAt);
      F.fill(0, aAt + m * k, aAt + height * k);
    }
    if (transposedB)
      for (let p = 0; p < k; p++)
        for (let j = 0, row = bAt + p * width; j < width; j++) F[row + j] = j < n ? b[j * k + p] : 0;
    else copyPadded(b, k, n, bAt, width);

    // 0 · ∞ is NaN, not 0: zero steps of A are left out only when B is finite (as in matmul.ts).
    const skipZeros = allFinite(b, k * n) ? 1 : 0;
    const rowStride = transposedA ? 1 : k,
      stepStride = transposedA ? height : 1; // A(i, p) is at aAt + i·rowStride + p·stepStride
    wasm.pack(
      8 * aAt,
      8 * rowStride,
      8 * stepStride,
      blocks,
      k,
      8 * width,
      skipZeros,
      8 * panelsAt,
      4 * stepsAt,
      4 * countsAt,
    );
    wasm.multiply(8 * panelsAt, 4 * stepsAt, 4 * countsAt, blocks, k, 8 * bAt, width, 8 * cAt);

    if (width === n) out.set(F.subarray(cAt, cAt + m * n));
    else for (let i = 0; i < m; i++) out.set(F.subarray(cAt + i * width, cAt + i * width + n), i * n);
  }

  return {
    name: "wasm-simd128",
    ab: (a, b, out, m, k, n) => multiply(a, false, b, false, out, m, k, n),
    atb: (a, b, out, m, k, n) => multiply(a, true, b, false, out, m, k, n),
    abt: (a, b, out, m, k, n) => multiply(a, false, b, true, out, m, k, n),
  };
}
