// Every number the weight-decay chapter states, computed with the code the widgets and
// cells run, and checked to appear in the prose as written.
import { beforeAll, describe, expect, it } from "vitest";
import { runOptimizer, SGD } from "kobai";
import { presetSpec } from "../../../src/run/presets";
import { PRESET_SECONDS } from "../../../src/run/durations";
import { resolveRuns } from "../../../src/run/spec";
import type { TrainResult } from "../../../src/run/events";
import { readCell, runCell, runCells, statedIn, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { penalisedMinimum, penaltyState, shiftedBowl } from "../../../components/widgets/weight-decay/penalty";
import { overfitStats, pct, round, trainLessonSweep } from "./overfit-stats";

/** A claim as the English chapter states it, and as the Japanese one does. */
const said = statedIn("weight-decay");

/** λ of the chapter's sweep table: the lesson preset's runs (λ = 0 and 0.03) are two of them. */
const LAMBDAS = [0, 0.003, 0.01, 0.03, 0.05, 0.1] as const;

describe("weight-decay chapter: claims", () => {
  // One lockstep job trains every λ of the table on the same batches from the same initial
  // weights, exactly as the widget trains its two runs (src/run/train-loop.ts), so the
  // lesson preset's λ = 0 and λ = 0.03 runs are rows of it. Trained once and read by every
  // claim below.
  let sweep: TrainResult;
  beforeAll(async () => {
    sweep = await trainLessonSweep(
      "weight-decay",
      LAMBDAS.map((l) => ({ label: `λ = ${l}`, weightDecay: l })),
    );
  }, 900_000);
  const stats = (l: number) => overfitStats(sweep.runs[LAMBDAS.indexOf(l as (typeof LAMBDAS)[number])], 10);

  it("the lesson preset is λ = 0 beside λ = 0.03 (the book preset keeps the script's 0.1)", () => {
    const spec = presetSpec("weight-decay", "lesson", { seed: 0 });
    expect(resolveRuns(spec).map((r) => [r.label, r.weightDecay])).toEqual([
      ["no-decay", 0],
      ["decay", 0.03],
    ]);
    expect(presetSpec("weight-decay", "book").weightDecay).toBe(0.1);
    expect(spec.optimizer.options?.lr).toBe(0.05);
  });

  it("lesson preset, seed 0: the gap narrows while the test accuracy holds, and the weights shrink", () => {
    const plain = stats(0),
      decay = stats(0.03);
    // Training accuracy 100 % from step 110 on.
    const evals = sweep.runs[0].evals;
    const from = evals.findIndex((e, i) => evals.slice(i).every((x) => x.trainAcc === 1));
    expect(evals[from].step).toBe(110);
    said("from step 110 (epoch 37) on", "ステップ 110(エポック 37)以降");
    said(
      `its test accuracy averages ${round(100 * plain.meanTest)} %`,
      `最後の 10 回の評価の平均で ${round(100 * plain.meanTest)} %`,
    );
    said(
      `training is ${round(100 * plain.meanGap)} points above test`,
      `訓練データのほうがテストデータより ${round(100 * plain.meanGap)} ポイント高く`,
    );
    expect(decay.meanGap).toBeLessThan(plain.meanGap - 0.01);
    expect(decay.meanTest).toBeGreaterThan(plain.meanTest);
    said(
      `With $\\lambda = 0.03$ the gap narrows to ${round(100 * decay.meanGap)} points`,
      `$\\lambda = 0.03$ では差が ${round(100 * decay.meanGap)} ポイントに縮まり`,
    );
    said(
      `the test accuracy holds (${round(100 * decay.meanTest)} %`,
      `テストデータでの認識精度は下がらずに ${round(100 * decay.meanTest)} % と 1 ポイント上がります`,
    );
    expect(round(100 * decay.meanTest - 100 * plain.meanTest)).toBe("1"); // "a point higher"
    expect(decay.normEnd!).toBeLessThan(plain.normEnd!);
    said(
      `$\\lVert W \\rVert$ ends at ${round(decay.normEnd!)} instead of ${round(plain.normEnd!)}`,
      `最後の $\\lVert W \\rVert$ は、Weight decay なしの ${round(plain.normEnd!)} に対して ${round(decay.normEnd!)} です`,
    );
  });

  it("the λ sweep: every row of the table, test accuracy rising to λ = 0.03 and falling after", () => {
    for (const l of LAMBDAS) {
      const r = stats(l);
      const row = `| ${l} | ${(100 * r.meanTrain).toFixed(1)} | ${(100 * r.meanTest).toFixed(1)} | ${(100 * r.meanGap).toFixed(1)} | ${r.normEnd!.toFixed(1)} |`;
      said(row, row);
    }
    const tests = LAMBDAS.map((l) => stats(l).meanTest);
    const best = tests.indexOf(Math.max(...tests));
    expect(LAMBDAS[best]).toBe(0.03);
    for (let i = 1; i <= best; i++) expect(tests[i]).toBeGreaterThan(tests[i - 1]);
    for (let i = best + 1; i < tests.length; i++) expect(tests[i]).toBeLessThan(tests[i - 1]);
    // The book's λ at the lesson's η: both accuracies fall.
    const book = stats(0.1);
    said(
      `training accuracy averages ${round(100 * book.meanTrain)} % and test ${round(100 * book.meanTest)} %`,
      `認識精度の平均は訓練データ ${round(100 * book.meanTrain)} %、テストデータ ${round(100 * book.meanTest)} % です`,
    );
    expect(stats(0).meanTest - book.meanTest).toBeGreaterThan(0.1);
  });

  it("the preset times the prose quotes are the measured ones", () => {
    // The prose prints the measured times (src/run/durations.ts), so they cannot drift.
    said(
      'export const seconds = PRESET_SECONDS["weight-decay"];',
      'export const seconds = PRESET_SECONDS["weight-decay"];',
    );
    said("about {seconds.book} s of one core", "CPU コア1つで約 {seconds.book} 秒");
    said("**Lesson scale** (about {seconds.lesson} s)", "**章で試す規模**(約 {seconds.lesson} 秒)");
    expect(PRESET_SECONDS["weight-decay"].lesson).toBeLessThanOrEqual(25);
  });

  it("the penalised minimum: λ = 0.1 → (3.00, 1.90); λ = 2 → (0.29, 1.00), f = 2.63; λ = 1 → (0.545, 1.333)", () => {
    const at = (l: number) =>
      penalisedMinimum(l)
        .map((v) => v.toFixed(2))
        .join(", ");
    expect(at(0.1)).toBe("3.00, 1.90");
    said("at $(3.00, 1.90)$", "最小点は $(3.00, 1.90)$ にあります");
    expect((1 - penalisedMinimum(0.1)[1] / 2) * 100).toBeCloseTo(4.76, 2); // "moved by 5 %"
    said("the steep one moved by 5 %", "急な座標は 5 % 動いただけです");
    expect(at(2)).toBe("0.29, 1.00");
    expect(shiftedBowl.value(...penalisedMinimum(2)).toFixed(2)).toBe("2.63");
    said(
      "At $\\lambda = 2$ the minimum is at $(0.29, 1.00)$",
      "$\\lambda = 2$ では、最小点は $(0.29, 1.00)$ にあります",
    );
    said("$f$ there is $2.63$", "そこでの $f$ は $2.63$ です");
    const [x1, y1] = penalisedMinimum(1);
    expect(x1.toFixed(3)).toBe("0.545");
    expect(y1.toFixed(3)).toBe("1.333");
    expect(Math.round(100 * (1 - x1 / 6))).toBe(91);
    expect(Math.round(100 * (1 - y1 / 2))).toBe(33);
    said(
      "$w_1^* = 0.1 \\cdot 6 / 1.1 = 0.545$ and $w_2^* = 2 \\cdot 2 / 3 = 1.333$",
      "$w_1^* = 0.1 \\cdot 6 / 1.1 = 0.545$、$w_2^* = 2 \\cdot 2 / 3 = 1.333$ です",
    );
    said(
      "The shallow coordinate\nhas lost 91 % of its value, the steep one 33 %",
      "緩やかな座標は値の 91 % を失い、急な座標は 33 % を失います",
    );
    // The penalised minimum does not depend on η: SGD with weightDecay reaches it at any stable
    // η; a smaller η only gets less far in the same number of steps.
    const minimum = penalisedMinimum(0.1);
    const walk = (lr: number, steps: number) =>
      runOptimizer(shiftedBowl, SGD, { lr, weightDecay: 0.1 }, { steps, start: [-1, -2] }).points[steps];
    for (const lr of [0.05, 0.4]) {
      const end = walk(lr, 20_000);
      expect(Math.hypot(end[0] - minimum[0], end[1] - minimum[1])).toBeLessThan(1e-6);
    }
    const slow = walk(0.01, 300);
    expect(Math.hypot(slow[0] - minimum[0], slow[1] - minimum[1])).toBeGreaterThan(1);
    said(
      "the penalised minimum depends on $\\lambda$ alone, and $\\eta$ only sets how close\na given number of steps gets to it",
      "ペナルティを加えた最小点は $\\lambda$ だけで決まります。$\\eta$ が決めるのは、決まった回数のステップでそこにどこまで近づけるかだけです",
    );
    // SGD with weightDecay ends on the cross.
    const s = penaltyState(0.1);
    expect(Math.hypot(s.sgdEnd[0] - s.minimum[0], s.sgdEnd[1] - s.minimum[1])).toBeLessThan(1e-3);
  });

  it("exercise 2: 0.999^603 = 0.547 and 0.9985^300 = 0.637", () => {
    expect((0.999 ** 603).toFixed(3)).toBe("0.547");
    expect((1 - 0.05 * 0.03) ** 300).toBeCloseTo(0.637, 3);
    said("$0.999^{603} = 0.547$", "$0.999^{603} = 0.547$ 倍です");
    said("$0.9985^{300} = 0.637$", "$0.9985^{300} = 0.637$ 倍に縮みます");
  });

  it("book vs PyTorch: groups = book exactly; decaying all moves biases by 5e-4; Adam(weightDecay) ≠ AdamW by ~1e-3", async () => {
    const out = await runCell(readCell("weight-decay", "cell-book-vs-pytorch.ts"));
    expect(out.error).toBeUndefined();
    expect(out.texts[0]).toBe("book vs groups: weights differ by 0, biases by 0");
    expect(out.texts[1]).toMatch(/^book vs all: +weights differ by 0, biases by 5\.00e-4$/);
    const adam = Number(/differ by ([0-9.e+-]+)/.exec(out.texts[2])![1]);
    expect(adam.toExponential(0)).toBe("2e-3");
    said("a\ndifference of exactly 0", "差はちょうど 0 です");
    said(
      "$\\eta\\lambda b = 0.01 \\cdot 0.1 \\cdot 0.5 = 5 \\times 10^{-4}$",
      "各バイアスが $\\eta\\lambda b = 0.01 \\cdot 0.1 \\cdot 0.5 = 5 \\times 10^{-4}$ だけ動きます",
    );
    said("by about $2 \\times 10^{-3}$", "約 $2 \\times 10^{-3}$ 違っています");
  });

  it("your-turn cell: fails as given, passes with the reference solution", async () => {
    const code = readCell("weight-decay", "cell-your-l2.ts");
    const given = await runCell(code);
    expect(given.error).toBeUndefined();
    expect(given.verdicts.map((v) => v.ok)).toEqual([false, false]);
    const solved = await runCell(
      withSolution(
        code,
        "  for (const w of weights) {\n    for (let i = 0; i < w.grad.data.length; i++) w.grad.data[i] += lambda * w.value.data[i];\n  }",
      ),
    );
    expect(solved.verdicts.map((v) => v.ok)).toEqual([true, true]);
    // Decaying the biases too would not be the book's penalty, but the check only sees weights;
    // a factor-2 mistake (λ instead of λ/2 in the loss) fails:
    const doubled = await runCell(
      withSolution(
        code,
        "  for (const w of weights) for (let i = 0; i < w.grad.data.length; i++) w.grad.data[i] += 2 * lambda * w.value.data[i];",
      ),
    );
    expect(doubled.verdicts.map((v) => v.ok)).toEqual([false, false]);
  });

  it("the overfit cell: its own numbers, as the prose states them", async () => {
    const [out] = await runCells(readCell("weight-decay", "cell-overfit.ts"));
    expect(out.error).toBeUndefined();
    const parse = (line: string) => {
      const m = /^λ = ([0-9.]+): train ([0-9.]+), test ([0-9.]+), gap (-?[0-9.]+), ‖W‖ = ([0-9.]+)$/.exec(line)!;
      return { train: Number(m[2]), test: Number(m[3]), gap: Number(m[4]), norm: m[5] };
    };
    const plain = parse(out.texts[0]),
      decay = parse(out.texts[1]);
    expect(plain.train).toBe(1);
    expect(decay.gap).toBeLessThan(plain.gap);
    said(
      `it ends at ${pct(plain.train)} training and ${pct(plain.test)} test accuracy, with $\\lambda = 0.03$ at ${pct(decay.train)} and ${pct(decay.test)}`,
      `最後の認識精度は訓練データで ${pct(plain.train)}、テストデータで ${pct(plain.test)} です。 $\\lambda = 0.03$ では ${pct(decay.train)} と ${pct(decay.test)} です`,
    );
    said(
      `$\\lVert W \\rVert$ is ${plain.norm} against ${decay.norm}`,
      `$\\lVert W \\rVert$ はそれぞれ ${plain.norm} と ${decay.norm} です`,
    );
  }, 120_000);
});
