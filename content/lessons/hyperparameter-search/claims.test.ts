// Every number the hyperparameter-search chapter states, computed with the code the widgets
// and cells run, and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { PRESETS, presetSpec } from "../../../src/run/presets";
import { PRESET_SECONDS } from "../../../src/run/durations";
import { loadTrainingData } from "../../../src/run/data";
import { sampleTrials } from "../../../src/run/search";
import { TrainLoop } from "../../../src/run/train-loop";
import { readCell, readLesson, runCell, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { selectionBias } from "../../../components/widgets/hyperparameter-search/selection-bias";
import { bestTrials, type TrialPoint } from "../../../components/widgets/hyperparameter-search/search-charts";

const mdx = readLesson("hyperparameter-search");
const inProse = (s: string) => expect(mdx).toContain(s);
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

describe("hyperparameter-search chapter: claims", () => {
  it("selection bias: best of 50 on 100 digits 98.0 % vs 89.6 % fresh; 200 on 20 → 100 %; 50 on 2000 → 91.3 %", () => {
    const r = selectionBias({ models: 50, testSize: 100 });
    inProse(`the best scores ${pct(r.bestScore)} on the test digits; the same model scores ${pct(r.freshScore)} on`);
    inProse(
      `Reporting ${pct(r.bestScore)} would overstate it by ${(100 * (r.bestScore - r.freshScore)).toFixed(1)} points`,
    );
    inProse(
      `with 200 models on 20 digits the winner scores ${pct(selectionBias({ models: 200, testSize: 20 }).bestScore)}`,
    );
    inProse(`the best of 50 scores ${pct(selectionBias({ models: 50, testSize: 2000 }).bestScore)}`);
  });

  it("uniform sampling of η in [1e-6, 1e-2]: 90 % in the top decade, 0.1 % in the bottom, about 1 % below 1e-4", () => {
    const width = 1e-2 - 1e-6;
    expect(Math.round((100 * (1e-2 - 1e-3)) / width)).toBe(90);
    expect((((1e-5 - 1e-6) / width) * 100).toFixed(1)).toBe("0.1");
    expect(Math.round((100 * (1e-4 - 1e-6)) / width)).toBe(1);
    inProse("would put 90 % of the trials in the top decade");
    inProse("only 0.1 % in the bottom one");
    inProse("About 1 %: the interval below");
  });

  it("the your-turn cell: fails as given (and prints the decade shares the prose quotes), passes with the solution", async () => {
    const code = readCell("hyperparameter-search", "cell-your-search.ts");
    const given = await runCell(code);
    expect(given.error).toBeUndefined();
    expect(given.verdicts.map((v) => v.ok)).toEqual([true, false, true, false, false]);
    const shares = /: ([0-9., ]+)$/.exec(given.texts[0])![1].split(", ");
    inProse(`the share of each decade: ${shares.slice(0, 3).join(", ")} and ${shares[3]}`);
    let solved = withSolution(code, "  return 10 ** (lo + rng.uniform() * (hi - lo));");
    solved = solved.replace(
      /(\/\/ ▼ your code: selection\n)[\s\S]*?(\n\s*\/\/ ▲ your code)/,
      "$1  return [...trials].sort((a, b) => b.valAcc - a.valAcc).slice(0, k);$2",
    );
    const ok = await runCell(solved);
    expect(ok.verdicts.map((v) => v.ok)).toEqual([true, true, true, true, true]);
  });

  it("the one-trial cell: η = 8.66e-2, λ = 1.38e-7, validation accuracy 0.910 after 20 epochs", async () => {
    const out = await runCell(readCell("hyperparameter-search", "cell-one-trial.ts"));
    expect(out.error).toBeUndefined();
    expect(out.texts[0]).toBe("lr = 8.66e-2, λ = 1.38e-7: validation accuracy 0.910 after 20 epochs");
    inProse("$\\eta = 8.66 \\times 10^{-2}$ and $\\lambda = 1.38 \\times 10^{-7}$");
    inProse("validation accuracy of 0.910 after 20 epochs");
  }, 120_000);

  it("the preset times are printed from the measured durations; 100 and 8 trials", () => {
    inProse('export const seconds = PRESET_SECONDS["hyperparameter-search"];');
    inProse("({seconds.book} s measured");
    expect(PRESET_SECONDS["hyperparameter-search"].lesson).toBeLessThanOrEqual(25);
    expect(PRESETS["hyperparameter-search"].defaults.book.trials).toBe(100);
    expect(PRESETS["hyperparameter-search"].defaults.lesson.trials).toBe(8);
  });

  it("book scale: a trial with η = 1e-4 stays near chance after 50 epochs (200 steps)", async () => {
    const base = presetSpec("hyperparameter-search", "book", { seed: 0 });
    const spec = {
      ...base,
      optimizer: { ...base.optimizer, options: { ...base.optimizer.options, lr: 1e-4 } },
      weightDecay: 1e-6,
    };
    const result = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
    expect(result.totalSteps).toBe(200);
    const val = result.runs[0].evals.at(-1)!.testAcc!;
    expect(val).toBeLessThan(0.25);
    inProse(`$10^{-4}$ reaches only ${pct(val)} validation accuracy in 200 steps`);
  }, 120_000);

  it("the lesson search, seed 0: what the prose says about its trials", async () => {
    const preset = PRESETS["hyperparameter-search"];
    const trials = sampleTrials(
      presetSpec("hyperparameter-search", "lesson", { seed: 0 }),
      preset.search!.lesson,
      8,
      0,
    );
    const data = await loadTrainingData(trials[0].spec.data, trials[0].spec.seed);
    expect([data.train.y.length, data.evaluation!.y.length]).toEqual([400, 100]);
    const points: TrialPoint[] = trials.map((x, index) => ({
      index,
      params: x.params,
      result: new TrainLoop(x.spec, data).runToEnd(),
    }));
    const [best] = bestTrials(points, 1);
    const val = (p: TrialPoint) => p.result!.runs[0].evals.at(-1)!.testAcc!;
    inProse(`the best trial, ${trials[best.index].spec.label}, reaches ${pct(val(best))}\nvalidation accuracy`);
    const lr = (p: TrialPoint) => p.params.lr!;
    const high = points.filter((p) => lr(p) > 1e-2),
      mid = points.filter((p) => lr(p) >= 1e-3 && lr(p) <= 1e-2),
      low = points.filter((p) => lr(p) < 1e-3);
    inProse(
      `The ${high.length} trials with $\\eta > 10^{-2}$ reach ${pct(Math.min(...high.map(val)))} and more, the ${mid.length} between`,
    );
    inProse(
      `$10^{-3}$ and $10^{-2}$ reach ${mid
        .map(val)
        .sort((a, b) => a - b)
        .map(pct)
        .join(
          " and ",
        )}, and the ${low.length} with $\\eta < 10^{-3}$ stay at chance, at\nmost ${pct(Math.max(...low.map(val)))}.`,
    );
    // λ hardly matters: every trial below 1e-4.
    expect(points.every((p) => p.params.weightDecay! < 1e-4)).toBe(true);
  }, 400_000);
});
