/**
 * The matrix product as its definition, three nested loops:
 *
 *   C[i][j] = Σₚ A[i][p] · B[p][j]
 *
 * This is what every kernel must compute. It is slow (each C[i][j] walks a column of B,
 * jumping n numbers at a time through memory), but it is obviously right, so the tests
 * hold the fast kernel in matmul.ts to it, and the benchmark shows how much the tricks
 * there are worth.
 */
import type { MatmulKernel } from "./kernel";

/**
 * The reference kernel: plain triple loops, no tricks.
 *
 * @example
 * const previous = setMatmulKernel(naiveKernel); // e.g. to compare speeds
 */
export const naiveKernel: MatmulKernel = {
  name: "js-naive",
  ab(a, b, out, m, k, n) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
        out[i * n + j] = s;
      }
    }
  },
  atb(a, b, out, m, k, n) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[p * m + i] * b[p * n + j]; // A[p][i]: A is k × m
        out[i * n + j] = s;
      }
    }
  },
  abt(a, b, out, m, k, n) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[i * k + p] * b[j * k + p]; // B[j][p]: B is n × k
        out[i * n + j] = s;
      }
    }
  },
};
