/**
 * The numbers the Japanese Adam chapter (content/ja/lessons/adam.mdx) states, recomputed
 * with the core and found in its text, like claims.test.ts does for English. (The cells
 * are the same files as the English chapter's; claims.test.ts runs them.)
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { bookBowl, runOptimizer, Adam } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import {
  applyPreset,
  bookPreset,
  computeExplorer,
  initialSettings,
  parseExplorerConfig,
  switchForm,
} from "../../../components/widgets/shared/optimizers/explorer-model";
import { adamVariantPath, correctionFactors } from "../../../components/widgets/adam/bias-correction";
import { spotTheMistake } from "./spot-mistake";

const mdx = readFileSync(new URL("../../ja/lessons/adam.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");
const inProse = (s: string) => expect(mdx).toContain(s);
const adam = (options: Record<string, unknown> = {}, steps = 30, start?: [number, number]) =>
  runOptimizer(bookBowl, Adam, { lr: 0.3, ...options }, { steps, start });
const maxGap = (a: readonly number[][], b: readonly number[][]) =>
  Math.max(...a.flatMap((p, k) => [Math.abs(p[0] - b[k][0]), Math.abs(p[1] - b[k][1])]));
const fix = (p: readonly number[], d: number) => p.map((v) => v.toFixed(d));
const start = initialSettings(parseExplorerConfig({ optimizer: "Adam", optimizers: ["Adam", "AdamW"] }));
const explorerWith = (preset: Parameters<typeof applyPreset>[1]) => computeExplorer(applyPreset(start, preset));

describe("Adam の章(日本語版)の数値", () => {
  it("本書の設定(図6-7):最初の一歩で (−6.7, 1.7)、30 ステップ後に (0.14, 0.32)、f = 0.10、ステップ 82 以降 0.001 未満", () => {
    const book = computeExplorer(applyPreset(start, bookPreset("Adam")));
    expect(book.settings).toMatchObject({ form: "book", lr: 0.3, beta1: 0.9, beta2: 0.999, eps: 1e-7 });
    expect(fix(book.run.points[1], 1)).toEqual(["-6.7", "1.7"]);
    expect(fix(book.run.points[30], 2)).toEqual(["0.14", "0.32"]);
    expect(book.run.losses[30].toFixed(2)).toBe("0.10");
    inProse("この設定では、最初の一歩で $(-6.7, 1.7)$ に着きます。");
    inProse("30 ステップ後、Adam は $(0.14, 0.32)$ にいて、$f = 0.10$ です。これが図6-7 の経路です。");
    expect(firstStepBelow(adam({}, 200).losses, 0)).toBe(82);
    expect(firstStepBelow(adam({ form: "book" }, 200).losses, 0)).toBe(82);
    inProse("ステップ 82 以降は、ずっと $f < 0.001$ です(ステップ数を 200 にして確かめてください)。");
  });

  it("β₁ = 0:最初の一歩は座標ごとに η、通り越さず、30 ステップ後に (−1.15, 0.0000)、f = 0.066", () => {
    const r = explorerWith({
      label: "",
      optimizer: "Adam",
      form: "pytorch",
      options: { lr: 0.3, beta1: 0, eps: 1e-8, weightDecay: 0 },
    });
    expect(fix(r.run.points[1], 2)).toEqual(["-6.70", "1.70"]);
    expect(r.run.points.every((p) => p[0] <= 0)).toBe(true);
    expect([r.run.points[30][0].toFixed(2), r.run.points[30][1].toFixed(4), r.run.losses[30].toFixed(3)]).toEqual([
      "-1.15",
      "0.0000",
      "0.066",
    ]);
    inProse("30 ステップ後は $(-1.15, 0.0000)$ にいて、$f = 0.066$ です。");
  });

  it("バイアス補正:4通りの最初の一歩。Adam と同じなのは両方を補正したときだけ", () => {
    const p1 = (c: "both" | "none" | "m" | "v") => fix(adamVariantPath(bookBowl, { lr: 0.3 }, c, 1)[1], 2);
    expect(p1("both")).toEqual(["-6.70", "1.70"]);
    expect(p1("none")).toEqual(["-6.05", "1.05"]);
    expect(p1("m")).toEqual(["2.49", "-7.49"]);
    expect(p1("v")).toEqual(["-6.97", "1.97"]);
    expect((0.1 / Math.sqrt(0.001)).toFixed(2)).toBe("3.16");
    expect(Math.sqrt(0.001).toFixed(4)).toBe("0.0316");
    inProse("$\\eta\\cdot 0.1/\\sqrt{0.001} = 3.16\\,\\eta$ で、$(-6.05, 1.05)$ に着きます。");
    inProse("最初の一歩は $31.6\\,\\eta$ になり、点は谷の外の $(2.49, -7.49)$ まで飛ばされます。");
    inProse("最初の一歩は $0.1\\,\\eta$ と**ごく小さく**、$(-6.97, 1.97)$ に着きます。");
    inProse("点は $(-7, 2)$ から $(-6.97, 1.97)$ へ動くだけです。");
    inProse("点は $(2.49, -7.49)$ へ跳びます。");
    inProse("どちらも補正しないと $3.16\\,\\eta$ になります。");
    expect(adamVariantPath(bookBowl, { lr: 0.3 }, "both")).toEqual(adam().points);
  });

  it("補正の係数:44 ステップで 1 % 以内、倍率は k = 1 で 0.316、k = 10 付近で最小の約 0.15、k = 1000 で 0.80", () => {
    expect(correctionFactors(43).m).toBeGreaterThan(1.01);
    expect(correctionFactors(44).m).toBeLessThan(1.01);
    inProse("$1/(1-\\beta_1^k)$ は、44 ステップ後には 1 との差が 1 % 以内になります。");
    expect(correctionFactors(1).step.toFixed(3)).toBe("0.316");
    const steps = Array.from({ length: 5000 }, (_, i) => correctionFactors(i + 1).step);
    const low = Math.min(...steps);
    expect(low.toFixed(2)).toBe("0.15");
    expect(Math.abs(steps.indexOf(low) + 1 - 10)).toBeLessThanOrEqual(2);
    expect(correctionFactors(1000).step.toFixed(2)).toBe("0.80");
    expect(steps.every((s) => s < 1)).toBe(true);
    inProse("$k = 1$ で $0.316$、$k = 10$ 付近で最小の約 $0.15$ になり、$k = 1000$ でもまだ $0.80$ です。");
  });

  it("本書の形と PyTorch:ε_k は 31.6ε と 5.8ε、経路の差は 9.5e-6 以内、ごく小さな勾配では y が −0.20 と −0.0019", () => {
    expect(correctionFactors(1).sqrtV.toFixed(1)).toBe("31.6");
    expect(correctionFactors(30).sqrtV.toFixed(1)).toBe("5.8");
    expect(correctionFactors(1000).sqrtV.toFixed(2)).toBe("1.26");
    inProse("ステップ 1 で $31.6\\,\\varepsilon$、ステップ 30 でもまだ $5.8\\,\\varepsilon$ です。");
    inProse("$\\varepsilon_1 = 31.6\\,\\varepsilon$、$\\varepsilon_{30} = 5.8\\,\\varepsilon$ です。");
    inProse("$\\varepsilon_{1000}$ でも、まだ $1.26\\,\\varepsilon$ です。");
    const gap = maxGap(adam().points, adam({ form: "book" }).points);
    expect(gap).toBeLessThan(9.55e-6);
    expect(gap).toBeGreaterThan(9.45e-6);
    inProse("2つの形の経路の差は最大でも $9.5 \\times 10^{-6}$ です。");
    const tiny = explorerWith({
      label: "",
      optimizer: "Adam",
      start: [-7, 1e-8],
      options: { lr: 0.3, weightDecay: 0 },
    });
    expect(tiny.run.points[1][1].toFixed(2)).toBe("-0.20");
    const tinyBook = computeExplorer(switchForm(tiny.settings, "book"));
    expect(tinyBook.settings.eps).toBe(1e-7);
    expect(tinyBook.run.points[1][1].toPrecision(2)).toBe("-0.0019");
    inProse(
      "PyTorch の形では、ステップ 1 で $y$ が $-0.20$ に動きます。本書の形に切り替えると、$-0.0019$ に動きます。",
    );
  });

  it("L2 の λ = 0.1 は経路を 4.5e-8 しか動かさず、AdamW は (0.67, 0.19)、f = 0.058 に着き、経路を最大 1.58 変える", () => {
    const l2 = explorerWith({ label: "", optimizer: "Adam", options: { lr: 0.3, weightDecay: 0.1 } });
    expect(maxGap(adam().points, l2.run.points).toExponential(1)).toBe("4.5e-8");
    inProse("30 ステップでの変化は最大でも $4.5 \\times 10^{-8}$ です。");
    const w = explorerWith({ label: "", optimizer: "AdamW", options: { lr: 0.3, weightDecay: 0.1 } });
    expect(fix(w.run.points[30], 2)).toEqual(["0.67", "0.19"]);
    expect(w.run.losses[30].toFixed(3)).toBe("0.058");
    expect(adam().losses[30].toFixed(2)).toBe("0.10");
    inProse("30 ステップ後、AdamW は $(0.67, 0.19)$ にいて $f = 0.058$ です。同じとき、Adam は $f = 0.10$ でした。");
    expect(maxGap(adam().points, w.run.points).toFixed(2)).toBe("1.58");
    inProse("AdamW では 30 ステップで経路を最大 1.58 も変えます。");
  });

  it("ε = 1:30 ステップ後に f = 0.70、本書の形では 2.02。練習問題 3:0.97³⁰ = 0.401", () => {
    const eps1 = explorerWith({
      label: "",
      optimizer: "Adam",
      form: "pytorch",
      options: { lr: 0.3, eps: 1, weightDecay: 0 },
    });
    expect(eps1.run.losses[30].toFixed(2)).toBe("0.70");
    inProse("30 ステップ後の $f$ は、$0.10$ ではなく $f = 0.70$ です。");
    const eps1Book = computeExplorer(switchForm(eps1.settings, "book"));
    expect(eps1Book.settings.eps).toBe(1);
    expect(eps1Book.run.losses[30].toFixed(2)).toBe("2.02");
    inProse("ステップ 1 では $31.6$ のように働きます。");
    inProse("30 ステップ後は $f = 2.02$ です。");
    expect((1 - 0.3 * 0.1).toFixed(2)).toBe("0.97");
    expect((0.97 ** 30).toFixed(3)).toBe("0.401");
    inProse("$0.97^{30} = 0.401$ です。");
    inProse("0 までの道のりの 60 % を進みます。");
  });

  it("練習問題 1:W₂ = (−6.400, 1.402)", () => {
    expect(fix(adam({}, 2).points[2], 3)).toEqual(["-6.400", "1.402"]);
    inProse("= (-6.400, 1.402)$ となります。");
  });

  it("やってみよう:最初のコード(補正なし、β₂ の RMSProp)はステップ 1 で x を 2.49 まで飛ばす", () => {
    expect(adamVariantPath(bookBowl, { lr: 0.3, beta1: 0 }, "none", 1)[1][0].toFixed(2)).toBe("2.49");
    inProse("$x$ を $2.49$ まで飛ばしてしまいます。");
    const solution = [
      "m = [beta1 * m[0] + (1 - beta1) * grad[0], beta1 * m[1] + (1 - beta1) * grad[1]];",
      "v = [beta2 * v[0] + (1 - beta2) * grad[0] * grad[0], beta2 * v[1] + (1 - beta2) * grad[1] * grad[1]];",
      "const mHat = [m[0] / (1 - beta1 ** t), m[1] / (1 - beta1 ** t)];",
      "const vHat = [v[0] / (1 - beta2 ** t), v[1] / (1 - beta2 ** t)];",
      "return [w[0] - (eta * mHat[0]) / (Math.sqrt(vHat[0]) + epsilon), w[1] - (eta * mHat[1]) / (Math.sqrt(vHat[1]) + epsilon)];",
    ];
    // The same solution as the English chapter's, which claims.test.ts runs in the cell.
    for (const line of solution) inProse(line);
  });
});

describe("Adam の章(日本語版):間違いを探そう", () => {
  const spot = spotTheMistake();
  it("版 (a) は (−7, 2) から動かず f = 6.45 のまま。Adam は (0.136, 0.318)、f = 0.102", () => {
    expect(spot.mTimesGradient.every((p) => p[0] === -7 && p[1] === 2)).toBe(true);
    expect(bookBowl.value(-7, 2).toFixed(2)).toBe("6.45");
    expect(spot.right.points[30].map((v) => v.toFixed(3))).toEqual(["0.136", "0.318"]);
    expect(spot.right.losses[30].toFixed(3)).toBe("0.102");
    inProse("そのころ kobai の Adam は $(0.136, 0.318)$ にいて、$f = 0.102$ です。");
    inProse("kobai の Adam は、30 ステップで f = 0.102 まで下がります。");
    inProse("版 (a) は、30 ステップの間ずっと開始点の値 f = 6.45 のままです。");
  });

  it("版 (b) は x がステップ 1 で NaN、y は 2 → −0.4 → −2.46、ステップ 3 から NaN", () => {
    const s = spot.swapped;
    expect(Number.isNaN(s[1][0])).toBe(true);
    expect(bookBowl.gradient(-7, 2)[0]).toBeCloseTo(-0.7, 12);
    expect(s[1][1].toFixed(1)).toBe("-0.4");
    expect(s[2][1].toFixed(2)).toBe("-2.46");
    expect(Number.isNaN(s[3][1])).toBe(true);
    inProse("$x$ の勾配は $-0.7$ なので $\\hat m_x = -0.7$ となり");
    inProse(
      "$y$ は 2 から最小値を通り越して $-0.4$ に、ステップ 2 では坂を上って $-2.46$ に動きます。そこで $\\hat m_y$ が負になり、ステップ 3 から $y$ は NaN です。",
    );
  });
});
