/**
 * The default matrix-multiply kernel (kernel.ts says what a kernel computes and where it
 * plugs in):
 *
 *   C = A · B        C[i][j] = Σₚ A[i][p] · B[p][j]          (forward:  y = x · W)
 *   C = Aᵀ · B       C[i][j] = Σₚ A[p][i] · B[p][j]          (backward: ∂L/∂W = xᵀ · ∂L/∂y)
 *   C = A · Bᵀ       C[i][j] = Σₚ A[i][p] · B[j][p]          (backward: ∂L/∂x = ∂L/∂y · Wᵀ)
 *
 * This default kernel is plain TypeScript over Float64Array. Its tricks, in order of worth:
 *
 * 1. Register tiling. The micro-kernel computes a 4 × 2 block of C at once, in eight local
 *    variables, over the whole sum over p. Each step of p loads 4 numbers of A and 2 of B
 *    and does 8 multiply-adds with them, and C is written once at the end, never read
 *    (no `out.fill(0)`, no `out[…] += …` in memory). 4 × 2 keeps every value in a CPU
 *    register; bigger tiles (4 × 4) spill to memory in V8 and run no faster.
 * 2. Packing. Before the micro-kernel runs over a block of 4 rows of C, those 4 rows of A
 *    are copied side by side into a small panel (panel[4t + r] = A[i + r][pₜ]), so the
 *    micro-kernel reads A with one contiguous pointer whichever way A is stored. That is
 *    how one micro-kernel serves A·B and Aᵀ·B; A·Bᵀ transposes B once into a scratch
 *    buffer (k·n copies, nothing next to m·k·n multiply-adds) and becomes A·B too.
 * 3. Cache blocking. A is packed once; B is then walked in blocks of columns small enough
 *    (≤ 128 KiB) to stay in cache while every block of A's rows uses them.
 * 4. Skipping zeros. While packing, a step p where all 4 numbers of A are 0 is left out:
 *    it would only add 0 to C. MNIST images are ~80 % zeros (black background), so the
 *    first layer's x·W and xᵀ·∂L/∂y skip most of their work. (ReLU outputs are ~50 % zeros,
 *    but four rows are rarely zero together, so hidden layers run the dense loop.)
 *    0 · B[p][j] is not 0 when B[p][j] is ±∞ or NaN, so zeros are skipped only when every
 *    number of B is finite: a diverging network still shows NaN where it should. Adding
 *    an exact 0 never changes a sum, so the result is bit for bit the naive loop's.
 */

import type { MatmulKernel } from "./kernel";

/** Rows of C per block (the height of the micro-kernel's tile). */
export const ROWS = 4;

/** A block that could skip fewer than 1 − 7/8 of its steps keeps them all (see multiply). */
const DENSE_ENOUGH = 7 / 8;

/** Numbers of B per column block: 16,384 float64 = 128 KiB, which stays in a core's L2 cache. */
const B_BLOCK = 16384;

// Scratch buffers, grown on demand and reused, so a training step allocates nothing here.
let panel = new Float64Array(0); // every packed block of A, one after another
let steps = new Int32Array(0); // for each block: where the kept steps' rows of B start
let counts = new Int32Array(0); // for each block: how many steps it kept
let transposedB = new Float64Array(0);

function ensureScratch(blocks: number, k: number): void {
  if (steps.length < blocks * k) {
    steps = new Int32Array(blocks * k);
    panel = new Float64Array(blocks * ROWS * k);
  }
  if (counts.length < blocks) counts = new Int32Array(blocks);
}

/** True when no number of b is ±∞ or NaN (then 0 · b = 0 and zeros of A may be skipped). */
export function allFinite(b: Float64Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (b[i] - b[i] !== 0) return false; // x − x is NaN for ±∞ and NaN
  return true;
}

