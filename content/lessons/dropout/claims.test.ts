// Every number the dropout chapter states, computed with the code the widgets and cells
// run, and checked to appear in the prose as written.
import { beforeAll, describe, expect, it } from "vitest";
import { presetSpec } from "../../../src/run/presets";
import { PRESET_SECONDS } from "../../../src/run/durations";
import type { TrainResult } from "../../../src/run/events";
import { readCell, runCell, runCells, statedIn, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { droppedUnits, netState } from "../../../components/widgets/dropout/dropout-net";
import { overfitStats, pct, round, trainLessonSweep } from "../weight-decay/overfit-stats";

/** A claim as the English chapter states it, and as the Japanese one does. */
const said = statedIn("dropout");

/** p of the chapter's sweep table: the lesson preset's runs (no dropout and p = P_LESSON) are two of them. */
const P_VALUES = [0, 0.05, 0.1, 0.15, 0.2] as const;
const P_LESSON = 0.05;

describe("dropout chapter: claims", () => {
  // One lockstep job trains every p of the table on the same batches from the same initial
  // weights (and the same mask stream), as the widget trains its two runs, so the lesson
  // preset's runs are rows of it. Trained once, on the WebAssembly kernel (bit-identical to
  // the JS one), and read by every claim below.
  let sweep: TrainResult;
  beforeAll(async () => {
    sweep = await trainLessonSweep(
      "dropout",
      P_VALUES.map((p) =>
        p === 0
          ? { label: "p = 0" }
          : { label: `p = ${p}`, model: presetSpec("dropout", "lesson", { seed: 0, dropout: p }).runs![1].model },
      ),
    );
  }, 900_000);
  const stats = (p: number) => overfitStats(sweep.runs[P_VALUES.indexOf(p as (typeof P_VALUES)[number])], 10);

  it("the lesson preset is no dropout beside the book's dropout at p = 0.05 (the book preset keeps 0.2)", () => {
    const spec = presetSpec("dropout", "lesson", { seed: 0 });
    expect(spec.runs!.map((r) => r.label)).toEqual(["no-dropout", "dropout"]);
    expect(JSON.stringify(spec.runs![1].model)).toContain(`"p":${P_LESSON}`);
    expect(JSON.stringify(presetSpec("dropout", "book").runs![1].model)).toContain('"p":0.2');
  });

  it("lesson preset, seed 0: the gap narrows while the test accuracy holds", () => {
    const plain = stats(0),
      drop = stats(P_LESSON);
    said(
      `the network without dropout averages ${round(100 * plain.meanTrain)} % training and ${round(100 * plain.meanTest)} % test accuracy`,
      `訓練データ ${round(100 * plain.meanTrain)} %、テストデータ ${round(100 * plain.meanTest)} % です`,
    );
    said(`a gap of ${round(100 * plain.meanGap)} points`, `差は ${round(100 * plain.meanGap)} ポイントです`);
    expect(drop.meanGap).toBeLessThan(plain.meanGap - 0.005);
    expect(drop.meanTest).toBeGreaterThan(plain.meanTest);
    said(
      `With $p = ${P_LESSON}$ the gap narrows to ${round(100 * drop.meanGap)} points and the test accuracy holds (${round(100 * drop.meanTest)} %`,
      `$p = ${P_LESSON}$ では、差は ${round(100 * drop.meanGap)} ポイントに縮まり、テストデータでの認識精度は下がらずに ${round(100 * drop.meanTest)} % と 1 ポイント上がります`,
    );
    expect(round(100 * drop.meanTest - 100 * plain.meanTest)).toBe("1"); // "a point higher"
  });

  it("the p sweep: every row of the table; test accuracy is best at the lesson's p", () => {
    for (const p of P_VALUES) {
      const r = stats(p);
      const row = `| ${p} | ${(100 * r.meanTrain).toFixed(1)} | ${(100 * r.meanTest).toFixed(1)} | ${(100 * r.meanGap).toFixed(1)} |`;
      said(row, row);
    }
    const tests = P_VALUES.map((p) => stats(p).meanTest);
    expect(P_VALUES[tests.indexOf(Math.max(...tests))]).toBe(P_LESSON);
    // The book's p = 0.2 at lesson scale: the training accuracy no longer reaches 100 %, the test accuracy falls.
    const book = stats(0.2);
    expect(Math.max(...sweep.runs[P_VALUES.indexOf(0.2)].evals.map((e) => e.trainAcc!))).toBeLessThan(1);
    expect(book.meanTest).toBeLessThan(stats(0).meanTest);
    said(
      `at the book's $p = 0.2$ the training accuracy averages ${round(100 * book.meanTrain)} % and test ${round(100 * book.meanTest)} %`,
      `本書の $p = 0.2$ では、認識精度の平均は訓練データ ${round(100 * book.meanTrain)} %、テストデータ ${round(100 * book.meanTest)} % です`,
    );
  });

  it("the book preset's time is printed from the measured durations", () => {
    said("export const seconds = PRESET_SECONDS.dropout;", "export const seconds = PRESET_SECONDS.dropout;");
    said("about {Math.round(seconds.book / 60)} min of one core", "CPU コア1つで約 {Math.round(seconds.book / 60)} 分");
    expect(PRESET_SECONDS.dropout.lesson).toBeLessThanOrEqual(25);
  });

  it("the widget: p = 0.5 inverted doubles kept units; the book's form drops the same units; p = 0 drops none", () => {
    const inv = netState({ seed: 0, p: 0.5, inverted: true, step: 1 });
    const book = netState({ seed: 0, p: 0.5, inverted: false, step: 1 });
    expect(inv.scale).toBe(2);
    expect(book.scale).toBe(1);
    expect(book.masks).toEqual(inv.masks);
    said(
      "the same units drop (the masks depend\nonly on the seed and the step)",
      "同じユニットが消去されます(マスクはシードとステップだけで決まります)",
    );
    for (let step = 1; step <= 20; step++)
      expect(droppedUnits(netState({ seed: 0, p: 0, inverted: true, step })).flat()).toEqual([]);
    // Exercise 1: the factors at p = 0.2.
    expect(netState({ seed: 0, p: 0.2, inverted: true, step: 1 }).scale).toBeCloseTo(1.25, 15);
    expect(netState({ seed: 0, p: 0.2, inverted: false, step: 1, training: false }).scale).toBeCloseTo(0.8, 15);
    said("$1/(1 - 0.2) = 1.25$", "学習中は $1/(1 - 0.2) = 1.25$、推論時は 1 です");
    // Exercise 2.
    expect((0.5 ** 12).toFixed(5)).toBe("0.00024");
    said("$0.5^{12} = 1/4096 \\approx 0.00024$", "1つも消去されない確率は $0.5^{12} = 1/4096 \\approx 0.00024$ です");
  });

  it("the expectation cell: the average over 20,000 masks matches inference for both forms", async () => {
    const out = await runCell(readCell("dropout", "cell-expectation.ts"));
    expect(out.error).toBeUndefined();
    const gaps = out.texts.filter((t) => t.includes("largest gap")).map((t) => /largest gap ([0-9.]+)/.exec(t)![1]);
    expect(gaps).toHaveLength(2);
    for (const g of gaps) expect(Number(g)).toBeLessThan(0.05);
    said(
      `is ${gaps[0]} for the\ninverted form and ${gaps[1]} for the book's`,
      `最大で inverted dropout が ${gaps[0]}、本書の方式が ${gaps[1]} です`,
    );
  });

  it("the reproduce and eval-mode cells: their own numbers, and training: true gives different answers", async () => {
    const [trained, forgot, spot] = await runCells(
      readCell("dropout", "cell-reproduce.ts"),
      readCell("dropout", "cell-eval-mode.ts"),
      readCell("dropout", "cell-spot-mistake.ts"),
    );
    expect(trained.error).toBeUndefined();
    expect(forgot.error).toBeUndefined();
    expect(spot.error).toBeUndefined();
    const parse = (line: string) => /train ([0-9.]+), test ([0-9.]+), gap (-?[0-9.]+)/.exec(line)!.slice(1).map(Number);
    const [pTrain, pTest, pGap] = parse(trained.texts[0]);
    const [dTrain, dTest, dGap] = parse(trained.texts[1]);
    said(
      `without dropout ${pct(pTrain)} training and ${pct(pTest)} test accuracy, with dropout ${pct(dTrain)} and ${pct(dTest)}`,
      `Dropout なしでは、認識精度は訓練データ ${pct(pTrain)}、テストデータ ${pct(pTest)} です。Dropout ありでは ${pct(dTrain)} と ${pct(dTest)} です`,
    );
    expect(dGap).toBeLessThan(pGap);
    said(
      `the gap narrows (${(100 * pGap).toFixed(1)} → ${(100 * dGap).toFixed(1)} points)`,
      `差は縮まります(${(100 * pGap).toFixed(1)} → ${(100 * dGap).toFixed(1)} ポイント)`,
    );
    const noisy = /→ (.*) \(a different/.exec(forgot.texts[0])![1].split(", ").map(Number);
    const evalAcc = Number(/→ ([0-9.]+)/.exec(forgot.texts[1])![1]);
    expect(new Set(noisy).size).toBeGreaterThan(1);
    expect(evalAcc).toBe(dTest);
    said(
      `(${noisy.map(pct).join(", ")}), against ${pct(evalAcc)} in\ninference mode`,
      `毎回違う認識精度になります(${noisy.map(pct).join(", ")})。推論モードでは ${pct(evalAcc)} です`,
    );
    // Spot the mistake: scaling by p instead of 1 − p at test time.
    const value = (label: string) => Number(spot.texts.find((line) => line.startsWith(label))!.slice(label.length));
    const kept = value("test accuracy, units × (1 − p) = 0.8: ");
    const dropped = value("test accuracy, units × p = 0.2: ");
    const size = value("size of the logits, mistake ÷ right: ");
    expect(kept).toBe(dTest);
    expect(dropped).toBeLessThan(0.15); // chance is 10 %
    said(`from ${pct(kept)} to ${pct(dropped)}`, `${pct(kept)} から ${pct(dropped)} に下がります`);
    said(`${size.toFixed(2)} times their right size`, `ロジットは本来の大きさの ${size.toFixed(2)} 倍になり`);
  }, 300_000);

  it("your-turn cell: fails as given (the book's training forward), passes with the solution", async () => {
    const code = readCell("dropout", "cell-your-dropout.ts");
    const given = await runCell(code);
    expect(given.error).toBeUndefined();
    expect(given.verdicts.map((v) => v.ok)).toEqual([false, false, false]);
    const forward =
      "  const y = x.clone();\n  for (let i = 0; i < y.data.length; i++) y.data[i] = (x.data[i] * mask.data[i]) / (1 - p);\n  return y;";
    const backward =
      "  const dx = dout.clone();\n  for (let i = 0; i < dx.data.length; i++) dx.data[i] = (dout.data[i] * mask.data[i]) / (1 - p);\n  return dx;";
    let solved = withSolution(code, forward);
    solved = solved.replace(/(\/\/ ▼ your code: backward\n)[\s\S]*?(\n\s*\/\/ ▲ your code)/, `$1${backward}$2`);
    const ok = await runCell(solved);
    expect(ok.verdicts.map((v) => v.ok)).toEqual([true, true, true]);
  });
});
