import { describe, expect, it } from "vitest";
import { createRng, glorotStd, heStd, initStd, initWeight, xavierStd } from "kobai";

function sampleStd(values: Float64Array): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

describe("initial weights have the stated standard deviations", () => {
  it("formulas: He √(2/n_in), Xavier (book) 1/√n_in, Glorot √(2/(n_in+n_out))", () => {
    expect(heStd(50)).toBeCloseTo(0.2, 15);
    expect(xavierStd(100)).toBeCloseTo(0.1, 15);
    expect(glorotStd(100, 300)).toBeCloseTo(Math.sqrt(2 / 400), 15);
    expect(glorotStd(100, 100)).toBeCloseTo(xavierStd(100), 15);
    expect(initStd("normal", 10, 10)).toBe(0.01);
    expect(initStd("zeros", 10, 10)).toBe(0);
  });

  for (const [init, nIn, nOut] of [
    ["he", 784, 100],
    ["xavier", 100, 100],
    ["glorot", 300, 100],
    ["he", 100, 10],
  ] as const) {
    it(`${init} ${nIn}×${nOut}: sample std within 3% of ${initStd(init, nIn, nOut).toFixed(4)}, mean ≈ 0`, () => {
      const w = initWeight(init, nIn, nOut, { rng: createRng(11) });
      expect(w.shape).toEqual([nIn, nOut]);
      const want = initStd(init, nIn, nOut);
      expect(Math.abs(sampleStd(w.data) / want - 1)).toBeLessThan(0.03);
      const mean = w.data.reduce((s, v) => s + v, 0) / w.size;
      expect(Math.abs(mean)).toBeLessThan((4 * want) / Math.sqrt(w.size));
    });
  }

  it("the same seed gives the same weights", () => {
    expect(initWeight("he", 5, 5, { rng: createRng(3) }).data).toEqual(
      initWeight("he", 5, 5, { rng: createRng(3) }).data,
    );
  });

  it("rejects bad sizes", () => {
    expect(() => heStd(0)).toThrow(/positive integer, got 0/);
    expect(() => initStd("normal", 2, 2, -1)).toThrow(/std must be a number ≥ 0, got -1/);
  });
});
