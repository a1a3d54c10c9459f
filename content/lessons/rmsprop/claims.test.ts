// Every number the RMSProp chapter states, computed with the calls the widget and cells
// use, and checked to appear in the prose as written, in English and in Japanese.
import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, AdaGrad, Adam, RMSProp } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import {
  applyPreset,
  computeExplorer,
  initialSettings,
  parseExplorerConfig,
} from "../../../components/widgets/shared/optimizers/explorer-model";
import { statusText } from "../../../components/widgets/shared/optimizers/explorer-view";
import { runPageCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { chapterRuns, expectYourTurn, largestGap } from "../../../src/notebook/cell-testing/optimizer-chapters";
import { edgeRun, longRun } from "./long-run";
import { loadFixture } from "../../../src/core/testing/fixtures";
import { installStrings, setLocale } from "../../../src/i18n";
import { ja } from "../../../src/i18n/ja";

const said = statedIn("rmsprop");
const rms = chapterRuns(RMSProp, { lr: 0.1 });
// The explorer on the page, with the chapter's presets applied as its buttons do.
const start = initialSettings(parseExplorerConfig({ optimizer: "RMSProp", optimizers: ["RMSProp", "AdaGrad"] }));
const explorerWith = (preset: Parameters<typeof applyPreset>[1]) => computeExplorer(applyPreset(start, preset));
/** The explorer's status line as a Japanese page shows it. */
const statusJa = (preset: Parameters<typeof applyPreset>[1]) => {
  installStrings("ja", ja);
  setLocale("ja");
  try {
    return statusText(explorerWith(preset)).message;
  } finally {
    setLocale("en");
  }
};

describe("rmsprop chapter: claims", () => {
  it("memory: half-life ≈ 69 steps, about 1/(1 − α) = 100 gradients", () => {
    expect(Math.round(Math.log(2) / Math.log(1 / 0.99))).toBe(69);
    said("\\approx 69$ steps", "\\approx 69$ ステップごとに半減します。");
    said("the last $1/(1 - \\alpha) = 100$ squared gradients", "$1/(1 - \\alpha) = 100$ 個の勾配の2乗です。");
  });

  it("the explorer starts at η = 0.1 (ours) and ends at (−0.70, 0.0000), f = 0.024", () => {
    const r = computeExplorer(start);
    expect(start.lr).toBe(0.1);
    expect([r.run.points[30][0].toFixed(2), r.run.points[30][1].toFixed(4), r.run.losses[30].toFixed(3)]).toEqual([
      "-0.70",
      "0.0000",
      "0.024",
    ]);
    said("The explorer starts with our setting $\\eta = 0.1$", "この講座の設定 $\\eta = 0.1$ から始まります。");
    said(
      "$(-0.70, 0.0000)$ with $f = 0.024$",
      "30 ステップ後、RMSProp は $(-0.70, 0.0000)$ にいて、$f = 0.024$ です。",
    );
  });

  it("the long run: AdaGrad (−3.24, 0.016), f = 0.53, stalled; RMSProp below 0.001 from step 52", () => {
    const { adagrad, rmsprop } = longRun();
    expect([
      adagrad.points[500][0].toFixed(2),
      adagrad.points[500][1].toFixed(3),
      adagrad.losses[500].toFixed(2),
    ]).toEqual(["-3.24", "0.016", "0.53"]);
    said(
      "AdaGrad ends at $(-3.24, 0.016)$ with $f = 0.53$, and the status says *stalled*",
      "AdaGrad は $(-3.24, 0.016)$ で終わり、$f = 0.53$ です。状態の表示は「停滞しています」です。",
    );
    expect(firstStepBelow(rmsprop.losses, 0)).toBe(52);
    said("RMSProp reaches $f < 0.001$ at step 52", "RMSProp はステップ 52 で $f < 0.001$ に達し");
    said(
      "on the same 500-step run where AdaGrad stops at $f = 0.53$, RMSProp reaches the minimum",
      "AdaGrad が $f = 0.53$ で止まる同じ 500 ステップの実行で、RMSProp は最小値に達します。",
    );
    // The page's buttons give the same, in both editions.
    expect(
      statusText(explorerWith({ label: "", optimizer: "AdaGrad", options: { lr: 0.1 }, steps: 500 })).message,
    ).toMatch(/^Stalled/);
    expect(
      statusText(explorerWith({ label: "", optimizer: "RMSProp", options: { lr: 0.1 }, steps: 500 })).message,
    ).toBe("Converged to the global minimum: f − f* < 0.001 from step 52 on.");
    expect(statusJa({ label: "", optimizer: "AdaGrad", options: { lr: 0.1 }, steps: 500 })).toMatch(/^停滞しています/);
    expect(statusJa({ label: "", optimizer: "RMSProp", options: { lr: 0.1 }, steps: 500 })).toBe(
      "最小値に収束しました:ステップ 52 以降、f − f* < 0.001 です。",
    );
  });

  it("step sizes at step 500: AdaGrad (0.0099, 0.0044), RMSProp (7.13, 2.63), larger than at step 1", () => {
    const { adagrad, rmsprop } = longRun();
    expect(adagrad.states[500].effectiveLr.map((v) => v.toPrecision(2))).toEqual(["0.0099", "0.0044"]);
    expect(rmsprop.states[500].effectiveLr.map((v) => v.toFixed(2))).toEqual(["7.13", "2.63"]);
    expect(rmsprop.states[500].effectiveLr[0]).toBeGreaterThan(rmsprop.states[1].effectiveLr[0]);
    said(
      "At step 500 AdaGrad's are $(0.0099, 0.0044)$",
      "ステップ 500 での AdaGrad の歩幅は $(0.0099, 0.0044)$ です。",
    );
    said(
      "RMSProp's are $(7.13, 2.63)$, larger than at step 1",
      "RMSProp の歩幅は $(7.13, 2.63)$ で、ステップ 1 のときより大きくなっています。",
    );
  });

  it("first step: (−6.0, 1.0), each coordinate by 10η; step sizes 1.43 and 0.25", () => {
    const r = rms({}, 1);
    expect(r.points[1][0]).toBeCloseTo(-6, 6);
    expect(r.points[1][1]).toBeCloseTo(1, 6);
    said("the first step lands at $(-6.0, 1.0)$", "$\\eta = 0.1$ では、最初の一歩で $(-6.0, 1.0)$ に着きます。");
    said("each coordinate moved by 1, ten times $\\eta$", "どの座標も 1、つまり $\\eta$ の10倍だけ動きました。");
    expect(r.states[1].effectiveLr.map((v) => v.toFixed(2))).toEqual(["1.43", "0.25"]);
    said("$1.43$ for $x$ and $0.25$ for $y$", "ステップ 1 での歩幅は、$x$ が $1.43$、$y$ が $0.25$ です。");
    // Exercise 1 by hand gives the same numbers.
    said(
      "$W_1 = (-7 + 1.43 \\cdot 0.7,\\ 2 - 0.25 \\cdot 4) = (-6.0, 1.0)$",
      "$W_1 = (-7 + 1.43 \\cdot 0.7,\\ 2 - 0.25 \\cdot 4) = (-6.0, 1.0)$",
    );
  });

  it("α = 0.999: 1/√(1 − α) = 31.6, first step to (−3.84, −1.16), converged from step 8", () => {
    expect((1 / Math.sqrt(0.001)).toFixed(1)).toBe("31.6");
    expect((0.1 / Math.sqrt(0.001)).toFixed(2)).toBe("3.16");
    const preset = { label: "", options: { lr: 0.1, alpha: 0.999 }, steps: 30 };
    const r = explorerWith(preset);
    expect(r.run.points[1].map((v) => v.toFixed(2))).toEqual(["-3.84", "-1.16"]);
    expect(r.status).toMatchObject({ kind: "converged", from: 8 });
    expect(statusJa(preset)).toContain("ステップ 8 以降");
    said(
      "now $1/\\sqrt{1-\\alpha} = 31.6$, the first step throws the point to $(-3.84, -1.16)$",
      "$1/\\sqrt{1-\\alpha} = 31.6$ なので、最初の一歩で点は $(-3.84, -1.16)$ へ飛ばされ",
    );
    said("the status says it converged from step 8", "状態の表示は、ステップ 8 以降は収束したことを示します。");
    said("a first step 31.6 times the intended size", "意図した31.6倍の一歩");
    said(
      "$(-3.84, -1.16)$, past the valley floor",
      "最初の一歩で $(-3.84, -1.16)$ に着き、$y$ では谷底を通り越します。",
    );
    said("converged from step 8", "ステップ 8 から収束します。");
  });

  it("α = 0: steps of exactly η, oscillating along y, f = 0.80 after 30 steps", () => {
    const preset = { label: "", options: { lr: 0.1, alpha: 0 }, steps: 30 };
    const r = explorerWith(preset);
    r.run.points.slice(1).forEach((p, k) => expect(Math.abs(p[0] - r.run.points[k][0])).toBeCloseTo(0.1, 6));
    expect(r.run.points.slice(21).map((p) => p[1].toFixed(3))).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? "-0.078" : "0.022")),
    );
    said(
      "$y$ reaches the valley floor after 20 steps and then bounces between\n$-0.078$ and $0.022$ forever",
      "$y$ は 20 ステップで谷底に着き、その後は $-0.078$ と $0.022$ の間を永遠に行き来します。",
    );
    expect(r.status).toMatchObject({ kind: "oscillating", axis: "y" });
    expect(statusJa(preset)).toMatch(/^y 方向に振動しています/);
    expect(r.run.losses[30].toFixed(2)).toBe("0.80");
    said(
      "*oscillating along y* with $f = 0.80$",
      "30 ステップ後の状態の表示は「y 方向に振動しています」で、$f = 0.80$ です。",
    );
    said("$x$ creeps towards 0 by exactly 0.1 per step", "$x$ は1ステップにちょうど 0.1 ずつ 0 へ近づきます。");
  });

  it("forms: ε 1e-8 vs 1e-7 outside the root, paths differ by at most 2.9e-6", () => {
    const gap = largestGap(rms().points, rms({ form: "book" }).points);
    expect(gap.toExponential(1)).toBe("2.9e-6");
    said("$2.9 \\times 10^{-6}$", "2つの経路が離れるのは最大でも $2.9 \\times 10^{-6}$ です。");
  });

  it("ε placement from (−7, 1e-8): y → −0.167 (PyTorch), −0.0196 (book), −0.00002 (inside the root)", () => {
    expect(rms({}, 1, [-7, 1e-8]).points[1][1].toFixed(3)).toBe("-0.167");
    expect(rms({ form: "book" }, 1, [-7, 1e-8]).points[1][1].toFixed(4)).toBe("-0.0196");
    // ε inside the root: one step from h = 0 is η·g/√((1 − α)g² + ε).
    const g = 2e-8;
    expect((1e-8 - (0.1 * g) / Math.sqrt(0.01 * g * g + 1e-8)).toFixed(5)).toBe("-0.00002");
    said("$-0.167$ in PyTorch's form", "$y$ は PyTorch の形では $-0.167$ に動きます。");
    said("to $-0.0196$ in the book's", "本書の形では $-0.0196$ に");
    said(
      "to $-0.00002$ with $\\varepsilon$ inside the root",
      "$\\varepsilon$ を平方根の内側に置くと $-0.00002$ に動きます。",
    );
  });

  it("exercise 2: step 1.26·η at k = 100", () => {
    expect((0.99 ** 100).toFixed(3)).toBe("0.366");
    expect((1 / Math.sqrt(1 - 0.99 ** 100)).toFixed(2)).toBe("1.26");
    said(
      "At $k = 100$: $0.99^{100} = 0.366$, so $\\eta/\\sqrt{0.634} = 1.26\\,\\eta$",
      "$k = 100$ では $0.99^{100} = 0.366$ なので、$\\eta/\\sqrt{0.634} = 1.26\\,\\eta$ です。",
    );
    // and with a constant gradient RMSProp's k-th step is η/√(1 − α^k) (checked on a 1-D run).
    const run = runOptimizer(
      { ...bookBowl, gradient: () => [1, 1] } as typeof bookBowl,
      RMSProp,
      { lr: 0.1, eps: 0 },
      { steps: 100 },
    );
    expect(run.points[99][0] - run.points[100][0]).toBeCloseTo(0.1 / Math.sqrt(1 - 0.99 ** 100), 12);
  });

  it("3,000 steps: RMSProp's y step size passes 2/λ = 1 at step 308 and f comes back (1,872 steps ≥ 0.001); Adam and ε = 0.1 stay down", () => {
    const e = edgeRun();
    // PyTorch's own RMSprop and Adam on the same bowl (scripts/fixtures/long_runs.py) agree step by step.
    const torch = loadFixture("long-runs");
    const gap = (a: number[], b: number[]) =>
      Math.max(...a.map((v, k) => Math.abs(v - b[k]) / Math.max(Math.abs(b[k]), 1e-300)));
    // Relative agreement while f is above 1e-200 (below that both are rounding noise in y).
    const visible = (a: number[], b: number[]) =>
      gap(
        a.filter((_, k) => b[k] > 1e-200),
        b.filter((v) => v > 1e-200),
      );
    expect(visible(e.rmsprop.losses, torch.rmsprop.losses)).toBeLessThan(1e-6);
    expect(visible(e.adam.losses, torch.adam.losses)).toBeLessThan(1e-6);
    const aboveIn = (losses: number[]) => losses.slice(1).filter((f) => f >= 1e-3).length;
    expect(aboveIn(torch.rmsprop.losses)).toBe(1872);
    expect(aboveIn(torch.adam.losses)).toBe(73);
    // The numbers the pitfall, the charts and their captions state, from the core.
    expect(e.above.rmsprop).toBe(1872);
    expect(e.yPastLimit).toBe(308);
    expect(e.rmsprop.states[500].effectiveLr[1].toFixed(2)).toBe("2.63");
    expect((1 - 2 * e.rmsprop.states[500].effectiveLr[1]).toFixed(1)).toBe("-4.3");
    expect(Math.abs(e.rmsprop.points[500][1])).toBeLessThan(1e-100);
    expect(e.backAbove.rmsprop).toBe(632);
    expect(e.peak.step).toBe(634);
    expect(e.peak.f.toFixed(2)).toBe("0.43");
    expect(e.lastBelow).toBe(1376);
    expect([e.settled.min, e.settled.max].map((v) => v.toFixed(3))).toEqual(["0.001", "0.005"]);
    expect(e.settled.min).toBeGreaterThanOrEqual(1e-3);
    expect(e.finalSizes.map((v) => v.toFixed(2))).toEqual(["20.00", "1.00"]);
    said(
      "$y$ step size passes 1 at step 308 and is 2.63 at step 500",
      "RMSProp の $y$ の歩幅はステップ 308 で 1 を超え、ステップ 500 では 2.63 です。",
    );
    said("$1 - 2 \\cdot 2.63 = -4.3$", "$1 - 2 \\cdot 2.63 = -4.3$ 倍になります。");
    said(
      "at step 632 $f$ is back above 0.001, and at step 634 it reaches 0.43",
      "ステップ 632 で $f$ は 0.001 を再び超え、ステップ 634 で 0.43 に達します。",
    );
    said(
      "After step 1,376 RMSProp sits on the edge itself",
      "ステップ 1,376 より後、RMSProp は上限のちょうど境目にとどまります。",
    );
    said(
      "at step 3,000 the step sizes\nare 1.00 for $y$ and 20.0 for $x$, exactly $2/\\lambda$ for each",
      "ステップ 3,000 での歩幅は $y$ が 1.00、$x$ が 20.0 で、どちらもちょうど $2/\\lambda$ です。",
    );
    said("$f$ stays between 0.001\nand 0.005 for good", "$f$ は、ずっと 0.001 から 0.005 の間にとどまります。");
    said(
      "Of the first 3,000 steps, 1,872 have $f \\ge 0.001$.",
      "最初の 3,000 ステップのうち、1,872 ステップで $f \\ge 0.001$ です。",
    );
    // The limit chart's caption.
    const ySeries = e.limitSeries[0].y,
      xSeries = e.limitSeries[1].y;
    const peak = Math.max(...ySeries);
    expect(peak.toFixed(1)).toBe("10.2");
    expect(ySeries.indexOf(peak) + 1).toBe(632);
    expect(xSeries.findIndex((v) => v >= 2) + 1).toBe(706);
    expect([xSeries.at(-1)!, ySeries.at(-1)!].map((v) => v.toFixed(2))).toEqual(["2.00", "2.00"]);
    said(
      "passes the limit 2 at step 308 and reaches 10.2 at step 632",
      "ステップ 308 で上限の 2 を超え、ステップ 632 で 10.2 に達します。",
    );
    const xPeak = Math.max(...xSeries);
    expect([xPeak.toFixed(1), xSeries.indexOf(xPeak) + 1]).toEqual(["12.1", 1064]);
    said(
      "first reaches 2 at step 706 and peaks at 12.1 at step 1,064, before its own spike resets it",
      "ステップ 706 で初めて 2 に達し、ステップ 1,064 で最大の 12.1 になります。",
    );
    said(
      "At step 3,000 both are at 2.00: the edge of stability.",
      "ステップ 3,000 ではどちらも 2.00 で、安定性の境目にいます。",
    );
    // Adam and the capped ε.
    expect(e.belowFrom.adam).toBe(82);
    expect(e.belowFrom.rmsprop).toBe(-1);
    expect(e.adam.states[500].effectiveLr[1].toFixed(2)).toBe("0.95");
    said(
      "reaches $f < 0.001$ by step 82 and stays below for the rest of the 3,000\nsteps",
      "Adam はステップ 82 までに $f < 0.001$ に達し、3,000 ステップの最後までその下にとどまります。",
    );
    said(
      "at step 500 its $y$ step size is 0.95, RMSProp's 2.63",
      "ステップ 500 での $y$ の歩幅は、Adam が 0.95、RMSProp が 2.63 です。",
    );
    const longer = runOptimizer(bookBowl, Adam, { lr: 0.3, beta2: 0.999 }, { steps: 7000 });
    expect(longer.losses.findIndex((f, k) => k > 82 && f >= 1e-3)).toBe(6029);
    said("climbs back above 0.001\nat step 6,029", "ステップ 6,029 で 0.001 を再び超えます。");
    expect(e.belowFrom.capped).toBe(110);
    expect(e.backAbove.capped).toBe(-1);
    said(
      "RMSProp stays below 0.001 from step 110\non",
      "このとき RMSProp はステップ 110 から 0.001 を下回ったままです。",
    );
    // The loss chart's caption.
    expect(e.lastBelow + 1).toBe(1377);
    said(
      "from step 1,377 on stays between 0.001 and 0.005: 1,872 of the 3,000 steps have f ≥ 0.001. Adam (η = 0.3, β₂ = 0.999) stays below 0.001 from step 82 to step 3,000. RMSProp with ε = 0.1 stays below from step 110.",
      "RMSProp(η = 0.1)はステップ 52 で 0.001 を下回り、ステップ 634 で 0.43 まで跳ね上がります。ステップ 1,377 以降は 0.001 から 0.005 の間にとどまり、3,000 ステップのうち 1,872 ステップで f ≥ 0.001 です。Adam(η = 0.3、β₂ = 0.999)は、ステップ 82 から 3,000 まで 0.001 を下回ったままです。ε = 0.1 の RMSProp は、ステップ 110 から下回ったままです。",
    );
  });

  it("AdaGrad's first step moves by η (the your-turn starting code's behaviour)", () => {
    expect(runOptimizer(bookBowl, AdaGrad, { lr: 0.1 }, { steps: 1 }).points[1][0]).toBeCloseTo(-6.9, 8);
  });
});

