/**
 * The matrix product as its definition, three nested loops:
 *
 *   C[i][j] = Σₚ A[i][p] · B[p][j]
 *
 * This is what every kernel must compute. It is slow (each C[i][j] walks a column of B,
 * jumping n numbers at a time through memory), but it is obviously right, so the tests
 * hold the fast kernel in matmul.ts to it, and the benchmark shows how much the tricks
 * there are worth.
 *
 * The three products differ only in where A[i][p] and B[p][j] are stored, so one loop
 * serves all three: it reads A[i][p] at a[i·ai + p·ap] and B[p][j] at b[p·bp + j·bj].
 */
import type { MatmulKernel } from "./kernel";

/** C = A·B with A[i][p] = a[i·ai + p·ap] and B[p][j] = b[p·bp + j·bj]: plain triple loops, no tricks. */
function tripleLoop(
  a: Float64Array,
  [ai, ap]: [number, number],
  b: Float64Array,
  [bp, bj]: [number, number],
  out: Float64Array,
  m: number,
  k: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * ai + p * ap] * b[p * bp + j * bj];
      out[i * n + j] = s;
    }
  }
}

/**
 * The reference kernel: plain triple loops, no tricks.
 *
 * @example
 * const previous = setMatmulKernel(naiveKernel); // e.g. to compare speeds
 */
export const naiveKernel: MatmulKernel = {
  name: "js-naive",
  ab: (a, b, out, m, k, n) => tripleLoop(a, [k, 1], b, [n, 1], out, m, k, n), // A is m × k, B is k × n
  atb: (a, b, out, m, k, n) => tripleLoop(a, [1, m], b, [n, 1], out, m, k, n), // A[p][i]: A is k × m
  abt: (a, b, out, m, k, n) => tripleLoop(a, [k, 1], b, [1, k], out, m, k, n), // B[j][p]: B is n × k
};
