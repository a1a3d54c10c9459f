/**
 * Every number the batch-normalization chapter states, recomputed with the core (the
 * literal text is found in both editions, content/lessons/batch-normalization.mdx and its
 * Japanese twin), and its cells run as the page runs them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ready } from "kobai";
import { nodeNotebook } from "../../../src/notebook/testing";
import { bnPanel, warmedBatchNorm } from "../../../components/widgets/batch-normalization/panel";
import { sweepJobs } from "../../../components/widgets/batch-normalization/sweep-model";
import { loadTrainingData } from "../../../src/run/data";
import { presetSpec } from "../../../src/run/presets";
import { BOOK_WEIGHT_SCALES, formatScale } from "../../../src/run/settings";
import { TrainLoop } from "../../../src/run/train-loop";
import { runLessonCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import type { TrainingSpec } from "../../../src/run/spec";
import cellYourBackward from "./cell-your-backward.ts?raw";

const said = statedIn("batch-normalization");

/** Trains one scale of the sweep (BN and no-BN in lockstep) and returns each run's train accuracies. */
async function trainScale(spec: TrainingSpec) {
  const result = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
  const run = (label: string) => result.runs.find((r) => r.label === label)!;
  const last = (label: string) => run(label).evals[run(label).evals.length - 1].trainAcc!;
  const at = (label: string, epoch: number) => run(label).evals.find((e) => e.epoch === epoch)?.trainAcc ?? NaN;
  return {
    bnAt: (epoch: number) => at("bn", epoch),
    plainAt: (epoch: number) => at("no-bn", epoch),
    bn: last("bn"),
    plain: last("no-bn"),
    plainDivergedAt: run("no-bn").divergedAt,
    bnDivergedAt: run("bn").divergedAt,
  };
}

/** "83%": whole percents, as the prose rounds the sweep (exact values stay in the widget and here). */
const whole = (v: number) => `${Math.round(100 * v)}%`;

describe("batch norm: the sweep over initial scales (lesson preset, seed 0, lr 0.1, 10 epochs)", () => {
  const jobs = sweepJobs("lesson", 0);
  // The eight scales train once (on the WebAssembly kernel, bit-identical to the JS one) and every claim reads them.
  let results: Awaited<ReturnType<typeof trainScale>>[];
  beforeAll(async () => {
    await ready();
    results = [];
    for (const job of jobs) results.push(await trainScale(job.spec));
  }, 900_000);

  it("the lesson preset runs every other one of the book's 16 scales, as the prose lists them", () => {
    expect(jobs.map((j) => formatScale(j.value))).toEqual([
      "1",
      "0.293",
      "0.0858",
      "0.0251",
      "0.00736",
      "0.00215",
      "0.000631",
      "0.000185",
    ]);
    expect(jobs.every((j) => j.spec.optimizer.options?.lr === 0.1 && j.spec.epochs === 10)).toBe(true);
    said(
      "the lesson preset runs every other one of them, eight scales from 1 to 0.000185, for 10 epochs at $\\eta = 0.1$",
      "授業用のプリセットは、そのうち1つおきに選んだ、1 から 0.000185 までの8通りのスケールを、$\\eta = 0.1$ で 10 エポック学習します",
    );
  });

  it("with Batch Norm every scale passes 80% by epoch 10; without, only W = 0.0858 learns", () => {
    const bn = results.map((r) => r.bn);
    expect(Math.min(...bn)).toBeGreaterThan(0.8);
    expect(results.every((r) => r.bnDivergedAt === undefined)).toBe(true);
    const [least, most] = [Math.min(...bn), Math.max(...bn)].map(whole);
    said(
      `with Batch Norm the network is above 80% at every one of the eight scales after 10 epochs (${least} to ${most})`,
      `10 エポック後、Batch Norm ありのネットワークは8通りのスケールのどれでも 80% を超えます(${least} から ${most})`,
    );
    // Without: the two largest scales diverge within 3 steps; the five smallest stay at guessing.
    expect(results[0].plainDivergedAt).toBe(2);
    expect(results[1].plainDivergedAt).toBe(3);
    said("the two largest scales diverge within 3 steps", "大きいほうの2つのスケールが3ステップ以内に発散します");
    for (const r of results.slice(3)) expect(r.plain).toBeLessThan(0.15);
    said(
      `the five smallest stay at ${whole(results[3].plain)}, the level of guessing`,
      `小さいほうの5つのスケールは ${whole(results[3].plain)} にとどまります。これは、でたらめに答えたときの水準です`,
    );
    expect(results.slice(3).every((r) => whole(r.plain) === whole(results[3].plain))).toBe(true);
    // W = 0.0858 is the one scale where the plain network learns, more slowly.
    const mid = results[2];
    expect(mid.plain).toBeGreaterThan(0.5);
    expect(mid.bn).toBeGreaterThan(mid.plain);
    const [plain2, plain10, bn2, bn10] = [mid.plainAt(2), mid.plain, mid.bnAt(2), mid.bn].map(whole);
    said(
      `At $W = 0.0858$ the plain network learns too, more slowly: ${plain2} after 2 epochs and ${plain10} after 10, against ${bn2} and ${bn10} with Batch Norm`,
      `$W = 0.0858$ では、Batch Norm なしのネットワークも学習しますが、進みは遅くなります。 2 エポック後に ${plain2}、10 エポック後の時点で ${plain10} です。Batch Norm ありでは ${bn2} と ${bn10} です。`,
    );
    // At every scale and every epoch from 2 on, Batch Norm is ahead.
    for (const r of results)
      for (let e = 2; e <= 10; e++) expect(r.bnAt(e)).toBeGreaterThan(Number.isNaN(r.plainAt(e)) ? 0 : r.plainAt(e));
    said(
      "at every scale and after every epoch from the second on, the network with Batch Norm is ahead",
      "どのスケールでも、2 エポック目以降のどのエポックでも、Batch Norm ありのネットワークが上回っています",
    );
  });

  it("at the book's η = 0.01: W = 0.158 favours the plain network; at W = 0.00215 Batch Norm falls back at epoch 10", async () => {
    const near = await trainScale(
      presetSpec("batch-norm", "lesson", { weightScale: BOOK_WEIGHT_SCALES[3], seed: 0, lr: 0.01 }),
    );
    expect(formatScale(BOOK_WEIGHT_SCALES[3])).toBe("0.158");
    expect(near.plain).toBeGreaterThan(near.bn);
    said(
      `the same 10 epochs give ${whole(near.plain)} without Batch Norm and ${whole(near.bn)} with it`,
      `このスケールで同じ 10 エポック学習すると、Batch Norm なしのネットワークは ${whole(near.plain)} になります。Batch Norm ありでは ${whole(near.bn)} です。`,
    );
    const small = await trainScale(
      presetSpec("batch-norm", "lesson", { weightScale: BOOK_WEIGHT_SCALES[10], seed: 0, lr: 0.01 }),
    );
    expect(small.bnAt(8)).toBeGreaterThan(0.95);
    expect(small.bn).toBeLessThan(0.5);
    said(
      `at $W = 0.00215$ it reached ${whole(small.bnAt(8))} at epoch 8 and fell to ${whole(small.bn)} at epoch 10`,
      `$W = 0.00215$ では、8 エポック目で ${whole(small.bnAt(8))} まで上がったあと、10 エポック目で ${whole(small.bn)} まで落ちました`,
    );
    // W = 1 at the book's rate: Batch Norm trains, but slowly.
    const big = await trainScale(presetSpec("batch-norm", "lesson", { weightScale: 1, seed: 0, lr: 0.01 }));
    expect(big.plainDivergedAt).toBe(2);
    said(
      `With Batch Norm at $W = 1$ it reaches only ${whole(big.bn)} in 10 epochs`,
      `Batch Norm ありでも、$W = 1$ では 10 エポックで ${whole(big.bn)} にしか届きません`,
    );
    expect(results[0].bn).toBeGreaterThan(big.bn + 0.4);
  }, 300_000);
});

