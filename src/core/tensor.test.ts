import { describe, expect, it } from "vitest";
import {
  Tensor,
  matmul,
  matmulTransposeA,
  matmulTransposeB,
  transpose,
  add,
  sum,
  mean,
  argmax,
  createRng,
  seed,
} from "kobai";

describe("Tensor", () => {
  it("builds from nested and flat arrays", () => {
    expect(
      Tensor.from([
        [1, 2],
        [3, 4],
      ]).shape,
    ).toEqual([2, 2]);
    expect(Tensor.from([1, 2, 3]).shape).toEqual([1, 3]);
    expect(() => Tensor.from([[1, 2], [3]])).toThrow(/row 1 has 1 values, row 0 has 2/);
  });
  it("multiplies and names both shapes on a mismatch", () => {
    expect(matmul(Tensor.from([[1, 2]]), Tensor.from([[3], [4]])).toArray()).toEqual([[11]]);
    expect(() => matmul(Tensor.zeros(2, 3), Tensor.zeros(2, 3))).toThrow(/\[2, 3\] by \[2, 3\]/);
    expect(() => add(Tensor.zeros(2, 3), Tensor.zeros(3, 2))).toThrow(/\[2, 3\] and \[3, 2\]/);
  });
  it("transposed products equal products with explicit transposes, every kernel path", () => {
    const rng = createRng(3);
    for (const [m, k, n] of [
      [1, 1, 1],
      [5, 7, 3],
      [8, 4, 9],
      [13, 10, 6],
    ]) {
      const a = Tensor.randn(m, k, { rng }),
        b = Tensor.randn(k, n, { rng });
      const c = matmul(a, b);
      const ref = a
        .toArray()
        .map((row) => b.toArray()[0].map((_, j) => row.reduce((s, x, p) => s + x * b.get(p, j), 0)));
      c.toArray().forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref[i][j], 12)));
      const at = transpose(a),
        bt = transpose(b);
      matmulTransposeA(at, b).data.forEach((v, i) => expect(v).toBeCloseTo(c.data[i], 12));
      matmulTransposeB(a, bt).data.forEach((v, i) => expect(v).toBeCloseTo(c.data[i], 12));
    }
  });
  it("sums, means and argmax per row", () => {
    const t = Tensor.from([
      [1, 5],
      [7, 3],
    ]);
    expect(sum(t)).toBe(16);
    expect(sum(t, 0).toArray()).toEqual([[8, 8]]);
    expect(mean(t, 1).toArray()).toEqual([[3], [5]]);
    expect(argmax(t)).toEqual([1, 0]);
  });
  it("seeded randomness repeats exactly, and differs across seeds", () => {
    seed(7);
    const a = Tensor.randn(3, 3);
    seed(7);
    const b = Tensor.randn(3, 3);
    seed(8);
    const c = Tensor.randn(3, 3);
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data)).not.toEqual(Array.from(c.data));
  });
  it("normal samples have mean ≈ 0 and std ≈ 1", () => {
    const rng = createRng(11);
    const n = 200_000;
    let s = 0,
      s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.01);
    expect(Math.abs(Math.sqrt(s2 / n - (s / n) ** 2) - 1)).toBeLessThan(0.01);
  });
});
