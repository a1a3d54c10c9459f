/**
 * The numbers the Japanese loss-functions chapter (content/ja/lessons/loss-functions.mdx)
 * states, recomputed with the calls its widgets make and found in its text, like
 * claims.test.ts does for English. (The cells are the same files as the English chapter's;
 * claims.test.ts runs them and holds the book's values to the PyTorch/numpy fixture.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CrossEntropyLoss, Tensor } from "kobai";
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

const mdx = readFileSync(new URL("../../ja/lessons/loss-functions.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");
const prose = (s: string) => expect(mdx, `the chapter should say "${s}"`).toContain(s);
const y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
const y2 = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0];
const t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0];

describe("損失関数の章(日本語版):本書の例(4.2.1項〜4.2.2項)", () => {
  it("E = 0.0975 と 0.5975、交差エントロピー誤差 0.5108 と 2.3026(δ 付きで 2.302584)", () => {
    expect(bookMeanSquaredError(y, t).toFixed(4)).toBe("0.0975");
    expect(bookMeanSquaredError(y2, t).toFixed(4)).toBe("0.5975");
    expect(bookCrossEntropyError(y, t).toFixed(4)).toBe("0.5108");
    expect(bookCrossEntropyError(y2, t).toFixed(6)).toBe("2.302584");
    expect((-Math.log(0.1)).toFixed(4)).toBe("2.3026");
    prose("ネットワークがクラス 2 に確率 0.6 を与えると、$E = 0.0975$ になります。");
    prose("クラス 7 に 0.6 を賭けると、$E = 0.5975$ です。");
    prose("よい予測で $-\\log 0.6 = 0.5108$、悪い予測で $-\\log 0.1 = 2.3026$ になります。");
    prose("6桁目が変わって 2.302584 になります");
  });
});

describe("損失関数の章(日本語版):回帰のパネル", () => {
  const points = regressionPoints();
  it("N = 6 で E = 3L。最初の直線と最小2乗法の直線", () => {
    expect(points.length).toBe(6);
    prose("データ点は6個($N = 6$)なので、$E$ は常にちょうど $L$ の3倍です。");
    const start = regressionReport(points, 0.3, 2);
    expect(start.halfSum / start.mean).toBeCloseTo(3, 12);
    expect([start.mean.toFixed(4), start.halfSum.toFixed(3)]).toEqual(["0.9277", "2.783"]);
    prose("最初の直線 $y = 0.3x + 2$ では $L = 0.9277$、$E = 2.783$ です。");
    const [w, b] = leastSquares(points);
    expect([w.toFixed(4), b.toFixed(4)]).toEqual(["0.9775", "0.3461"]);
    expect(regressionReport(points, w, b).mean.toFixed(5)).toBe("0.07494");
    prose("最小2乗法の直線 $y = 0.9775x + 0.3461$ では $L = 0.07494$ で");
    prose("回帰のパネルでは、6点に対して $E = 3L$ です。");
  });
});

describe("損失関数の章(日本語版):p = 0.01 での損失の曲線", () => {
  it("交差エントロピー誤差 4.605(傾き −0.99)、2乗和誤差 0.9801(傾き −0.0196)、50.5 倍、p = 0.5 で最小の 2 倍", () => {
    const v = lossesAt(0.01);
    expect(v.ce.toFixed(3)).toBe("4.605");
    expect(v.dCEdz).toBeCloseTo(-0.99, 14);
    expect(v.se).toBeCloseTo(0.9801, 14);
    expect(v.dSEdz.toFixed(4)).toBe("-0.0196");
    expect((v.dCEdz / v.dSEdz).toFixed(1)).toBe("50.5");
    prose(
      "交差エントロピー誤差は 4.605 で、傾き $-0.99$ で正解のロジットを押します。2乗和誤差は 0.9801 で、傾きはわずか $-0.0196$ です。交差エントロピー誤差は 50.5 倍の強さで押すことになります。",
    );
    const half = lossesAt(0.5);
    expect(half.dCEdz / half.dSEdz).toBeCloseTo(2, 14);
    for (const p of [0.1, 0.3, 0.7, 0.9]) {
      const at = lossesAt(p);
      expect(at.dCEdz / at.dSEdz).toBeGreaterThan(2);
    }
    prose("比 $\\frac{1}{2p(1 - p)}$ は決して 2 を下回りません(2 になるのは $p = 0.5$ のとき)");
    prose("比はそこで最小の 2 になります");
  });
});

describe("損失関数の章(日本語版):大きなロジット", () => {
  it("(1010, 1000, 990) の素朴な計算は NaN、安定な計算は (0.99995, 4.54e-5, 2.06e-9)。±1000 では ∞、16.12、2000", () => {
    const r = stabilityReport([1010, 1000, 990], 0);
    expect(r.naive.every(Number.isNaN)).toBe(true);
    expect([r.stable[0].toFixed(5), r.stable[1].toExponential(2), r.stable[2].toExponential(2)]).toEqual([
      "0.99995",
      "4.54e-5",
      "2.06e-9",
    ]);
    prose("安定な計算では $(0.99995, 4.54 \\times 10^{-5}, 2.06 \\times 10^{-9})$ です。");
    const pm = stabilityReport([1000, -1000], 1);
    expect([pm.naiveLoss, pm.bookLoss.toFixed(2), pm.loss]).toEqual([Infinity, "16.12", 2000]);
    prose(
      "素朴な損失は $\\infty$、本書の $\\delta$ を使うと 16.12 です。kobai の `CrossEntropyLoss` は、PyTorch と同じく正確な 2000 を返します。",
    );
    const preset = stabilityReport([1000, -1000, 0], 1);
    expect([preset.naiveLoss, preset.bookLoss.toFixed(2), preset.loss]).toEqual([Infinity, "16.12", 2000]);
    prose("素朴な損失は $\\infty$、本書の形では 16.12 です。");
    prose("本書の δ を使うと $-\\log 10^{-7} = 16.12$ です。");
    prose("$-\\log \\delta \\approx 16.12$");
    expect(Number.isFinite(Math.exp(709.78))).toBe(true);
    expect(Math.exp(709.79)).toBe(Infinity);
    expect(Number.MAX_VALUE.toExponential(1)).toBe("1.8e+308");
    prose("(約 $1.8 \\times 10^{308}$、$e^{709.78}$ で到達します)");
  });

  it("確率をロジットとして渡すと 0.5108 ではなく 1.819", () => {
    expect(new CrossEntropyLoss().forward(Tensor.from([y]), [2]).toFixed(3)).toBe("1.819");
    prose("0.5108 ではなく 1.819 になり");
  });
});

describe("損失関数の章(日本語版):認識精度は平ら", () => {
  it("b = 0.7 で認識精度 5/7、傾き 0。交差エントロピー誤差の傾き 0.040。241 個中 234 個の傾きが 0、跳びでは ±714", () => {
    expect(accuracyAt(0.7)).toBeCloseTo(5 / 7, 15);
    expect(slopeAt(accuracyAt, 0.7)).toBe(0);
    expect(slopeAt(crossEntropyAt, 0.7).toFixed(3)).toBe("0.040");
    prose("$b = 0.7$ では認識精度は $5/7$ で、中心差分で求めた傾きはちょうど 0 です。");
    prose("同じ点での交差エントロピー誤差の傾きは 0.040 で");
    const { b } = flatCurves();
    expect(b.length).toBe(241);
    const slopes = b.map((v) => slopeAt(accuracyAt, v));
    expect(slopes.filter((s) => s === 0).length).toBe(234);
    expect(new Set(slopes.filter((s) => s !== 0).map((s) => Math.round(Math.abs(s))))).toEqual(new Set([714]));
    prose("サンプリングした 241 個の $b$ の値のうち、234 個では認識精度の傾きがちょうど 0 です。");
    prose("残りの 7 個は跳びの上にあり、そこでの「傾き」は意味のない $\\pm 714$ です。");
  });
});

describe("損失関数の章(日本語版):練習問題", () => {
  it("練習問題 1:差が 0.05 より大きい出力はインデックス 0、2、5、7。練習問題 3:N = 6 で η_L = 3η_E", () => {
    const far = y2.flatMap((v, i) => (Math.abs(v - t[i]) > 0.05 + 1e-12 ? [i] : []));
    expect(far).toEqual([0, 2, 5, 7]);
    prose("目標との差が 0.05 より大きい出力は4つです(インデックス 0、2、5、7)。");
    expect(0.5 * (0.01 + 0.0025 + 0.81 + 0.0025 + 0.01 + 0.36)).toBeCloseTo(0.5975, 15);
    const points = regressionPoints();
    const grad = (w: number, b: number, scale: number) => {
      const r = regressionReport(points, w, b);
      return scale * r.residuals.reduce((s, e, i) => s + e * points[i].x, 0);
    };
    expect(0.01 * grad(0.3, 2, 1)).toBeCloseTo(3 * 0.01 * grad(0.3, 2, 2 / points.length), 14);
    prose("$N = 6$ なら $\\eta_L = \\frac{N}{2}\\eta_E = 3\\eta_E$ です。");
    prose("同じデータの PyTorch の $L$ では3倍小さすぎます。");
  });
});