describe("rmsprop chapter: cells (page order, one notebook)", () => {
  it("all cells run; your turn fails at step 1 with AdaGrad's step and passes with the solution", async () => {
    const cells = await runPageCells("rmsprop");
    const [long, edge, eps, start] = ["cell-long-run.ts", "cell-edge.ts", "cell-epsilon.ts", "cell-your-turn.ts"].map(
      (file) => cells[file],
    );
    expect(long.texts).toContain("AdaGrad: f after 500 steps: 0.525732");
    expect(edge.texts.slice(0, 4)).toEqual([
      "RMSProp: first step with y's step size × 2 ≥ 2: 308",
      "RMSProp: first step back at f ≥ 0.001: 632",
      "RMSProp: steps with f ≥ 0.001 out of 3000: 1872",
      "Adam: steps with f ≥ 0.001 out of 3000: 73",
    ]);
    expect(eps.texts).toEqual([
      "y after step 1, ε = 1e-8 outside the root (PyTorch): -0.166667",
      "y after step 1, ε = 1e-7 outside the root (the book): -0.0196078",
      "y after step 1, ε = 1e-8 inside the root: -1.999e-5",
    ]);
    await expectYourTurn(start, "rmsprop", { failsAt: "step 1, x", optimizer: "RMSProp" });
  });
});
