import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import type { TrainResult } from "../../../src/run/events";
import { bestMultiples, bestTrials, finalValidation, trialScatter, type TrialPoint } from "./search-charts";
import { biasChart, selectionBias } from "./selection-bias";

const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

function result(val: number, epochs = 3): TrainResult {
  const evals = Array.from({ length: epochs + 1 }, (_, e) => ({
    step: 4 * e,
    epoch: e,
    trainAcc: Math.min(1, val + 0.05) * (e / epochs),
    testAcc: val * (e / epochs),
  }));
  return {
    seed: 0,
    spec: {} as never,
    reason: "finished",
    step: 4 * epochs,
    totalSteps: 4 * epochs,
    elapsedMs: 1,
    runs: [{ label: "run", losses: [], evals }],
    fingerprint: "00000000",
  };
}

describe("selection bias", () => {
  it("the best of 50 equally good models on 100 digits overstates; fresh digits do not", () => {
    const r = selectionBias({ models: 50, testSize: 100, seed: 0 });
    expect(r.scores).toHaveLength(50);
    expect(r.bestScore).toBe(Math.max(...r.scores));
    expect(r.bestScore).toBeGreaterThan(0.94);
    expect(Math.abs(r.freshScore - 0.9)).toBeLessThan(0.01);
  });

  it("one model is not biased, and more test digits shrink the optimism", () => {
    const gap = (models: number, testSize: number) => {
      let sum = 0;
      for (let seed = 0; seed < 20; seed++) {
        const r = selectionBias({ models, testSize, seed });
        sum += r.bestScore - 0.9;
      }
      return sum / 20;
    };
    expect(Math.abs(gap(1, 200))).toBeLessThan(0.02);
    expect(gap(50, 2000)).toBeLessThan(gap(50, 100));
  });

  it("is seeded and checks its input", () => {
    expect(selectionBias({ models: 5, testSize: 50, seed: 3 })).toEqual(
      selectionBias({ models: 5, testSize: 50, seed: 3 }),
    );
    expect(() => selectionBias({ models: 0, testSize: 10 })).toThrow(/models must be a positive integer, got 0/);
  });

  it("draws a chart with its caption", () => {
    const chart = biasChart(
      selectionBias({ models: 10, testSize: 100 }),
      { title: "T", axis: "acc", count: "n", caption: "cap" },
      { document: doc() },
    );
    expect(chart.caption).toBe("cap");
    expect(chart.svg.getAttribute("aria-label")).toBe("T");
  });
});

describe("search charts", () => {
  const trials: TrialPoint[] = [0.3, 0.8, 0.5, 0.8, 0.1].map((v, index) => ({
    index,
    params: { lr: 10 ** (-4 + index * 0.5), weightDecay: 10 ** (-8 + index) },
    result: result(v),
  }));
  trials.push({ index: 5, params: { lr: 1e-3, weightDecay: 1e-6 } }); // still running

  it("ranks finished trials by final validation accuracy, ties by index", () => {
    expect(bestTrials(trials, 3).map((x) => x.index)).toEqual([1, 3, 2]);
    expect(bestTrials(trials, 20)).toHaveLength(5);
    expect(finalValidation(trials[1].result!)).toBe(0.8);
  });

  it("the scatter draws one dot per finished trial", () => {
    const chart = trialScatter(
      trials,
      { lr: { log10: [-4, -1] }, weightDecay: { log10: [-8, -4] } },
      { title: "S", x: "lr", y: "wd", color: "val", caption: "5 of 6" },
      { document: doc() },
    );
    expect(chart.svg.querySelectorAll("[data-mark=dot] circle").length).toBe(5);
    expect(chart.caption).toBe("5 of 6");
  });

  it("the small multiples have one labelled panel per best trial", () => {
    const best = bestTrials(trials, 4);
    const chart = bestMultiples(
      best,
      { title: "M", caption: "c", panel: (r) => `Best-${r}`, epoch: "epoch", accuracy: "accuracy" },
      { document: doc(), width: 640 },
    );
    const text = chart.svg.textContent ?? "";
    for (let r = 1; r <= 4; r++) expect(text).toContain(`Best-${r}`);
    expect(text).not.toContain("Best-5");
  });
});
