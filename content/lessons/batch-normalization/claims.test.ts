/**
 * Every number the batch-normalization chapter states, recomputed with the core (the
 * literal text is found in batch-normalization.mdx), and its cells run as the page runs them.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { nodeNotebook } from "../../../src/notebook/testing";
import { formatPercent } from "../../../src/plot/text";
import { bnPanel, warmedBatchNorm } from "../../../components/widgets/batch-normalization/panel";
import { sweepJobs } from "../../../components/widgets/batch-normalization/sweep-model";
import { loadTrainingData } from "../../../src/run/data";
import { presetSpec } from "../../../src/run/presets";
import { BOOK_WEIGHT_SCALES, formatScale } from "../../../src/run/settings";
import { TrainLoop } from "../../../src/run/train-loop";
import type { TrainingSpec } from "../../../src/run/spec";
import cellByHand from "./cell-by-hand.ts?raw";
import cellYourBackward from "./cell-your-backward.ts?raw";
import cellBatchOfOne from "./cell-batch-of-one.ts?raw";
import cellEvalMode from "./cell-eval-mode.ts?raw";

const mdx = readFileSync(new URL("../batch-normalization.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");

/** Trains one scale of the sweep (BN and no-BN in lockstep) and returns each run's last train accuracy. */
async function trainScale(spec: TrainingSpec) {
  const result = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
  const run = (label: string) => result.runs.find((r) => r.label === label)!;
  const last = (label: string) => run(label).evals[run(label).evals.length - 1].trainAcc!;
  return {
    bnAtEpoch8: run("bn").evals.find((e) => e.epoch === 8)?.trainAcc ?? NaN,
    bn: last("bn"),
    plain: last("no-bn"),
    plainDivergedAt: run("no-bn").divergedAt,
    bnDivergedAt: run("bn").divergedAt,
  };
}

describe("batch norm: the sweep over initial scales (lesson preset, seed 0, 10 epochs)", () => {
  const jobs = sweepJobs("lesson", 0);

  it("lesson scales are 1, 0.0464, 0.00215, 1e-4, as the prose lists them", () => {
    expect(jobs.map((j) => formatScale(j.value))).toEqual(["1", "0.0464", "0.00215", "0.0001"]);
    expect(mdx).toContain("the lesson preset runs four of the scales (1, 0.0464, 0.00215, $10^{-4}$) for 10 epochs");
  });

  it("W = 1: without BN diverges at step 2; with BN it trains", async () => {
    const r = await trainScale(jobs[0].spec);
    expect(r.plainDivergedAt).toBe(2);
    expect(r.bnDivergedAt).toBeUndefined();
    expect(mdx).toContain(`diverges at step ${r.plainDivergedAt} (its activations`);
    expect(mdx).toContain(`while the one with it reaches ${formatPercent(r.bn)}.`);
  }, 180_000);

  for (const [k, w] of [
    [1, "0.0464"],
    [2, "0.00215"],
    [3, "10^{-4}"],
  ] as const) {
    it(`W = ${w}: with BN higher than without (which stays at guessing)`, async () => {
      const r = await trainScale(jobs[k].spec);
      expect(r.bn).toBeGreaterThan(r.plain + 0.25);
      expect(r.plain).toBeLessThan(0.15);
      const text =
        k === 1
          ? `At $W = 0.0464$ it is ${formatPercent(r.bn)} with Batch Norm against ${formatPercent(r.plain)} without`
          : k === 2
            ? `at $W = 0.00215$ ${formatPercent(r.bn)} against ${formatPercent(r.plain)}`
            : `at $W = 10^{-4}$ ${formatPercent(r.bn)} against ${formatPercent(r.plain)}`;
      expect(mdx).toContain(text);
      if (k === 2) {
        expect(r.bnAtEpoch8).toBeGreaterThan(0.95);
        expect(mdx).toContain("(with Batch Norm it was above 95% at epoch 8, then dropped");
        expect(mdx).toContain(`from above 95% at epoch 8 to ${formatPercent(r.bn)} at epoch 10`);
      }
    }, 180_000);
  }

  it("W = 0.158 (a Reproduce scale) for the same 10 epochs: without BN is better", async () => {
    const spec = presetSpec("batch-norm", "lesson", { weightScale: BOOK_WEIGHT_SCALES[3], seed: 0 });
    expect(formatScale(BOOK_WEIGHT_SCALES[3])).toBe("0.158");
    const r = await trainScale(spec);
    expect(r.plain).toBeGreaterThan(r.bn);
    expect(mdx).toContain(
      `the same 10 epochs give ${formatPercent(r.plain)} without Batch Norm and ${formatPercent(r.bn)} with it.`,
    );
  }, 180_000);
});

