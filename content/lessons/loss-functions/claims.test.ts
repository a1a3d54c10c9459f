// Every number the loss-functions chapter states, computed with the calls its widgets and
// cells make, checked against the PyTorch/numpy fixture, and checked to appear in the prose of
// both editions.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CrossEntropyLoss, Tensor } from "kobai";
import { loadFixture } from "../../../src/core/testing/fixtures";
import { nodeNotebook } from "../../../src/notebook/testing";
import { lossesAt } from "../../../components/widgets/loss-functions/loss-curves";
import { stabilityReport } from "../../../components/widgets/loss-functions/softmax-stability";
import {
  leastSquares,
  regressionPoints,
  regressionReport,
} from "../../../components/widgets/loss-functions/regression";
import {
  accuracyAt,
  crossEntropyAt,
  flatCurves,
  slopeAt,
} from "../../../components/widgets/loss-functions/accuracy-flat";
import { bookCrossEntropyError, bookMeanSquaredError } from "./book-forms";
import { runLessonCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";

const cell = (name: string) => readFileSync(new URL(`./${name}.ts`, import.meta.url), "utf8");
const fixture = loadFixture("foundations").losses;
const said = statedIn("loss-functions");
const y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
const y2 = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0];
const t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0];

describe("loss-functions: the book's examples (4.2.1–4.2.2)", () => {
  it("E = 0.0975 and 0.5975; cross-entropy 0.5108 and 2.3026, as numpy and torch compute them", () => {
    expect(bookMeanSquaredError(y, t)).toBeCloseTo(fixture.book.sse[0], 15);
    expect(bookMeanSquaredError(y2, t)).toBeCloseTo(fixture.book.sse[1], 15);
    expect(bookCrossEntropyError(y, t)).toBeCloseTo(fixture.book.cee[0], 15);
    expect(bookCrossEntropyError(y2, [7 - 5])).toBeCloseTo(fixture.book.cee[1], 15);
    expect(bookCrossEntropyError([y, y], [t, t])).toBeCloseTo(fixture.book.cee_batch_of_two, 15);
    const logits = (v: number[]) => Tensor.from([v.map(Math.log)]);
    expect(new CrossEntropyLoss().forward(logits(y), [2])).toBeCloseTo(fixture.book.torch_ce_on_log_y[0], 14);
    expect(new CrossEntropyLoss().forward(logits(y2), [2])).toBeCloseTo(fixture.book.torch_ce_on_log_y[1], 14);
    expect(bookMeanSquaredError(y, t).toFixed(4)).toBe("0.0975");
    expect(bookMeanSquaredError(y2, t).toFixed(4)).toBe("0.5975");
    expect(bookCrossEntropyError(y, t).toFixed(4)).toBe("0.5108");
    expect(bookCrossEntropyError(y2, t).toFixed(6)).toBe("2.302584");
    expect((-Math.log(0.1)).toFixed(4)).toBe("2.3026");
    said(
      "a network that gives class 2 a probability of 0.6: $E = 0.0975$",
      "ネットワークがクラス 2 に確率 0.6 を与えると、$E = 0.0975$ になります。",
    );
    said("bets 0.6 on class 7, $E = 0.5975$", "クラス 7 に 0.6 を賭けると、$E = 0.5975$ です。");
    said("$-\\log 0.6 = 0.5108$", "よい予測で $-\\log 0.6 = 0.5108$");
    said("$-\\log 0.1 = 2.3026$", "悪い予測で $-\\log 0.1 = 2.3026$ になります。");
    expect(fixture.book.cee[1].toFixed(6)).toBe("2.302584");
    said("the book's δ changes the sixth digit: 2.302584", "6桁目が変わって 2.302584 になります");
  });
});

