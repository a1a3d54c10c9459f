// Every number the weight-decay chapter states, computed with the code the widgets and
// cells run, and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { runOptimizer, SGD } from "kobai";
import { presetSpec } from "../../../src/run/presets";
import { PRESET_SECONDS } from "../../../src/run/durations";
import { loadTrainingData } from "../../../src/run/data";
import { TrainLoop } from "../../../src/run/train-loop";
import { readCell, readLesson, runCell, runCells, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { penalisedMinimum, penaltyState, shiftedBowl } from "../../../components/widgets/weight-decay/penalty";
import { overfitStats, pct } from "./overfit-stats";

const mdx = readLesson("weight-decay");
const inProse = (s: string) => expect(mdx).toContain(s);

describe("weight-decay chapter: claims", () => {
  it("lesson preset, seed 0: the gap, the accuracies and ‖W‖ the prose states", async () => {
    const spec = presetSpec("weight-decay", "lesson", { seed: 0 });
    const result = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
    const [plain, decay] = result.runs.map((r) => overfitStats(r, 10));
    expect(result.runs.map((r) => r.label)).toEqual(["no-decay", "decay"]);
    // Training accuracy 100 % from step 110 (epoch 36.7) on.
    const evals = result.runs[0].evals;
    const from = evals.findIndex((e, i) => evals.slice(i).every((x) => x.trainAcc === 1));
    expect(evals[from].step).toBe(110);
    inProse("from epoch 36.7 (step 110) on");
    inProse(`test accuracy ends at ${pct(plain.finalTest)}`);
    inProse(`training is ${(100 * plain.meanGap).toFixed(1)} points above test`);
    inProse(`(${pct(decay.meanTrain)} on\naverage over the last ten evaluations)`);
    inProse(`the gap shrinks to ${(100 * decay.meanGap).toFixed(1)} points`);
    inProse(`accuracy averages ${pct(decay.meanTest)}, against ${pct(plain.meanTest)} without decay`);
    expect(decay.meanTest).toBeLessThan(plain.meanTest);
    inProse(`test accuracy is\n${(100 * (plain.meanTest - decay.meanTest)).toFixed(1)} points lower, not higher`);
    expect(decay.meanGap).toBeLessThan(plain.meanGap);
    expect(decay.meanTrain).toBeLessThan(1);
    inProse(
      `goes from ${plain.normStart!.toFixed(1)} to\n${plain.normEnd!.toFixed(1)}, with $\\lambda = 0.1$ it shrinks to ${decay.normEnd!.toFixed(1)}.`,
    );
    expect(decay.normEnd!).toBeLessThan(plain.normEnd!);
  }, 180_000);

  it("the preset times the prose quotes are the measured ones", () => {
    // The prose prints the measured times (src/run/durations.ts), so they cannot drift.
    inProse('export const seconds = PRESET_SECONDS["weight-decay"];');
    inProse("about {seconds.book} s of one core");
    inProse("**Lesson scale** (about {seconds.lesson} s)");
    expect(PRESET_SECONDS["weight-decay"].lesson).toBeLessThanOrEqual(25);
  });

  it("the penalised minimum: λ = 0.1 → (3.00, 1.90); λ = 2 → (0.29, 1.00), f = 2.63; λ = 1 → (0.545, 1.333)", () => {
    const at = (l: number) =>
      penalisedMinimum(l)
        .map((v) => v.toFixed(2))
        .join(", ");
    expect(at(0.1)).toBe("3.00, 1.90");
    inProse("at $(3.00, 1.90)$");
    expect((1 - penalisedMinimum(0.1)[1] / 2) * 100).toBeCloseTo(4.76, 2); // "moved by 5 %"
    inProse("the steep one moved by 5 %");
    expect(at(2)).toBe("0.29, 1.00");
    expect(shiftedBowl.value(...penalisedMinimum(2)).toFixed(2)).toBe("2.63");
    inProse("At $\\lambda = 2$ the minimum is at $(0.29, 1.00)$");
    inProse("$f$ there is $2.63$");
    const [x1, y1] = penalisedMinimum(1);
    expect(x1.toFixed(3)).toBe("0.545");
    expect(y1.toFixed(3)).toBe("1.333");
    expect(Math.round(100 * (1 - x1 / 6))).toBe(91);
    expect(Math.round(100 * (1 - y1 / 2))).toBe(33);
    inProse("$w_1^* = 0.1 \\cdot 6 / 1.1 = 0.545$ and $w_2^* = 2 \\cdot 2 / 3 = 1.333$");
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
    inProse(
      "the penalised minimum depends on $\\lambda$ alone, and $\\eta$ only sets how far\nthe steps there are get toward it",
    );
    // SGD with weightDecay ends on the cross.
    const s = penaltyState(0.1);
    expect(Math.hypot(s.sgdEnd[0] - s.minimum[0], s.sgdEnd[1] - s.minimum[1])).toBeLessThan(1e-3);
  });

  it("exercise 2: 0.999^603 = 0.547 and 0.995^300 = 0.222", () => {
    expect((0.999 ** 603).toFixed(3)).toBe("0.547");
    expect((0.995 ** 300).toFixed(3)).toBe("0.222");
    inProse("$0.999^{603} = 0.547$");
    inProse("$0.995^{300} = 0.222$");
  });

  it("book vs PyTorch: groups = book exactly; decaying all moves biases by 5e-4; Adam(weightDecay) ≠ AdamW by ~1e-3", async () => {
    const out = await runCell(readCell("weight-decay", "cell-book-vs-pytorch.ts"));
    expect(out.error).toBeUndefined();
    expect(out.texts[0]).toBe("book vs groups: weights differ by 0, biases by 0");
    expect(out.texts[1]).toMatch(/^book vs all: +weights differ by 0, biases by 5\.00e-4$/);
    const adam = Number(/differ by ([0-9.e+-]+)/.exec(out.texts[2])![1]);
    expect(adam.toExponential(0)).toBe("2e-3");
    inProse("a\ndifference of exactly 0");
    inProse("$\\eta\\lambda b = 0.01 \\cdot 0.1 \\cdot 0.5 = 5 \\times 10^{-4}$");
    inProse("by about $2 \\times 10^{-3}$");
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
    inProse(
      `100 % training and ${pct(plain.test)} test accuracy, with $\\lambda = 0.1$ at ${pct(decay.train)} and\n${pct(decay.test)}`,
    );
    inProse(`$\\lVert W \\rVert$ is ${plain.norm} against ${decay.norm}`);
  }, 120_000);
});
