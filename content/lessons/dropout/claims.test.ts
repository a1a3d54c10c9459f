// Every number the dropout chapter states, computed with the code the widgets and cells
// run, and checked to appear in the prose as written.
import { beforeAll, describe, expect, it } from "vitest";
import { ready } from "kobai";
import { presetSpec } from "../../../src/run/presets";
import { PRESET_SECONDS } from "../../../src/run/durations";
import { loadTrainingData } from "../../../src/run/data";
import { TrainLoop } from "../../../src/run/train-loop";
import type { TrainResult } from "../../../src/run/events";
import { readCell, readLesson, runCell, runCells, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { droppedUnits, netState } from "../../../components/widgets/dropout/dropout-net";
import { overfitStats, pct } from "../weight-decay/overfit-stats";

const mdx = readLesson("dropout");
const inProse = (s: string) => expect(mdx).toContain(s);

/** p of the chapter's sweep table: the lesson preset's runs (no dropout and p = P_LESSON) are two of them. */
const P_VALUES = [0, 0.05, 0.1, 0.15, 0.2] as const;
const P_LESSON = 0.05;
const round = (v: number) => String(Math.round(v));

describe("dropout chapter: claims", () => {
  // One lockstep job trains every p of the table on the same batches from the same initial
  // weights (and the same mask stream), as the widget trains its two runs, so the lesson
  // preset's runs are rows of it. Trained once, on the WebAssembly kernel (bit-identical to
  // the JS one), and read by every claim below.
  let sweep: TrainResult;
  beforeAll(async () => {
    await ready();
    const base = presetSpec("dropout", "lesson", { seed: 0 });
    const runs = P_VALUES.map((p) =>
      p === 0
        ? { label: "p = 0" }
        : { label: `p = ${p}`, model: presetSpec("dropout", "lesson", { seed: 0, dropout: p }).runs![1].model },
    );
    const spec = { ...base, runs };
    sweep = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
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
    inProse(
      `the network without dropout averages ${round(100 * plain.meanTrain)} % training and ${round(100 * plain.meanTest)} % test accuracy`,
    );
    inProse(`a gap of ${round(100 * plain.meanGap)} points`);
    expect(drop.meanGap).toBeLessThan(plain.meanGap - 0.005);
    expect(drop.meanTest).toBeGreaterThan(plain.meanTest);
    inProse(
      `With $p = ${P_LESSON}$ the gap narrows to ${round(100 * drop.meanGap)} points and the test accuracy holds (${round(100 * drop.meanTest)} %`,
    );
  });

  it("the p sweep: every row of the table; test accuracy is best at the lesson's p", () => {
    for (const p of P_VALUES) {
      const r = stats(p);
      inProse(
        `| ${p} | ${(100 * r.meanTrain).toFixed(1)} | ${(100 * r.meanTest).toFixed(1)} | ${(100 * r.meanGap).toFixed(1)} |`,
      );
    }
    const tests = P_VALUES.map((p) => stats(p).meanTest);
    expect(P_VALUES[tests.indexOf(Math.max(...tests))]).toBe(P_LESSON);
    // The book's p = 0.2 at lesson scale: the training accuracy no longer reaches 100 %, the test accuracy falls.
    const book = stats(0.2);
    expect(Math.max(...sweep.runs[P_VALUES.indexOf(0.2)].evals.map((e) => e.trainAcc!))).toBeLessThan(1);
    expect(book.meanTest).toBeLessThan(stats(0).meanTest);
    inProse(
      `at the book's $p = 0.2$ the training accuracy averages ${round(100 * book.meanTrain)} % and test ${round(100 * book.meanTest)} %`,
    );
  });

  it("the book preset's time is printed from the measured durations", () => {
    inProse("export const seconds = PRESET_SECONDS.dropout;");
    inProse("about {Math.round(seconds.book / 60)} min of one core");
    expect(PRESET_SECONDS.dropout.lesson).toBeLessThanOrEqual(25);
  });

  it("the widget: p = 0.5 inverted doubles kept units; the book's form drops the same units; p = 0 drops none", () => {
    const inv = netState({ seed: 0, p: 0.5, inverted: true, step: 1 });
    const book = netState({ seed: 0, p: 0.5, inverted: false, step: 1 });
    expect(inv.scale).toBe(2);
    expect(book.scale).toBe(1);
    expect(book.masks).toEqual(inv.masks);
    inProse("the same units drop (the masks depend\nonly on the seed and the step)");
    for (let step = 1; step <= 20; step++)
      expect(droppedUnits(netState({ seed: 0, p: 0, inverted: true, step })).flat()).toEqual([]);
    // Exercise 1: the factors at p = 0.2.
    expect(netState({ seed: 0, p: 0.2, inverted: true, step: 1 }).scale).toBeCloseTo(1.25, 15);
    expect(netState({ seed: 0, p: 0.2, inverted: false, step: 1, training: false }).scale).toBeCloseTo(0.8, 15);
    inProse("$1/(1 - 0.2) = 1.25$");
    // Exercise 2.
    expect((0.5 ** 12).toFixed(5)).toBe("0.00024");
    inProse("$0.5^{12} = 1/4096 \\approx 0.00024$");
  });

  it("the expectation cell: the average over 20,000 masks matches inference for both forms", async () => {
    const out = await runCell(readCell("dropout", "cell-expectation.ts"));
    expect(out.error).toBeUndefined();
    const gaps = out.texts.filter((t) => t.includes("largest gap")).map((t) => /largest gap ([0-9.]+)/.exec(t)![1]);
    expect(gaps).toHaveLength(2);
    for (const g of gaps) expect(Number(g)).toBeLessThan(0.05);
    inProse(`is ${gaps[0]} for the\ninverted form and ${gaps[1]} for the book's`);
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
    inProse(
      `without dropout ${pct(pTrain)} training and ${pct(pTest)} test accuracy, with dropout ${pct(dTrain)} and ${pct(dTest)}`,
    );
    expect(dGap).toBeLessThan(pGap);
    inProse(`the gap narrows (${(100 * pGap).toFixed(1)} → ${(100 * dGap).toFixed(1)} points)`);
    const noisy = /→ (.*) \(a different/.exec(forgot.texts[0])![1].split(", ").map(Number);
    const evalAcc = Number(/→ ([0-9.]+)/.exec(forgot.texts[1])![1]);
    expect(new Set(noisy).size).toBeGreaterThan(1);
    expect(evalAcc).toBe(dTest);
    inProse(`(${noisy.map(pct).join(", ")}), against ${pct(evalAcc)} in\ninference mode`);
    // Spot the mistake: scaling by p instead of 1 − p at test time.
    const value = (label: string) => Number(spot.texts.find((line) => line.startsWith(label))!.slice(label.length));
    const kept = value("test accuracy, units × (1 − p) = 0.8: ");
    const dropped = value("test accuracy, units × p = 0.2: ");
    const size = value("size of the logits, mistake ÷ right: ");
    expect(kept).toBe(dTest);
    expect(dropped).toBeLessThan(0.15); // chance is 10 %
    inProse(`from ${pct(kept)} to ${pct(dropped)}`);
    inProse(`${size.toFixed(2)} times their right size`);
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