describe("loss-functions: the regression panel", () => {
  const points = regressionPoints();
  it("N = 6, E = 3L; the starting line and the least-squares line", () => {
    expect(points.length).toBe(6);
    said(
      "With the six points ($N = 6$), $E$ is always exactly 3 times $L$",
      "データ点は6個($N = 6$)なので、$E$ は常にちょうど $L$ の3倍です。",
    );
    const start = regressionReport(points, 0.3, 2);
    expect(start.halfSum / start.mean).toBeCloseTo(3, 12);
    expect(start.mean.toFixed(4)).toBe("0.9277");
    expect(start.halfSum.toFixed(3)).toBe("2.783");
    said(
      "$y = 0.3x + 2$ has $L = 0.9277$ and $E = 2.783$",
      "最初の直線 $y = 0.3x + 2$ では $L = 0.9277$、$E = 2.783$ です。",
    );
    const [w, b] = leastSquares(points);
    expect([w.toFixed(4), b.toFixed(4)]).toEqual(["0.9775", "0.3461"]);
    expect(regressionReport(points, w, b).mean.toFixed(5)).toBe("0.07494");
    said("$y = 0.9775x + 0.3461$, has $L = 0.07494$", "最小2乗法の直線 $y = 0.9775x + 0.3461$ では $L = 0.07494$ で");
    said("The regression panel shows $E = 3L$ for six points", "回帰のパネルでは、6点に対して $E = 3L$ です。");
  });
});

describe("loss-functions: the loss curves at p = 0.01", () => {
  it("CE 4.605 with slope −0.99; SE 0.9801 with slope −0.0196; 50.5 times; never below 2 (at p = 0.5)", () => {
    const v = lossesAt(0.01);
    expect(v.ce.toFixed(3)).toBe("4.605");
    expect(v.dCEdz).toBeCloseTo(-0.99, 14);
    expect(v.se).toBeCloseTo(0.9801, 14);
    expect(v.dSEdz.toFixed(4)).toBe("-0.0196");
    expect((v.dCEdz / v.dSEdz).toFixed(1)).toBe("50.5");
    said(
      "Cross-entropy is\n4.605 and pushes the right logit with slope $-0.99$; squared error is 0.9801 and its\nslope is only $-0.0196$: cross-entropy pushes 50.5 times harder",
      "交差エントロピー誤差は 4.605 で、傾き $-0.99$ で正解のロジットを押します。2乗和誤差は 0.9801 で、傾きはわずか $-0.0196$ です。交差エントロピー誤差は 50.5 倍の強さで押すことになります。",
    );
    // The formula's rows: along y = (p, 1 − p) the squared error's slope is −2(1 − p), and times
    // the softmax's p(1 − p) it is the logit slope −2p(1 − p)² (the core's backward passes).
    for (const p of [0.01, 0.3, 0.77]) {
      const at = lossesAt(p);
      expect(at.dSEdp).toBeCloseTo(-2 * (1 - p), 12);
      expect(at.dSEdz).toBeCloseTo(at.dSEdp * p * (1 - p), 12);
      const h = 1e-6; // a central difference of E = (1 − p)² agrees
      expect((lossesAt(p + h).se - lossesAt(p - h).se) / (2 * h)).toBeCloseTo(at.dSEdp, 6);
    }
    const dSEdp = "\\frac{\\partial E_{\\text{SE}}}{\\partial p} &= -2(1 - p)";
    const dSEdz = "\\frac{\\partial E_{\\text{SE}}}{\\partial z_0} &= -2p(1 - p)^2";
    said(dSEdp, dSEdp);
    said(dSEdz, dSEdz);
    const half = lossesAt(0.5);
    expect(half.dCEdz / half.dSEdz).toBeCloseTo(2, 14);
    for (const p of [0.1, 0.3, 0.7, 0.9]) {
      const at = lossesAt(p);
      expect(at.dCEdz / at.dSEdz).toBeGreaterThan(2);
    }
    said(
      "the ratio $\\frac{1}{2p(1 - p)}$ is never below 2 (at $p = 0.5$)",
      "比 $\\frac{1}{2p(1 - p)}$ は決して 2 を下回りません(2 になるのは $p = 0.5$ のとき)",
    );
    said("so the ratio is smallest there: 2", "比はそこで最小の 2 になります");
  });
});

