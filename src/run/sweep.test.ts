import { describe, expect, it } from "vitest";
import { sweepSpecs } from "./sweep";
import { BOOK_WEIGHT_SCALES } from "./settings";
import { validateSpec, resolveRuns } from "./spec";

describe("sweepSpecs", () => {
  it("the book's 16 scales of batch_norm_test.py: one valid spec each, BN and no-BN sharing the seed", () => {
    const jobs = sweepSpecs("batch-norm", "book", "weightScale", BOOK_WEIGHT_SCALES, { seed: 7 });
    expect(jobs).toHaveLength(16);
    expect(jobs[0].value).toBe(1);
    expect(jobs[15].value).toBeCloseTo(1e-4, 15);
    for (const { value, spec } of jobs) {
      validateSpec(spec);
      expect(spec.seed).toBe(7);
      expect(spec.epochs).toBe(20);
      const runs = resolveRuns(spec);
      expect(runs.map((r) => r.label)).toEqual(["bn", "no-bn"]);
      for (const r of runs) expect(r.model[0]).toEqual({ linear: 100, init: { std: value } });
    }
  });

  it("names a bad value", () => {
    expect(() => sweepSpecs("batch-norm", "lesson", "weightScale", [])).toThrow(/non-empty/);
    expect(() => sweepSpecs("batch-norm", "lesson", "weightScale", [1, NaN])).toThrow(/values\[1\]/);
  });
});
