/**
 * kobai's FIRST matmul kernel (the scaffold's), kept only so `npm run bench` can show
 * what the register-tiled kernel in src/core/kernels/matmul.ts gains over it.
 * It updates whole rows of C in memory (out.fill(0), then out[..] += …).
 */
import type { MatmulKernel } from "../../src/core/kernels/kernel";
function ab(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  out.fill(0);
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const r0 = i * n,
      r1 = r0 + n,
      r2 = r1 + n,
      r3 = r2 + n;
    const a0 = i * k,
      a1 = a0 + k,
      a2 = a1 + k,
      a3 = a2 + k;
    for (let p = 0; p < k; p++) {
      const x0 = a[a0 + p],
        x1 = a[a1 + p],
        x2 = a[a2 + p],
        x3 = a[a3 + p];
      const bRow = p * n;
      for (let j = 0; j < n; j++) {
        const y = b[bRow + j];
        out[r0 + j] += x0 * y;
        out[r1 + j] += x1 * y;
        out[r2 + j] += x2 * y;
        out[r3 + j] += x3 * y;
      }
    }
  }
  for (; i < m; i++) {
    const r = i * n,
      ar = i * k;
    for (let p = 0; p < k; p++) {
      const x = a[ar + p];
      const bRow = p * n;
      for (let j = 0; j < n; j++) out[r + j] += x * b[bRow + j];
    }
  }
}

function atb(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  // A is k×m: column i of A is row i of Aᵀ. Walk the shared dimension p outermost so
  // both A's row p and B's row p are read contiguously.
  out.fill(0);
  let p = 0;
  for (; p + 1 < k; p += 2) {
    const aRow0 = p * m,
      aRow1 = aRow0 + m;
    const bRow0 = p * n,
      bRow1 = bRow0 + n;
    for (let i = 0; i < m; i++) {
      const x0 = a[aRow0 + i],
        x1 = a[aRow1 + i];
      if (x0 === 0 && x1 === 0) continue; // ReLU zeros are common: skip their rows
      const r = i * n;
      for (let j = 0; j < n; j++) out[r + j] += x0 * b[bRow0 + j] + x1 * b[bRow1 + j];
    }
  }
  for (; p < k; p++) {
    const aRow = p * m,
      bRow = p * n;
    for (let i = 0; i < m; i++) {
      const x = a[aRow + i];
      if (x === 0) continue;
      const r = i * n;
      for (let j = 0; j < n; j++) out[r + j] += x * b[bRow + j];
    }
  }
}

function abt(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  // Each C[i][j] is a dot product of two contiguous rows; four accumulators per row of B.
  for (let i = 0; i < m; i++) {
    const aRow = i * k,
      r = i * n;
    let j = 0;
    for (; j + 3 < n; j += 4) {
      const b0 = j * k,
        b1 = b0 + k,
        b2 = b1 + k,
        b3 = b2 + k;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let p = 0; p < k; p++) {
        const x = a[aRow + p];
        s0 += x * b[b0 + p];
        s1 += x * b[b1 + p];
        s2 += x * b[b2 + p];
        s3 += x * b[b3 + p];
      }
      out[r + j] = s0;
      out[r + j + 1] = s1;
      out[r + j + 2] = s2;
      out[r + j + 3] = s3;
    }
    for (; j < n; j++) {
      const bRow = j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s += a[aRow + p] * b[bRow + p];
      out[r + j] = s;
    }
  }
}

export const firstAttemptKernel: MatmulKernel = { ab, atb, abt };