describe("batch norm: the normalisation panel", () => {
  it("N = 16, γ = 2, β = 1: every unit's mean is 1 and its std between 1.99 and 2", () => {
    for (const u of bnPanel({ batch: 16, gamma: 2, beta: 1 }).units) {
      expect(u.meanAfter).toBeCloseTo(1, 12);
      expect(u.stdAfter).toBeGreaterThan(1.99);
      expect(u.stdAfter).toBeLessThanOrEqual(2);
    }
    expect(mdx).toContain(
      "with $N = 16$, $\\gamma = 2$, $\\beta = 1$ each unit's mean is $1$ and its standard deviation between 1.99 and 2",
    );
  });

  it("eval mode: a batch of 4 moves the outputs; the first row's output never depends on the batch", () => {
    const ev4 = bnPanel({ batch: 4, mode: "eval" }),
      ev32 = bnPanel({ batch: 32, mode: "eval" }),
      tr4 = bnPanel({ batch: 4 });
    expect(Array.from(ev4.after!.data.slice(0, 4))).toEqual(Array.from(ev32.after!.data.slice(0, 4)));
    for (let j = 0; j < 4; j++) expect(Math.abs(tr4.after!.get(0, j) - ev4.after!.get(0, j))).toBeGreaterThan(0.01);
  });

  it("N = 1: PyTorch's form refuses, the book's outputs β (the Predict: γ = 2, β = 0.5 → all 0.5)", () => {
    expect(bnPanel({ batch: 1 }).error).toMatch(/training needs more than 1 row per batch/);
    expect(Array.from(bnPanel({ batch: 1, form: "book", gamma: 2, beta: 0.5 }).after!.data)).toEqual([
      0.5, 0.5, 0.5, 0.5,
    ]);
    expect(mdx).toContain("All four are exactly $0.5 = \\beta$.");
  });

  it("N = 2: each unit's outputs sit at β ± γ (Exercise 3)", () => {
    const { after } = bnPanel({ batch: 2, gamma: 1.5, beta: 0.5 });
    for (let j = 0; j < 4; j++) {
      const pair = [after!.get(0, j), after!.get(1, j)].sort((a, b) => a - b);
      // Symmetric around β; x̂ = ±d/√(d² + ε) ≈ ±1 (a little less when the two values are within a few √ε).
      expect(pair[0] + pair[1]).toBeCloseTo(2 * 0.5, 12);
      expect((pair[1] - 0.5) / 1.5).toBeGreaterThan(0.98);
      expect((pair[1] - 0.5) / 1.5).toBeLessThanOrEqual(1);
    }
  });

  it("momentum 0.1 (PyTorch) and 0.9 (book) give the same running means after the same 50 batches", () => {
    const a = warmedBatchNorm("pytorch"),
      b = warmedBatchNorm("book");
    for (let j = 0; j < 4; j++) expect(Math.abs(a.runningMean.data[j] - b.runningMean.data[j])).toBeLessThan(1e-12);
    expect(mdx).toContain(
      "The panel's two forms give the same running means (to $10^{-12}$) after the same 50 batches",
    );
  });
});

describe("batch norm: the cells", () => {
  it("by hand equals BatchNorm.forward", async () => {
    const run = await nodeNotebook().run("bn-by-hand", cellByHand);
    expect(run.result).toEqual({ ok: true });
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true]);
  });

  it("your turn: the eval-mode gradient fails both checks; the reference solution passes", async () => {
    const given = await nodeNotebook().run("bn-your-backward", cellYourBackward);
    expect(given.verdicts.map((v) => v.ok)).toEqual([false, false]);
    const solution = cellYourBackward.replace(
      /for \(let n = 0; n < N; n\+\+\) \{\n\s*dx\.set\(n, j, gamma\[j\] \* invStd\[j\] \* dout\.get\(n, j\)\);\n\s*\}/,
      `let dBeta = 0, dGamma = 0;
    for (let n = 0; n < N; n++) { dBeta += dout.get(n, j); dGamma += dout.get(n, j) * xhat.get(n, j); }
    for (let n = 0; n < N; n++) dx.set(n, j, (gamma[j] * invStd[j] / N) * (N * dout.get(n, j) - dBeta - xhat.get(n, j) * dGamma));`,
    );
    expect(solution).not.toBe(cellYourBackward);
    const solved = await nodeNotebook().run("bn-your-backward", solution);
    expect(solved.verdicts.map((v) => v.ok)).toEqual([true, true]);
  });

  it("a batch of one: the buggy layer passes every row; a batch of 8 catches it in the first layer's weights", async () => {
    const run = await nodeNotebook().run("bn-batch-of-one", cellBatchOfOne);
    expect(run.result).toEqual({ ok: true });
    const logs = run.texts.filter((s) => !s.includes("\n"));
    expect(logs).toEqual(["batch of 1: every row passes", "batch of 8: the check catches the bug"]);
    const table8 =
      run.texts.find((s) => s.startsWith("batch of 8") && s.includes("\n")) ??
      run.items.map((i) => JSON.stringify(i)).join("\n");
    expect(table8).toMatch(/0\.weight \[6, 5\]: max relative error [^\n]* ✗/);
    // Exercise 2: the first layer's bias gradient is rounding error.
    const bias = /0\.bias \[1, 5\]: max relative error [^,]*, backprop (\S+)/.exec(
      table8.split("batch of 8")[1] ?? table8,
    );
    expect(Math.abs(Number(bias![1]))).toBeLessThan(1e-16);
  });

  it("forgetting eval mode: 86.8% with running statistics, 16.4% with one-class batches of 10", async () => {
    const run = await nodeNotebook().run("bn-eval-mode", cellEvalMode);
    expect(run.result).toEqual({ ok: true });
    const [evalLine, trainLine] = run.texts;
    const evalAcc = /: ([\d.]+) %/.exec(evalLine)![1],
      trainAcc = /: ([\d.]+) %/.exec(trainLine)![1];
    expect(mdx).toContain(`${evalAcc}% with running statistics, ${trainAcc}% with batch statistics`);
    expect(Number(evalAcc)).toBeGreaterThan(Number(trainAcc) + 50);
  }, 60_000);
});
