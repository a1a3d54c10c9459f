import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { bnPanel, preActivations, warmedBatchNorm, WARMUP_BATCHES, WARMUP_SIZE } from "./panel";
import { bnStripChart } from "./strip";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

describe("the normalisation panel (core BatchNorm on one batch)", () => {
  it("the four units start with different means and spreads", () => {
    const { units } = bnPanel({ batch: 64 });
    const means = units.map((u) => u.meanBefore),
      stds = units.map((u) => u.stdBefore);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(3);
    expect(Math.max(...stds) / Math.min(...stds)).toBeGreaterThan(5);
  });

  it("training mode: every unit comes out with mean β and std ≈ γ", () => {
    const { units } = bnPanel({ batch: 16, gamma: 2, beta: 1 });
    for (const u of units) {
      expect(u.meanAfter).toBeCloseTo(1, 12);
      expect(u.stdAfter).toBeGreaterThan(1.99);
      expect(u.stdAfter).toBeLessThan(2.0000001);
    }
  });

  it("eval mode uses the running statistics: a row's output does not depend on its batch", () => {
    const small = bnPanel({ batch: 4, mode: "eval" }),
      large = bnPanel({ batch: 32, mode: "eval" });
    expect(Array.from(small.after!.data.slice(0, 4))).toEqual(Array.from(large.after!.data.slice(0, 4)));
    const a = bnPanel({ batch: 4 }),
      b = bnPanel({ batch: 32 });
    expect(a.after!.get(0, 0)).not.toBeCloseTo(b.after!.get(0, 0), 3);
    // The running mean is close to, but not, the small batch's mean.
    for (const u of small.units) expect(Math.abs(u.runningMean - u.batchMean)).toBeGreaterThan(0);
  });

  it("a batch of one: PyTorch's form refuses, the book's gives x̂ = 0, so every output is β", () => {
    const pytorch = bnPanel({ batch: 1 });
    expect(pytorch.after).toBeNull();
    expect(pytorch.error).toMatch(/more than 1 row/);
    const book = bnPanel({ batch: 1, form: "book", beta: 0.7, gamma: 2 });
    expect(Array.from(book.after!.data)).toEqual([0.7, 0.7, 0.7, 0.7]);
    expect(bnPanel({ batch: 1, mode: "eval" }).after).not.toBeNull();
  });

  it("PyTorch's momentum 0.1 and the book's 0.9 blend the same running mean", () => {
    const pytorch = warmedBatchNorm("pytorch"),
      book = warmedBatchNorm("book");
    for (let j = 0; j < 4; j++) expect(book.runningMean.data[j]).toBeCloseTo(pytorch.runningMean.data[j], 12);
    // The variances differ: the book keeps the biased σ² and starts from 0, PyTorch the unbiased one and starts from 1.
    const unbiased = WARMUP_SIZE / (WARMUP_SIZE - 1);
    const start = 0.9 ** WARMUP_BATCHES;
    for (let j = 0; j < 4; j++)
      expect(pytorch.runningVar.data[j]).toBeCloseTo(book.runningVar.data[j] * unbiased + start, 10);
  });

  it("the chart's caption has each unit's numbers, and the error for a refused batch", () => {
    const chart = bnStripChart({ result: bnPanel({ batch: 8 }), gamma: 1, beta: 0, mode: "training", document: doc });
    expect(chart.caption).toMatch(/Unit 4: before mean .*; after mean .*, std/);
    expect(chart.element.outerHTML).not.toMatch(/NaN/);
    const refused = bnStripChart({ result: bnPanel({ batch: 1 }), gamma: 1, beta: 0, mode: "training", document: doc });
    expect(refused.caption).toMatch(/more than 1 row/);
    expect(preActivations(3, 5).shape).toEqual([3, 4]);
  });
});
