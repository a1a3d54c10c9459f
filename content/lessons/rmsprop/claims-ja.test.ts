/**
 * The numbers the Japanese RMSProp chapter (content/ja/lessons/rmsprop.mdx) states,
 * recomputed with the core and found in its text, like claims.test.ts does for English.
 * (The cells are the same files as the English chapter's; claims.test.ts runs them.)
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { bookBowl, runOptimizer, Adam, RMSProp } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import {
  applyPreset,
  computeExplorer,
  initialSettings,
  parseExplorerConfig,
} from "../../../components/widgets/shared/optimizers/explorer-model";
import { statusText } from "../../../components/widgets/shared/optimizers/explorer-view";
import { installStrings, setLocale } from "../../../src/i18n";
import { ja } from "../../../src/i18n/ja";
import { edgeRun, longRun } from "./long-run";

const mdx = readFileSync(new URL("../../ja/lessons/rmsprop.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");
const inProse = (s: string) => expect(mdx).toContain(s);
const rms = (options: Record<string, unknown> = {}, steps = 30, start?: [number, number]) =>
  runOptimizer(bookBowl, RMSProp, { lr: 0.1, ...options }, { steps, start });
const maxGap = (a: readonly number[][], b: readonly number[][]) =>
  Math.max(...a.flatMap((p, k) => [Math.abs(p[0] - b[k][0]), Math.abs(p[1] - b[k][1])]));
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

describe("RMSProp の章(日本語版)の数値", () => {
  it("記憶:半減期は約 69 ステップ、覚えているのは約 1/(1 − α) = 100 個", () => {
    expect(Math.round(Math.log(2) / Math.log(1 / 0.99))).toBe(69);
    inProse("\\approx 69$ ステップごとに半減します。");
    inProse("$1/(1 - \\alpha) = 100$ 個の勾配の2乗です。");
  });

  it("探索ウィジェット:η = 0.1 から始まり、30 ステップ後に (−0.70, 0.0000)、f = 0.024", () => {
    const r = computeExplorer(start);
    expect(start.lr).toBe(0.1);
    expect([r.run.points[30][0].toFixed(2), r.run.points[30][1].toFixed(4), r.run.losses[30].toFixed(3)]).toEqual([
      "-0.70",
      "0.0000",
      "0.024",
    ]);
    inProse("この講座の設定 $\\eta = 0.1$ から始まります。");
    inProse("30 ステップ後、RMSProp は $(-0.70, 0.0000)$ にいて、$f = 0.024$ です。");
  });

  it("長い実行:AdaGrad は (−3.24, 0.016)、f = 0.53 で停滞、RMSProp はステップ 52 から 0.001 未満", () => {
    const { adagrad, rmsprop } = longRun();
    expect([
      adagrad.points[500][0].toFixed(2),
      adagrad.points[500][1].toFixed(3),
      adagrad.losses[500].toFixed(2),
    ]).toEqual(["-3.24", "0.016", "0.53"]);
    inProse("AdaGrad は $(-3.24, 0.016)$ で終わり、$f = 0.53$ です。状態の表示は「停滞しています」です。");
    expect(firstStepBelow(rmsprop.losses, 0)).toBe(52);
    inProse("RMSProp はステップ 52 で $f < 0.001$ に達し");
    // The page's buttons, read in Japanese as the page shows them.
    expect(statusJa({ label: "", optimizer: "AdaGrad", options: { lr: 0.1 }, steps: 500 })).toMatch(/^停滞しています/);
    expect(statusJa({ label: "", optimizer: "RMSProp", options: { lr: 0.1 }, steps: 500 })).toBe(
      "最小値に収束しました:ステップ 52 以降、f − f* < 0.001 です。",
    );
    inProse("AdaGrad が $f = 0.53$ で止まる同じ 500 ステップの実行で、RMSProp は最小値に達します。");
  });

  it("ステップ 500 の歩幅:AdaGrad (0.0099, 0.0044)、RMSProp (7.13, 2.63) はステップ 1 より大きい", () => {
    const { adagrad, rmsprop } = longRun();
    expect(adagrad.states[500].effectiveLr.map((v) => v.toPrecision(2))).toEqual(["0.0099", "0.0044"]);
    expect(rmsprop.states[500].effectiveLr.map((v) => v.toFixed(2))).toEqual(["7.13", "2.63"]);
    expect(rmsprop.states[500].effectiveLr[0]).toBeGreaterThan(rmsprop.states[1].effectiveLr[0]);
    inProse("ステップ 500 での AdaGrad の歩幅は $(0.0099, 0.0044)$ です。");
    inProse("RMSProp の歩幅は $(7.13, 2.63)$ で、ステップ 1 のときより大きくなっています。");
  });

  it("最初の一歩:(−6.0, 1.0)、各座標が 10η、歩幅は 1.43 と 0.25", () => {
    const r = rms({}, 1);
    expect(r.points[1][0]).toBeCloseTo(-6, 6);
    expect(r.points[1][1]).toBeCloseTo(1, 6);
    inProse("$\\eta = 0.1$ では、最初の一歩で $(-6.0, 1.0)$ に着きます。");
    inProse("どの座標も 1、つまり $\\eta$ の10倍だけ動きました。");
    expect(r.states[1].effectiveLr.map((v) => v.toFixed(2))).toEqual(["1.43", "0.25"]);
    inProse("ステップ 1 での歩幅は、$x$ が $1.43$、$y$ が $0.25$ です。");
    // Exercise 1 by hand gives the same numbers.
    inProse("$W_1 = (-7 + 1.43 \\cdot 0.7,\\ 2 - 0.25 \\cdot 4) = (-6.0, 1.0)$");
  });

  it("α = 0.999:1/√(1 − α) = 31.6、最初の一歩で (−3.84, −1.16)、ステップ 8 から収束", () => {
    expect((1 / Math.sqrt(0.001)).toFixed(1)).toBe("31.6");
    expect((0.1 / Math.sqrt(0.001)).toFixed(2)).toBe("3.16");
    const preset = { label: "", options: { lr: 0.1, alpha: 0.999 }, steps: 30 };
    const r = explorerWith(preset);
    expect(r.run.points[1].map((v) => v.toFixed(2))).toEqual(["-3.84", "-1.16"]);
    expect(r.status).toMatchObject({ kind: "converged", from: 8 });
    expect(statusJa(preset)).toContain("ステップ 8 以降");
    inProse("$1/\\sqrt{1-\\alpha} = 31.6$ なので、最初の一歩で点は $(-3.84, -1.16)$ へ飛ばされ");
    inProse("状態の表示は、ステップ 8 以降は収束したことを示します。");
    inProse("意図した31.6倍の一歩");
    inProse("最初の一歩で $(-3.84, -1.16)$ に着き、$y$ では谷底を通り越します。");
    inProse("ステップ 8 から収束します。");
  });

  it("α = 0:ちょうど η ずつ動き、y 方向に振動、30 ステップ後に f = 0.80", () => {
    const preset = { label: "", options: { lr: 0.1, alpha: 0 }, steps: 30 };
    const r = explorerWith(preset);
    r.run.points.slice(1).forEach((p, k) => expect(Math.abs(p[0] - r.run.points[k][0])).toBeCloseTo(0.1, 6));
    expect(r.run.points.slice(21).map((p) => p[1].toFixed(3))).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? "-0.078" : "0.022")),
    );
    inProse("$y$ は 20 ステップで谷底に着き、その後は $-0.078$ と $0.022$ の間を永遠に行き来します。");
    expect(r.status).toMatchObject({ kind: "oscillating", axis: "y" });
    expect(statusJa(preset)).toMatch(/^y 方向に振動しています/);
    expect(r.run.losses[30].toFixed(2)).toBe("0.80");
    inProse("30 ステップ後の状態の表示は「y 方向に振動しています」で、$f = 0.80$ です。");
    inProse("$x$ は1ステップにちょうど 0.1 ずつ 0 へ近づきます。");
  });

  it("2つの形:ε は 1e-8 と 1e-7、経路の差は最大でも 2.9e-6", () => {
    expect(maxGap(rms().points, rms({ form: "book" }).points).toExponential(1)).toBe("2.9e-6");
    inProse("2つの経路が離れるのは最大でも $2.9 \\times 10^{-6}$ です。");
  });

  it("ε の位置:(−7, 1e-8) から y は −0.167(PyTorch)、−0.0196(本書)、−0.00002(平方根の内側)", () => {
    expect(rms({}, 1, [-7, 1e-8]).points[1][1].toFixed(3)).toBe("-0.167");
    expect(rms({ form: "book" }, 1, [-7, 1e-8]).points[1][1].toFixed(4)).toBe("-0.0196");
    // ε inside the root: one step from h = 0 is η·g/√((1 − α)g² + ε).
    const g = 2e-8;
    expect((1e-8 - (0.1 * g) / Math.sqrt(0.01 * g * g + 1e-8)).toFixed(5)).toBe("-0.00002");
    inProse("$y$ は PyTorch の形では $-0.167$ に動きます。");
    inProse("本書の形では $-0.0196$ に、$\\varepsilon$ を平方根の内側に置くと $-0.00002$ に動きます。");
  });

  it("練習問題 2:k = 100 での一歩は 1.26·η", () => {
    expect((0.99 ** 100).toFixed(3)).toBe("0.366");
    expect((1 / Math.sqrt(1 - 0.99 ** 100)).toFixed(2)).toBe("1.26");
    inProse("$k = 100$ では $0.99^{100} = 0.366$ なので、$\\eta/\\sqrt{0.634} = 1.26\\,\\eta$ です。");
  });

  it("3,000 ステップ:y の歩幅はステップ 308 で 2/λ = 1 を超え、f が戻ってくる。Adam と ε = 0.1 は戻らない", () => {
    const e = edgeRun();
    expect(e.above.rmsprop).toBe(1872);
    expect(e.yPastLimit).toBe(308);
    expect(e.rmsprop.states[500].effectiveLr[1].toFixed(2)).toBe("2.63");
    expect((1 - 2 * e.rmsprop.states[500].effectiveLr[1]).toFixed(1)).toBe("-4.3");
    expect(e.backAbove.rmsprop).toBe(632);
    expect([e.peak.step, e.peak.f.toFixed(2)]).toEqual([634, "0.43"]);
    expect(e.lastBelow).toBe(1376);
    expect([e.settled.min, e.settled.max].map((v) => v.toFixed(3))).toEqual(["0.001", "0.005"]);
    expect(e.finalSizes.map((v) => v.toFixed(2))).toEqual(["20.00", "1.00"]);
    inProse("RMSProp の $y$ の歩幅はステップ 308 で 1 を超え、ステップ 500 では 2.63 です。");
    inProse("$1 - 2 \\cdot 2.63 = -4.3$ 倍になります。");
    inProse("ステップ 632 で $f$ は 0.001 を再び超え、ステップ 634 で 0.43 に達します。");
    inProse("ステップ 1,376 より後、RMSProp は上限のちょうど境目にとどまります。");
    inProse("ステップ 3,000 での歩幅は $y$ が 1.00、$x$ が 20.0 で、どちらもちょうど $2/\\lambda$ です。");
    inProse("$f$ は、ずっと 0.001 から 0.005 の間にとどまります。");
    inProse("最初の 3,000 ステップのうち、1,872 ステップで $f \\ge 0.001$ です。");
    // The limit chart's caption.
    const [ySeries, xSeries] = [e.limitSeries[0].y, e.limitSeries[1].y];
    const yPeak = Math.max(...ySeries);
    const xPeak = Math.max(...xSeries);
    expect([yPeak.toFixed(1), ySeries.indexOf(yPeak) + 1]).toEqual(["10.2", 632]);
    expect(xSeries.findIndex((v) => v >= 2) + 1).toBe(706);
    expect([xPeak.toFixed(1), xSeries.indexOf(xPeak) + 1]).toEqual(["12.1", 1064]);
    expect([xSeries.at(-1)!, ySeries.at(-1)!].map((v) => v.toFixed(2))).toEqual(["2.00", "2.00"]);
    inProse("ステップ 308 で上限の 2 を超え、ステップ 632 で 10.2 に達します。");
    inProse("ステップ 706 で初めて 2 に達し、ステップ 1,064 で最大の 12.1 になります。");
    inProse("ステップ 3,000 ではどちらも 2.00 で、安定性の境目にいます。");
    // Adam and the capped ε.
    expect(e.belowFrom.adam).toBe(82);
    expect(e.adam.states[500].effectiveLr[1].toFixed(2)).toBe("0.95");
    inProse("Adam はステップ 82 までに $f < 0.001$ に達し、3,000 ステップの最後までその下にとどまります。");
    inProse("ステップ 500 での $y$ の歩幅は、Adam が 0.95、RMSProp が 2.63 です。");
    const longer = runOptimizer(bookBowl, Adam, { lr: 0.3, beta2: 0.999 }, { steps: 7000 });
    expect(longer.losses.findIndex((f, k) => k > 82 && f >= 1e-3)).toBe(6029);
    inProse("ステップ 6,029 で 0.001 を再び超えます。");
    expect(e.belowFrom.capped).toBe(110);
    expect(e.backAbove.capped).toBe(-1);
    inProse("このとき RMSProp はステップ 110 から 0.001 を下回ったままです。");
    // The loss chart's caption.
    expect(e.lastBelow + 1).toBe(1377);
    inProse(
      "RMSProp(η = 0.1)はステップ 52 で 0.001 を下回り、ステップ 634 で 0.43 まで跳ね上がります。ステップ 1,377 以降は 0.001 から 0.005 の間にとどまり、3,000 ステップのうち 1,872 ステップで f ≥ 0.001 です。Adam(η = 0.3、β₂ = 0.999)は、ステップ 82 から 3,000 まで 0.001 を下回ったままです。ε = 0.1 の RMSProp は、ステップ 110 から下回ったままです。",
    );
  });
});
