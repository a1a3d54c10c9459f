// Every number the comparison chapter states, computed with the calls the grid, the table and
// the cells use, and checked to appear in the prose as written. The table on the page is built
// by comparisonTable(); here the same call must give the numbers the prose quotes.
import { describe, expect, it } from "vitest";
import { bookBowl, rosenbrock, saddle, runOptimizer, SGD, AdaGrad, Momentum } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import { readCell, readLesson, runCells, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import {
  comparisonTable,
  computeComparison,
  SIX,
} from "../../../components/widgets/optimizer-comparison/comparison-model";
import { presetSpec } from "../../../src/run/presets";
import { TrainLoop } from "../../../src/run/train-loop";
import { loadTrainingData } from "../../../src/run/data";

const mdx = readLesson("optimizer-comparison");
const inProse = (s: string) => expect(mdx).toContain(s);
const table = comparisonTable(["book", "tilted", "rosenbrock", "saddle", "wells"], 500);
const row = (id: string) =>
  Object.fromEntries(table.find((r) => r.landscape === id)!.cells.map((c) => [c.name, c.text]));

describe("optimizer-comparison chapter: the table (500 steps, book forms and rates)", () => {
  it("the page builds its table from the same call", () => {
    inProse("export const table = comparisonTable(LANDSCAPES.map(([id]) => id), 500);");
    for (const id of ["book", "tilted", "rosenbrock", "saddle", "wells"]) inProse(`["${id}", `);
  });

  it("book's bowl: AdaGrad 29, SGD 43, RMSProp 52, Nesterov 56, Adam 82, Momentum 83", () => {
    expect(row("book")).toEqual({
      SGD: "43",
      Momentum: "83",
      Nesterov: "56",
      AdaGrad: "29",
      RMSProp: "52",
      Adam: "82",
    });
    inProse("AdaGrad first (29 steps), SGD at 43");
    inProse("then RMSProp (52), Nesterov (56), Adam (82) and Momentum (83)");
  });

  it("turned bowl: AdaGrad 72, RMSProp 449, Adam 89; SGD, Momentum, Nesterov unchanged (43, 83, 56)", () => {
    expect(row("tilted")).toEqual({
      SGD: "43",
      Momentum: "83",
      Nesterov: "56",
      AdaGrad: "72",
      RMSProp: "449",
      Adam: "89",
    });
    inProse("AdaGrad needs 72 steps and\n  RMSProp 449");
    inProse("exactly the steps they took before (43, 83, 56)");
    inProse("(29 → 72, 52 → 449, 82 → 89)");
    inProse("SGD first (43 steps");
    inProse("RMSProp last (449 steps)");
  });

  it("Rosenbrock: SGD, Momentum and Nesterov diverge at 1; AdaGrad stalls; RMSProp not yet; Adam at 412", () => {
    const r = row("rosenbrock");
    expect([r.SGD, r.Momentum, r.Nesterov, r.Adam]).toEqual(["diverges at 1", "diverges at 1", "diverges at 1", "412"]);
    expect(r.AdaGrad).toMatch(/^stalls/);
    expect(r.RMSProp).toMatch(/^not yet/);
    inProse("SGD, Momentum and Nesterov\n  all diverge at step 1");
    inProse("only Adam gets there, at step 412");
    // The pitfall: a thousand times smaller rate walks down the valley without diverging.
    const slow = runOptimizer(rosenbrock, SGD, { lr: 0.00095 }, { steps: 500 });
    expect(slow.diverged).toBe(false);
    expect(slow.losses[500]).toBeLessThan(slow.losses[0] / 2);
  });

  it("saddle: AdaGrad leaves at 1, RMSProp 2, SGD 7, Momentum 19; exercise 2's numbers", () => {
    const r = row("saddle");
    expect([r.AdaGrad, r.RMSProp, r.SGD, r.Momentum]).toEqual([
      "leaves at 1",
      "leaves at 2",
      "leaves at 7",
      "leaves at 19",
    ]);
    inProse("AdaGrad (step 1) and\n  RMSProp (step 2)");
    inProse("SGD needs 7 steps, Momentum 19");
    const p = runOptimizer(saddle, AdaGrad, { lr: 1.5, form: "book" }, { steps: 1 });
    expect(p.points[1].map((v) => v.toFixed(3))).toEqual(["-0.500", "1.501"]);
    expect(p.losses[1].toFixed(1)).toBe("-2.0");
    inProse("$W_1 = (-0.5, 1.501)$, $f = 0.25 - 2.253 = -2.0$");
    const sgd = runOptimizer(saddle, SGD, { lr: 0.95 }, { steps: 7 });
    expect(sgd.points[6][1]).toBeLessThan(1);
    expect(sgd.points[7][1]).toBeGreaterThan(1);
    inProse("the tiny $y$ needs 7 steps to grow past 1");
  });

  it("wells: all but RMSProp settle in the local minimum, RMSProp oscillates near it", () => {
    const r = table.find((x) => x.landscape === "wells")!;
    expect(r.cells.map((c) => c.outcome.kind)).toEqual(["local", "local", "local", "local", "oscillating", "local"]);
  });
});

describe("optimizer-comparison chapter: the six panels after 30 steps", () => {
  it("only AdaGrad has converged; SGD 0.013 (oscillating), Momentum 0.048, Nesterov 0.014, RMSProp 0.024, Adam 0.10 past the minimum", () => {
    const results = computeComparison("book", 30);
    expect(results.map((r) => r.settings.optimizer)).toEqual([...SIX]);
    expect(results.map((r) => r.status.kind)).toEqual([
      "oscillating",
      "moving",
      "moving",
      "converged",
      "moving",
      "moving",
    ]);
    expect(results.map((r) => r.run.losses[30].toPrecision(2))).toEqual([
      "0.013",
      "0.048",
      "0.014",
      "0.00072",
      "0.024",
      "0.10",
    ]);
    expect(results[5].run.points[30][0]).toBeGreaterThan(0);
    inProse("($f = 0.013$)");
    inProse("($f = 0.048$ and\n$0.014$)");
    inProse("($f = 0.024$)");
    inProse("($f = 0.10$)");
    inProse("SGD 0.95, Momentum 0.1,\nAdaGrad 1.5, Adam 0.3");
  });
});

describe("optimizer-comparison chapter: cells", () => {
  it("the reproduce cell runs; your turn fails with the book's Momentum (83 steps) and passes with η = 0.8, μ = 0.5 (19 steps)", async () => {
    const yourTurn = readCell("optimizer-comparison", "cell-your-turn.ts");
    const [reproduce, start] = await runCells(readCell("optimizer-comparison", "cell-reproduce.ts"), yourTurn);
    expect(reproduce.error).toBeUndefined();
    expect(start.error).toBeUndefined();
    expect(start.texts).toEqual(["your Momentum: 83 steps", "AdaGrad, η = 1.5: 29 steps"]);
    expect(start.verdicts).toEqual([
      expect.objectContaining({ ok: false, label: "Momentum (η = 0.1, μ = 0.9) needs fewer steps than AdaGrad's 29" }),
    ]);
    inProse("With the book's $\\eta = 0.1$, $\\mu = 0.9$ it needs 83.");
    const solution = "const myLr = 0.8;\nconst myMomentum = 0.5;";
    for (const line of solution.split("\n")) inProse(line);
    const [solved] = await runCells(withSolution(yourTurn, solution));
    expect(solved.texts[0]).toBe("your Momentum: 19 steps");
    expect(solved.verdicts).toEqual([
      { ok: true, label: "Momentum (η = 0.8, μ = 0.5) needs fewer steps than AdaGrad's 29", detail: "" },
    ]);
    expect(firstStepBelow(runOptimizer(bookBowl, Momentum, { lr: 0.8, momentum: 0.6 }, { steps: 500 }).losses, 0)).toBe(
      17,
    );
    inProse("reaches $f < 0.001$ in 19 steps (and $\\eta = 0.8$, $\\mu = 0.6$ in 17)");
    // The summary: the best single SGD rate (η from 0.001 to 0.999) needs 41 steps.
    const sgdSteps = Array.from({ length: 999 }, (_, i) =>
      firstStepBelow(runOptimizer(bookBowl, SGD, { lr: (i + 1) / 1000 }, { steps: 500 }).losses, 0),
    ).filter((s) => s >= 0);
    expect(Math.min(...sgdSteps)).toBe(41);
    inProse("(17–19 steps, where no single rate brings plain SGD below $f = 0.001$ in fewer than 41)");
  });
});

describe("optimizer-comparison chapter: the MNIST race at lesson scale, seed 0", () => {
  // One full lesson-scale run (4 optimizers × 400 iterations): about a minute on a busy CPU.
  it(
    "last-50 mean loss: SGD 0.44, Momentum 0.18, AdaGrad 0.11, Adam 0.12; fingerprint 55277b50",
    { timeout: 240_000 },
    async () => {
      const spec = presetSpec("optimizer-comparison", "lesson", { seed: 0 });
      const result = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
      const mean = Object.fromEntries(
        result.runs.map((r) => [r.label, (r.losses.slice(-50).reduce((a, b) => a + b, 0) / 50).toFixed(2)]),
      );
      expect(mean).toEqual({ SGD: "0.44", Momentum: "0.18", AdaGrad: "0.11", Adam: "0.12" });
      inProse("the loss is 0.44 for SGD, 0.18 for Momentum, 0.11 for AdaGrad and 0.12 for Adam");
      expect(result.fingerprint).toBe("55277b50");
      inProse("`55277b50`");
    },
  );
});