/**
 * Copies rows i … i+rows−1 of A into the panel at `at` (4 numbers per step p, zero-padded
 * when rows < 4), leaving out steps where all of them are 0 if `skipZeros`. A[r][p] is read
 * at a[r·rowStride + p·stepStride], so A·B (rowStride k, stepStride 1) and Aᵀ·B (rowStride 1,
 * stepStride m) pack the same way. Records where each kept p's row of B starts (p·n) in
 * `steps` from `stepsAt`, so the micro-kernel needs no multiplication to find it; returns
 * how many steps it kept.
 */
function packRows(
  a: Float64Array,
  i: number,
  rows: number,
  rowStride: number,
  stepStride: number,
  k: number,
  n: number,
  skipZeros: boolean,
  at: number,
  stepsAt: number,
): number {
  const P = panel,
    S = steps;
  const r0 = i * rowStride;
  const r1 = rows > 1 ? r0 + rowStride : -1,
    r2 = rows > 2 ? r0 + 2 * rowStride : -1,
    r3 = rows > 3 ? r0 + 3 * rowStride : -1;
  let count = 0;
  for (let p = 0, from = 0; p < k; p++, from += stepStride) {
    const x0 = a[r0 + from];
    const x1 = r1 < 0 ? 0 : a[r1 + from],
      x2 = r2 < 0 ? 0 : a[r2 + from],
      x3 = r3 < 0 ? 0 : a[r3 + from];
    if (skipZeros && x0 === 0 && x1 === 0 && x2 === 0 && x3 === 0) continue;
    const q = at + count * ROWS;
    P[q] = x0;
    P[q + 1] = x1;
    P[q + 2] = x2;
    P[q + 3] = x3;
    S[stepsAt + count++] = p * n;
  }
  return count;
}

/**
 * C[i … i+rows−1][j0 … j1−1] from one packed block (panel at `at`, steps at `stepsAt`) and
 * B (k×n, row-major): the micro-kernel, a 4 × 2 tile of C in eight locals, then a 4 × 1
 * tile for an odd last column. Its inner loop comes twice, for a block that kept every
 * step (dense: most blocks of hidden layers) and one that skipped some.
 */
function multiplyBlock(
  count: number,
  at: number,
  stepsAt: number,
  k: number,
  b: Float64Array,
  n: number,
  j0: number,
  j1: number,
  out: Float64Array,
  i: number,
  rows: number,
): void {
  const P = panel,
    S = steps;
  const end = stepsAt + count;
  const dense = count === k;
  let j = j0;
  for (; j + 2 <= j1; j += 2) {
    let c00 = 0,
      c01 = 0,
      c10 = 0,
      c11 = 0,
      c20 = 0,
      c21 = 0,
      c30 = 0,
      c31 = 0;
    if (dense) {
      // Every step kept: B's rows follow one another, n apart (one load fewer per step).
      for (let q = at, bp = j, qEnd = at + count * ROWS; q < qEnd; q += ROWS, bp += n) {
        const y0 = b[bp],
          y1 = b[bp + 1];
        const x0 = P[q],
          x1 = P[q + 1],
          x2 = P[q + 2],
          x3 = P[q + 3];
        c00 += x0 * y0;
        c01 += x0 * y1;
        c10 += x1 * y0;
        c11 += x1 * y1;
        c20 += x2 * y0;
        c21 += x2 * y1;
        c30 += x3 * y0;
        c31 += x3 * y1;
      }
    } else {
      // Some steps skipped: the step list says where each kept step's row of B starts.
      for (let t = stepsAt, q = at; t < end; t++, q += ROWS) {
        const bp = S[t] + j;
        const y0 = b[bp],
          y1 = b[bp + 1];
        const x0 = P[q],
          x1 = P[q + 1],
          x2 = P[q + 2],
          x3 = P[q + 3];
        c00 += x0 * y0;
        c01 += x0 * y1;
        c10 += x1 * y0;
        c11 += x1 * y1;
        c20 += x2 * y0;
        c21 += x2 * y1;
        c30 += x3 * y0;
        c31 += x3 * y1;
      }
    }
    let o = i * n + j;
    out[o] = c00;
    out[o + 1] = c01;
    if (rows > 1) {
      o += n;
      out[o] = c10;
      out[o + 1] = c11;
    }
    if (rows > 2) {
      o += n;
      out[o] = c20;
      out[o + 1] = c21;
    }
    if (rows > 3) {
      o += n;
      out[o] = c30;
      out[o + 1] = c31;
    }
  }
  if (j < j1) {
    let c0 = 0,
      c1 = 0,
      c2 = 0,
      c3 = 0;
    for (let t = stepsAt, q = at; t < end; t++, q += ROWS) {
      const y = b[S[t] + j];
      c0 += P[q] * y;
      c1 += P[q + 1] * y;
      c2 += P[q + 2] * y;
      c3 += P[q + 3] * y;
    }
    const o = i * n + j;
    out[o] = c0;
    if (rows > 1) out[o + n] = c1;
    if (rows > 2) out[o + 2 * n] = c2;
    if (rows > 3) out[o + 3 * n] = c3;
  }
}