describe("batch norm: the normalisation panel", () => {
  it("N = 16, γ = 2, β = 1: every unit's mean is 1 and its std between 1.99 and 2", () => {
    for (const u of bnPanel({ batch: 16, gamma: 2, beta: 1 }).units) {
      expect(u.meanAfter).toBeCloseTo(1, 12);
      expect(u.stdAfter).toBeGreaterThan(1.99);
      expect(u.stdAfter).toBeLessThanOrEqual(2);
    }
    said(
      "with $N = 16$, $\\gamma = 2$, $\\beta = 1$ each unit's mean is $1$ and its standard deviation between 1.99 and 2",
      "$N = 16$、$\\gamma = 2$、$\\beta = 1$ では、どのユニットも平均は $1$ で、標準偏差は 1.99 から 2 の間です",
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
    said("All four are exactly $0.5 = \\beta$.", "4つとも、ちょうど $0.5 = \\beta$ です。");
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
    said(
      "The panel's two forms give the same running means (to $10^{-12}$) after the same 50 batches",
      "パネルの2つの形は、同じ 50 個のバッチのあとで、平均の移動平均が一致します($10^{-12}$ の精度で)",
    );
  });
});

describe("batch norm: the cells", () => {
  it("by hand equals BatchNorm.forward", async () => {
    const [run] = await runLessonCells("batch-normalization", "cell-by-hand.ts");
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true]);
  });

  it("your turn: the eval-mode gradient fails both checks; the reference solution passes", async () => {
    const [given] = await runLessonCells("batch-normalization", "cell-your-backward.ts");
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
    const [run] = await runLessonCells("batch-normalization", "cell-batch-of-one.ts");
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
    const [run] = await runLessonCells("batch-normalization", "cell-eval-mode.ts");
    const [evalLine, trainLine] = run.texts;
    const evalAcc = /: ([\d.]+) %/.exec(evalLine)![1],
      trainAcc = /: ([\d.]+) %/.exec(trainLine)![1];
    said(
      `${evalAcc}% with running statistics, ${trainAcc}% with batch statistics`,
      `移動平均の統計量では ${evalAcc}%、バッチの統計量では ${trainAcc}% です`,
    );
    expect(Number(evalAcc)).toBeGreaterThan(Number(trainAcc) + 50);
  }, 60_000);
});
