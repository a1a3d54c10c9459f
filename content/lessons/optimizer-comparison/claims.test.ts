// Every number the comparison chapter states, computed with the calls the grid, the table and
// the cells use, and checked to appear in the prose as written, in English and in Japanese.
// The table on the page is built
// by comparisonTable(); here the same call must give the numbers the prose quotes.
import { describe, expect, it } from "vitest";
import { bookBowl, rosenbrock, saddle, runOptimizer, SGD, AdaGrad, Momentum } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import { readCell, runCells, statedIn, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import {
  comparisonTable,
  computeComparison,
  SIX,
} from "../../../components/widgets/optimizer-comparison/comparison-model";
import { presetSpec } from "../../../src/run/presets";
import { TrainLoop } from "../../../src/run/train-loop";
import { loadTrainingData } from "../../../src/run/data";
import { installStrings, setLocale } from "../../../src/i18n";
import { ja } from "../../../src/i18n/ja";

const said = statedIn("optimizer-comparison");
const table = comparisonTable(["book", "tilted", "rosenbrock", "saddle", "wells"], 500);
const row = (id: string) =>
  Object.fromEntries(table.find((r) => r.landscape === id)!.cells.map((c) => [c.name, c.text]));
const outcomeKinds = (id: string) => table.find((r) => r.landscape === id)!.cells.map((c) => c.outcome.kind);

describe("optimizer-comparison chapter: the table (500 steps, book forms and rates)", () => {
  it("the page builds its table from the same call, and the table's words come in Japanese on the Japanese page", () => {
    const call = "export const table = comparisonTable(LANDSCAPES.map(([id]) => id), 500);";
    said(call, call);
    for (const id of ["book", "tilted", "rosenbrock", "saddle", "wells"]) said(`["${id}", `, `["${id}", `);
    installStrings("ja", ja);
    setLocale("ja");
    try {
      const texts = comparisonTable(["rosenbrock", "saddle"], 500).map((r) => r.cells.map((c) => c.text));
      expect(texts[0].slice(0, 3)).toEqual(["1 で発散", "1 で発散", "1 で発散"]);
      expect(texts[1][3]).toBe("1 で離脱");
    } finally {
      setLocale("en");
    }
  });

  // The two bowls' rows side by side: turning the bowl changes only the per-coordinate optimizers.
  it("steps to f < 0.001 on the book's bowl and on the turned bowl", () => {
    expect({ book: row("book"), tilted: row("tilted") }).toEqual({
      book: { SGD: "43", Momentum: "83", Nesterov: "56", AdaGrad: "29", RMSProp: "52", Adam: "82" },
      tilted: { SGD: "43", Momentum: "83", Nesterov: "56", AdaGrad: "72", RMSProp: "449", Adam: "89" },
    });
  });

  it("book's bowl: AdaGrad 29, SGD 43, RMSProp 52, Nesterov 56, Adam 82, Momentum 83", () => {
    said("AdaGrad first (29 steps), SGD at 43", "いちばん早いのは AdaGrad(29 ステップ)で、次が SGD の 43 ステップです");
    said(
      "then RMSProp (52), Nesterov (56), Adam (82) and Momentum (83)",
      "その後に RMSProp(52)、Nesterov(56)、Adam(82)、Momentum(83)が続きます。",
    );
  });

  it("turned bowl: AdaGrad 72, RMSProp 449, Adam 89; SGD, Momentum, Nesterov unchanged (43, 83, 56)", () => {
    said("AdaGrad needs 72 steps and\n  RMSProp 449", "AdaGrad は 72 ステップ、RMSProp は 449 ステップかかります。");
    said("exactly the steps they took before (43, 83, 56)", "回転前とちょうど同じステップ数(43、83、56)です。");
    said("(29 → 72, 52 → 449, 82 → 89)", "(29 → 72、52 → 449、82 → 89)");
    said(
      "SGD first (43 steps, exactly as on the unturned bowl) and RMSProp last (449 steps)",
      "最初は SGD(43 ステップで、回転前のお椀とちょうど同じ)、最後は RMSProp(449 ステップ)です。",
    );
    said(
      "AdaGrad, the winner on the book's bowl (29), needs 72",
      "本書のお椀で勝った AdaGrad(29)は、72 ステップかかります。",
    );
  });

  it("Rosenbrock: SGD, Momentum and Nesterov diverge at 1; AdaGrad stalls; RMSProp not yet; Adam at 412", () => {
    const r = row("rosenbrock");
    expect([r.SGD, r.Momentum, r.Nesterov, r.Adam]).toEqual(["diverges at 1", "diverges at 1", "diverges at 1", "412"]);
    expect(r.AdaGrad).toMatch(/^stalls/);
    expect(r.RMSProp).toMatch(/^not yet/);
    expect(outcomeKinds("rosenbrock")).toEqual(["diverged", "diverged", "diverged", "stalled", "moving", "converged"]);
    said(
      "SGD, Momentum and Nesterov\n  all diverge at step 1",
      "SGD、Momentum、Nesterov はどれもステップ 1 で発散します。",
    );
    said(
      "AdaGrad stalls and RMSProp has not arrived after 500 steps",
      "AdaGrad は停滞し、RMSProp は 500 ステップでも着きません。",
    );
    said("only Adam gets there, at step 412", "着くのは Adam だけで、ステップ 412 です。");
    // The pitfall: a thousand times smaller rate walks down the valley without diverging.
    const slow = runOptimizer(rosenbrock, SGD, { lr: 0.00095 }, { steps: 500 });
    expect(slow.diverged).toBe(false);
    expect(slow.losses[500]).toBeLessThan(slow.losses[0] / 2);
    said(
      "The same SGD with a rate a thousand times smaller walks down Rosenbrock's valley",
      "学習率を1000分の1にすれば、Rosenbrock 関数の谷をゆっくりと下っていきます。",
    );
    said("SGD's panel says it diverged at step 1", "SGD のパネルには、ステップ 1 で発散したと表示されます。");
  });

  it("saddle: AdaGrad leaves at 1, RMSProp 2, SGD 7, Momentum 19; exercise 2's numbers", () => {
    const r = row("saddle");
    expect([r.AdaGrad, r.RMSProp, r.SGD, r.Momentum]).toEqual([
      "leaves at 1",
      "leaves at 2",
      "leaves at 7",
      "leaves at 19",
    ]);
    expect(outcomeKinds("saddle").filter((kind) => kind === "escaped")).toHaveLength(6);
    said(
      "AdaGrad (step 1) and\n  RMSProp (step 2)",
      "AdaGrad(ステップ 1)と RMSProp(ステップ 2)は、ほとんどすぐに抜け出します。",
    );
    said("SGD needs 7 steps, Momentum 19", "SGD は 7 ステップ、Momentum は 19 ステップかかります。");
    const p = runOptimizer(saddle, AdaGrad, { lr: 1.5, form: "book" }, { steps: 1 });
    expect(p.points[1].map((v) => v.toFixed(3))).toEqual(["-0.500", "1.501"]);
    expect(p.losses[1].toFixed(1)).toBe("-2.0");
    said(
      "$W_1 = (-0.5, 1.501)$, $f = 0.25 - 2.253 = -2.0$, already below $-1$",
      "$W_1 = (-0.5, 1.501)$、$f = 0.25 - 2.253 = -2.0$ で、もう $-1$ を下回っています。",
    );
    const sgd = runOptimizer(saddle, SGD, { lr: 0.95 }, { steps: 7 });
    expect(sgd.points[6][1]).toBeLessThan(1);
    expect(sgd.points[7][1]).toBeGreaterThan(1);
    expect((1 + 2 * 0.95).toFixed(1)).toBe("2.9");
    said(
      "SGD's step multiplies $y$ by $1 + 2\\eta = 2.9$, so the tiny $y$ needs 7 steps to grow past 1",
      "$1 + 2\\eta = 2.9$ 倍にします。そのため、ごく小さな $y$ が 1 を超えるまでに 7 ステップかかります。",
    );
  });

  it("wells: all but RMSProp settle in the local minimum, RMSProp oscillates near it", () => {
    const r = table.find((x) => x.landscape === "wells")!;
    expect(r.cells.map((c) => c.outcome.kind)).toEqual(["local", "local", "local", "local", "oscillating", "local"]);
    said(
      'every method settles in the shallow, local minimum (<Term id="local-minimum" />) or oscillates around it',
      'どの手法も浅いほうの<Term id="local-minimum" />に落ち着くか、その周りで振動します。',
    );
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
    expect(results.map((r) => r.settings.lr)).toEqual([0.95, 0.1, 0.1, 1.5, 0.1, 0.3]);
    said("after 30 steps only AdaGrad has converged", "収束しているのは AdaGrad だけです");
    said("SGD still zig-zags ($f = 0.013$)", "SGD はまだジグザグしています($f = 0.013$)。");
    said("($f = 0.048$ and\n$0.014$)", "($f = 0.048$ と $0.014$)");
    said("RMSProp is on its way ($f = 0.024$)", "RMSProp は最小値へ向かう途中です($f = 0.024$)。");
    said("past the minimum ($f = 0.10$)", "最小値を通り越しています($f = 0.10$)。");
    said("SGD 0.95, Momentum 0.1,\nAdaGrad 1.5, Adam 0.3", "SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3 です。");
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
    said(
      "With the book's $\\eta = 0.1$, $\\mu = 0.9$ it needs 83.",
      "本書の $\\eta = 0.1$、$\\mu = 0.9$ では 83 ステップかかります。",
    );
    const solution = "const myLr = 0.8;\nconst myMomentum = 0.5;";
    said(solution, solution);
    const [solved] = await runCells(withSolution(yourTurn, solution));
    expect(solved.texts[0]).toBe("your Momentum: 19 steps");
    expect(solved.verdicts).toEqual([
      { ok: true, label: "Momentum (η = 0.8, μ = 0.5) needs fewer steps than AdaGrad's 29", detail: "" },
    ]);
    const momentum = (lr: number, mu: number) =>
      firstStepBelow(runOptimizer(bookBowl, Momentum, { lr, momentum: mu }, { steps: 500 }).losses, 0);
    expect([momentum(0.1, 0.9), momentum(0.8, 0.5), momentum(0.8, 0.6)]).toEqual([83, 19, 17]);
    said(
      "reaches $f < 0.001$ in 19 steps (and $\\eta = 0.8$, $\\mu = 0.6$ in 17)",
      "この設定では、19 ステップで $f < 0.001$ に達します($\\eta = 0.8$、$\\mu = 0.6$ なら 17 ステップです)。",
    );
    // The summary: the best single SGD rate (η from 0.001 to 0.999) needs 41 steps.
    const sgdSteps = Array.from({ length: 999 }, (_, i) =>
      firstStepBelow(runOptimizer(bookBowl, SGD, { lr: (i + 1) / 1000 }, { steps: 500 }).losses, 0),
    ).filter((s) => s >= 0);
    expect(Math.min(...sgdSteps)).toBe(41);
    said(
      "tuned it wins on the book's bowl too (17–19 steps, where no single rate brings plain SGD below $f = 0.001$ in fewer than 41)",
      "調整すれば本書のお椀でも勝ちます(17〜19 ステップ)。",
    );
    said("in fewer than 41", "学習率をどう選んでも、$f = 0.001$ を下回るまでに最低 41 ステップかかります。");
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
      said(
        "the loss is 0.44 for SGD, 0.18 for Momentum, 0.11 for AdaGrad and 0.12 for Adam",
        "SGD が 0.44、Momentum が 0.18、AdaGrad が 0.11、Adam が 0.12 です。",
      );
      expect(result.fingerprint).toBe("55277b50");
      said("`55277b50`", "フィンガープリント `55277b50` が表示されます。");
      said("(400 iterations of 64 images, about 20 seconds)", "(64 枚ずつ 400 回、約 20 秒)");
      said("2,000 iterations of 128 images each", "128 枚ずつ 2,000 回繰り返します。");
    },
  );
});