/**
 * C = A·B where A(i, p) = a[i·rowStride + p·stepStride] and B is k×n row-major.
 * A is packed once, block by block; then B is walked in blocks of columns narrow enough
 * to stay in cache while every block of A's rows passes over them (cache blocking: a
 * 784 × 100 weight matrix is 627 KB, more than a core's L2 cache).
 */
function multiply(
  a: Float64Array,
  rowStride: number,
  stepStride: number,
  b: Float64Array,
  out: Float64Array,
  m: number,
  k: number,
  n: number,
): void {
  const blocks = Math.ceil(m / ROWS);
  ensureScratch(blocks, k);
  const skipZeros = allFinite(b, k * n);
  for (let blk = 0; blk < blocks; blk++) {
    const i = blk * ROWS,
      rows = Math.min(ROWS, m - i);
    let count = packRows(a, i, rows, rowStride, stepStride, k, n, skipZeros, blk * ROWS * k, blk * k);
    // Skipping a few steps saves less than the step list costs (a load per step): when fewer
    // than 1 in 8 could be skipped (typical of ReLU outputs), pack them all and run dense.
    if (count < k && count > DENSE_ENOUGH * k)
      count = packRows(a, i, rows, rowStride, stepStride, k, n, false, blk * ROWS * k, blk * k);
    counts[blk] = count;
  }
  const width = Math.max(2, Math.floor(B_BLOCK / Math.max(k, 1)) & ~1); // even, ≥ 2 columns
  for (let j0 = 0; j0 < n; j0 += width) {
    const j1 = Math.min(n, j0 + width);
    for (let blk = 0; blk < blocks; blk++) {
      const i = blk * ROWS;
      multiplyBlock(counts[blk], blk * ROWS * k, blk * k, k, b, n, j0, j1, out, i, Math.min(ROWS, m - i));
    }
  }
}

function ab(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  multiply(a, k, 1, b, out, m, k, n); // A is m×k: A(i, p) = a[i·k + p]
}

function atb(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  multiply(a, 1, m, b, out, m, k, n); // A is k×m, so Aᵀ(i, p) = A[p][i] = a[p·m + i]
}

function abt(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  // B is n×k; Bᵀ (k×n) row-major is what the micro-kernel reads. Build it once.
  if (transposedB.length < k * n) transposedB = new Float64Array(k * n);
  const T = transposedB;
  for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) T[p * n + j] = b[j * k + p];
  multiply(a, k, 1, T, out, m, k, n);
}

/** The plain TypeScript kernel kobai starts with. @example setMatmulKernel(typedArrayKernel) // back to the default */
export const typedArrayKernel: MatmulKernel = { ab, atb, abt, name: "js-tiled" };