describe("loss-functions: large logits", () => {
  it("naive softmax of (1010, 1000, 990) is NaN; stable (0.99995, 4.54e-5, 2.06e-9); ±1000: ∞, 16.12, 2000", () => {
    const r = stabilityReport([1010, 1000, 990], 0);
    expect(r.naive.every(Number.isNaN)).toBe(true);
    expect([r.stable[0].toFixed(5), r.stable[1].toExponential(2), r.stable[2].toExponential(2)]).toEqual([
      "0.99995",
      "4.54e-5",
      "2.06e-9",
    ]);
    said(
      "$(0.99995, 4.54 \\times 10^{-5}, 2.06 \\times 10^{-9})$",
      "安定な計算では $(0.99995, 4.54 \\times 10^{-5}, 2.06 \\times 10^{-9})$ です。",
    );
    const pm = stabilityReport([1000, -1000], 1);
    expect(pm.naiveLoss).toBe(Infinity);
    expect(pm.bookLoss.toFixed(2)).toBe("16.12");
    expect(pm.loss).toBe(2000);
    expect(fixture.stability.ce_pm1000_target1).toBe(2000);
    said(
      "the naive loss is $\\infty$, the book's\n$\\delta$ gives 16.12, and kobai's `CrossEntropyLoss` gives the exact 2000",
      "素朴な損失は $\\infty$、本書の $\\delta$ を使うと 16.12 です。kobai の `CrossEntropyLoss` は、PyTorch と同じく正確な 2000 を返します。",
    );
    // The predict prompt's preset (1000, −1000, 0), right class 1.
    const preset = stabilityReport([1000, -1000, 0], 1);
    expect([preset.naiveLoss, Number(preset.bookLoss.toFixed(2)), preset.loss]).toEqual([Infinity, 16.12, 2000]);
    said("the naive loss is $\\infty$, the book's is 16.12", "素朴な損失は $\\infty$、本書の形では 16.12 です。");
    said("The book's δ gives $-\\log 10^{-7} = 16.12$", "本書の δ を使うと $-\\log 10^{-7} = 16.12$ です。");
    said("$-\\log \\delta \\approx 16.12$", "$-\\log \\delta \\approx 16.12$");
    // e^709.78 is the largest finite exponential.
    expect(Number.isFinite(Math.exp(709.78))).toBe(true);
    expect(Math.exp(709.79)).toBe(Infinity);
    expect(Number.MAX_VALUE.toExponential(1)).toBe("1.8e+308");
    said(
      "(about $1.8 \\times 10^{308}$, reached at $e^{709.78}$)",
      "(約 $1.8 \\times 10^{308}$、$e^{709.78}$ で到達します)",
    );
  });
  it("probabilities passed as logits give 1.819 instead of 0.5108", () => {
    expect(new CrossEntropyLoss().forward(Tensor.from([y]), [2]).toFixed(3)).toBe("1.819");
    said("gives 1.819 instead of 0.5108", "0.5108 ではなく 1.819 になり");
  });
});

describe("loss-functions: accuracy is flat", () => {
  it("at b = 0.7 accuracy 5/7 with slope 0, cross-entropy slope 0.040; 234 of 241 slopes are 0; jumps read ±714", () => {
    expect(accuracyAt(0.7)).toBeCloseTo(5 / 7, 15);
    expect(slopeAt(accuracyAt, 0.7)).toBe(0);
    expect(slopeAt(crossEntropyAt, 0.7).toFixed(3)).toBe("0.040");
    said(
      "At $b = 0.7$ the accuracy is $5/7$ and its central-difference slope is exactly 0",
      "$b = 0.7$ では認識精度は $5/7$ で、中心差分で求めた傾きはちょうど 0 です。",
    );
    said("The cross-entropy's slope at the same\npoint is 0.040", "同じ点での交差エントロピー誤差の傾きは 0.040 で");
    const { b } = flatCurves();
    expect(b.length).toBe(241);
    const slopes = b.map((v) => slopeAt(accuracyAt, v));
    expect(slopes.filter((s) => s === 0).length).toBe(234);
    expect(new Set(slopes.filter((s) => s !== 0).map((s) => Math.round(Math.abs(s))))).toEqual(new Set([714]));
    said(
      "Of the 241 sampled values of $b$, 234 have an\naccuracy slope of exactly 0",
      "サンプリングした 241 個の $b$ の値のうち、234 個では認識精度の傾きがちょうど 0 です。",
    );
    said(
      'the other 7 sit on a jump, where the "slope" is a meaningless $\\pm 714$',
      "残りの 7 個は跳びの上にあり、そこでの「傾き」は意味のない $\\pm 714$ です。",
    );
  });
});

