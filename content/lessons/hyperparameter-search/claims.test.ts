// Every number the hyperparameter-search chapter states, computed with the code the widgets
// and cells run, and checked to appear in the prose as written, in both editions (statedIn).
import { describe, expect, it } from "vitest";
import { PRESETS, presetSpec } from "../../../src/run/presets";
import { PRESET_SECONDS } from "../../../src/run/durations";
import { loadTrainingData } from "../../../src/run/data";
import { sampleTrials } from "../../../src/run/search";
import { TrainLoop } from "../../../src/run/train-loop";
import { readCell, runCell, statedIn, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { selectionBias } from "../../../components/widgets/hyperparameter-search/selection-bias";
import { bestTrials, type TrialPoint } from "../../../components/widgets/hyperparameter-search/search-charts";

const said = statedIn("hyperparameter-search");
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

describe("hyperparameter-search chapter: claims", () => {
  it("selection bias: best of 50 on 100 digits 98.0 % vs 89.6 % fresh; 200 on 20 → 100 %; 50 on 2000 → 91.3 %", () => {
    const r = selectionBias({ models: 50, testSize: 100 });
    said(
      `the best scores ${pct(r.bestScore)} on the test digits; the same model scores ${pct(r.freshScore)} on`,
      `最良のモデルはテストデータで ${pct(r.bestScore)} を出します。ところが同じモデルは、新しい 10,000 枚では ${pct(r.freshScore)} しか出しません。`,
    );
    const overstated = (100 * (r.bestScore - r.freshScore)).toFixed(1);
    said(
      `Reporting ${pct(r.bestScore)} would overstate it by ${overstated} points`,
      `${pct(r.bestScore)} と報告すれば、${overstated} ポイントの過大評価になります。`,
    );
    const tiny = pct(selectionBias({ models: 200, testSize: 20 }).bestScore);
    said(
      `with 200 models on 20 digits the winner scores ${tiny}`,
      `モデル 200 個、テストデータ 20 枚では、最良のモデルは ${tiny} を出します。`,
    );
    const large = pct(selectionBias({ models: 50, testSize: 2000 }).bestScore);
    said(
      `the best of 50 scores ${large}`,
      `テストデータを 2,000 枚にすると、50 個のうち最良のモデルは ${large} です。`,
    );
  });

  it("uniform sampling of η in [1e-6, 1e-2]: 90 % in the top decade, 0.1 % in the bottom, about 1 % below 1e-4", () => {
    const width = 1e-2 - 1e-6;
    expect(Math.round((100 * (1e-2 - 1e-3)) / width)).toBe(90);
    expect((((1e-5 - 1e-6) / width) * 100).toFixed(1)).toBe("0.1");
    expect(Math.round((100 * (1e-4 - 1e-6)) / width)).toBe(1);
    said("would put 90 % of the trials in the top decade", "試行の 90 % がいちばん上の桁");
    said("only 0.1 % in the bottom one", "いちばん下の桁に入るのは、わずか 0.1 % です。");
    said("About 1 %: the interval below", "約 1 % です。$10^{-4}$ より下の区間の幅は");
  });

  it("the your-turn cell: fails as given (and prints the decade shares the prose quotes), passes with the solution", async () => {
    const code = readCell("hyperparameter-search", "cell-your-search.ts");
    const given = await runCell(code);
    expect(given.error).toBeUndefined();
    expect(given.verdicts.map((v) => v.ok)).toEqual([true, false, true, false, false]);
    const shares = /: ([0-9., ]+)$/.exec(given.texts[0])![1].split(", ");
    said(
      `the share of each decade: ${shares.slice(0, 3).join(", ")} and ${shares[3]}`,
      `セルは各桁の割合を表示します。${shares.join("、")} です。`,
    );
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
    said(
      "$\\eta = 8.66 \\times 10^{-2}$ and $\\lambda = 1.38 \\times 10^{-7}$",
      "$\\eta = 8.66 \\times 10^{-2}$ と $\\lambda = 1.38 \\times 10^{-7}$ が選ばれます。",
    );
    said(
      "validation accuracy of 0.910 after 20 epochs",
      "20 エポックの後、検証データでの認識精度は 0.910 になります。",
    );
  }, 120_000);

  it("the preset times are printed from the measured durations; 100 and 8 trials", () => {
    said(
      'export const seconds = PRESET_SECONDS["hyperparameter-search"];',
      'export const seconds = PRESET_SECONDS["hyperparameter-search"];',
    );
    said("({seconds.book} s measured", "(実測 {seconds.book} 秒。");
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
    said(
      `$10^{-4}$ reaches only ${pct(val)} validation accuracy in 200 steps`,
      `学習率 $10^{-4}$ では、200 ステップで検証データでの認識精度が ${pct(val)} にしか届きません。`,
    );
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
    const label = trials[best.index].spec.label;
    said(
      `the best trial, ${label}, reaches ${pct(val(best))}\nvalidation accuracy`,
      `最良の試行 ${label} は、検証データで ${pct(val(best))} に達します。`,
    );
    const lr = (p: TrialPoint) => p.params.lr!;
    const high = points.filter((p) => lr(p) > 1e-2),
      mid = points.filter((p) => lr(p) >= 1e-3 && lr(p) <= 1e-2),
      low = points.filter((p) => lr(p) < 1e-3);
    const highest = pct(Math.min(...high.map(val)));
    const middle = mid
      .map(val)
      .sort((a, b) => a - b)
      .map(pct);
    const lowest = pct(Math.max(...low.map(val)));
    said(
      `The ${high.length} trials with $\\eta > 10^{-2}$ reach ${highest} and more, the ${mid.length} between`,
      `$\\eta > 10^{-2}$ の ${high.length} 回の試行は ${highest} 以上に達します。`,
    );
    said(
      `$10^{-3}$ and $10^{-2}$ reach ${middle.join(" and ")}, and the ${low.length} with $\\eta < 10^{-3}$ stay at chance, at\nmost ${lowest}.`,
      `$10^{-3}$ から $10^{-2}$ のあいだの ${mid.length} 回は、${middle.join(" と ")} です。\n` +
        `$\\eta < 10^{-3}$ の ${low.length} 回はチャンスレベルのままで、最大でも ${lowest} です。`,
    );
    // λ hardly matters: every trial below 1e-4.
    expect(points.every((p) => p.params.weightDecay! < 1e-4)).toBe(true);
  }, 400_000);
});