describe("loss-functions: the exercises", () => {
  it("exercise 1: 0.5975 from the listed squares; exercise 3: η_L = 3η_E for N = 6", () => {
    expect(0.5 * (0.01 + 0.0025 + 0.81 + 0.0025 + 0.01 + 0.36)).toBeCloseTo(0.5975, 15);
    // The hint: the outputs more than 0.05 away from the target.
    const far = y2.flatMap((v, i) => (Math.abs(v - t[i]) > 0.05 + 1e-12 ? [i] : []));
    expect(far).toEqual([0, 2, 5, 7]);
    said(
      "Four outputs differ from the target by more than 0.05 (indices 0, 2, 5 and 7)",
      "目標との差が 0.05 より大きい出力は4つです(インデックス 0、2、5、7)。",
    );
    const points = regressionPoints();
    const lr = 0.01;
    // One step on ½Σ with η and one on the mean with 3η land on the same line.
    const grad = (w: number, b: number, scale: number) => {
      const r = regressionReport(points, w, b);
      return [
        scale * r.residuals.reduce((s, e, i) => s + e * points[i].x, 0),
        scale * r.residuals.reduce((s, e) => s + e, 0),
      ];
    };
    const [gE, gL] = [grad(0.3, 2, 1), grad(0.3, 2, 2 / points.length)];
    expect(0.3 - lr * gE[0]).toBeCloseTo(0.3 - 3 * lr * gL[0], 14);
    said(
      "$\\eta_L = \\frac{N}{2}\\eta_E = 3\\eta_E$",
      "$N = 6$ なら $\\eta_L = \\frac{N}{2}\\eta_E = 3\\eta_E$ です。",
    );
    said("3 times too small for PyTorch's $L$ on the same data", "同じデータの PyTorch の $L$ では3倍小さすぎます。");
  });
});

describe("loss-functions: the cells", () => {
  it("the reproduce cell prints the book's and the widget's numbers", async () => {
    const [run] = await runLessonCells("loss-functions", "cell-losses.ts");
    const out = run.texts.join("\n");
    expect(out).toContain("½Σ(y − t)²   = 0.0975");
    expect(out).toContain("mean (y − t)² = 0.0195");
    expect(out).toContain("−log y₂      = 0.510826");
    expect(out).toMatch(/∂CE\/∂z₀ = -0\.99/);
    expect(out).toMatch(/∂SE\/∂z₀ = -0\.019602/);
    expect(out).toMatch(/right class 1: 2000$/m);
  });

  const yourTurn = cell("cell-your-cee");
  const withBody = (body: string) => yourTurn.replace(/  \/\/ TODO:[^\n]*\n  return 0;\n/, body);
  it("the your-turn cell starts failing, and has the TODO the tests replace", async () => {
    expect(withBody("X")).not.toBe(yourTurn);
    const run = await nodeNotebook().run("lf-your-cee", yourTurn);
    expect(run.verdicts.map((v) => v.ok)).toEqual([false, true, false]);
  });
  it("the reference solution passes every check", async () => {
    const solution = withBody(
      "  let total = 0;\n  for (let n = 0; n < y.length; n++) total += Math.log(y[n][t[n]] + 1e-7);\n  return -total / y.length;\n",
    );
    const run = await nodeNotebook().run("lf-your-cee", solution);
    expect(run.result.ok).toBe(true);
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true, true]);
  });
  it("a sum instead of a mean, and a missing δ, are caught", async () => {
    const sum = await nodeNotebook().run(
      "a",
      withBody(
        "  let total = 0;\n  for (let n = 0; n < y.length; n++) total += Math.log(y[n][t[n]] + 1e-7);\n  return -total;\n",
      ),
    );
    expect(sum.verdicts.map((v) => v.ok)).toEqual([false, false, true]);
    const noDelta = await nodeNotebook().run(
      "b",
      withBody(
        "  let total = 0;\n  for (let n = 0; n < y.length; n++) total += Math.log(y[n][t[n]]);\n  return -total / y.length;\n",
      ),
    );
    expect(noDelta.verdicts.map((v) => v.ok)).toEqual([true, true, false]);
  });
});
