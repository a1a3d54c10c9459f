/**
 * The numbers the Japanese activation-functions chapter (content/ja/lessons/activation-functions.mdx)
 * states, recomputed with the core and found in its text, like claims.test.ts does for
 * English. (The cells are the same files as the English chapter's; claims.test.ts runs them.)
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { nodeNotebook } from "../../../src/notebook/testing";
import { formatNumber } from "../../../src/plot/text";
import { gradientByLayer, readAt, softmaxPanel } from "../../../components/widgets/activation-functions/model";
import { BOOK_LOGITS, LARGE_LOGITS } from "../../../components/widgets/activation-functions/softmax-view";
import cellYourSigmoid from "./cell-your-sigmoid.ts?raw";

const mdx = readFileSync(new URL("../../ja/lessons/activation-functions.mdx", import.meta.url), "utf8").replace(
  /\s+/g,
  " ",
);
/** "5.6 \times 10^{-7}" for 5.6e-7, as the prose writes it. */
const tex = (v: number) => {
  const [m, e] = v.toExponential(1).split("e");
  return `${m} \\times 10^{${Number(e)}}`;
};

describe("活性化関数の章(日本語版):コアから求める傾き", () => {
  it("σ′(0) = 0.25 ちょうど。x = 10 では値が 0.99995、傾きが 4.5 × 10⁻⁵", () => {
    expect(readAt("sigmoid", 0).dy).toBe(0.25);
    expect(mdx).toContain("$x = 0$ で最大になり、ちょうど $0.25$ です。");
    const at10 = readAt("sigmoid", 10);
    expect(mdx).toContain(`$x = 10$ では $${tex(at10.dy!)}$ しかありません。`);
    expect(tex(at10.dy!)).toBe("4.5 \\times 10^{-5}");
    expect(mdx).toContain(`$x = 10$ にしてみてください。値は $${at10.y.toFixed(5)}$、傾きは $${tex(at10.dy!)}$ です。`);
    expect(at10.y.toFixed(5)).toBe("0.99995");
  });

  it("tanh′(0) = 1 = 4σ′(0)、ReLU′(0) = 0、Leaky ReLU′(0) = 0.01、tanh(x) = 2σ(2x) − 1", () => {
    expect(readAt("tanh", 0).dy).toBe(1);
    expect(4 * readAt("sigmoid", 0).dy!).toBe(readAt("tanh", 0).dy);
    expect(mdx).toContain("$x = 0$ では $1$ になり、シグモイド関数の最大値の4倍です。");
    expect(readAt("relu", 0).dy).toBe(0);
    expect(mdx).toContain("傾きは 1 でも 0.5 でもなく、0 と表示されます。");
    expect(readAt("leaky-relu", 0).dy).toBe(0.01);
    expect(mdx).toContain("(PyTorch と同じく、0 ちょうどでも $0.01$ です)");
    for (const x of [-2, 0.3, 1.7]) expect(readAt("tanh", x).y).toBeCloseTo(2 * readAt("sigmoid", 2 * x).y - 1, 14);
  });

  it("ReLU関数の 0 ちょうどでは、中心差分の傾きは 0.5(落とし穴)", () => {
    const h = 1e-4;
    expect((readAt("relu", h).y - readAt("relu", -h).y) / (2 * h)).toBeCloseTo(0.5, 12);
    expect(mdx).toContain("中心差分による数値微分は 0.5 になり、コアの 0 と食い違います。");
  });

  it("ステップ関数を学習できないという議論は本書の4.2.5項", () => {
    expect(mdx).toContain("本書は4.2.5項でこの議論をしています。");
  });
});

describe("活性化関数の章(日本語版):深さと勾配(シード 0)", () => {
  it("深さ 10:シグモイド関数 5.6e-7、tanh関数 0.31、ReLU関数 2.80", () => {
    const [s, th, r] = (["sigmoid", "tanh", "relu"] as const).map((a) => gradientByLayer(a, 10)[0]);
    expect(mdx).toContain(
      `深さ 10 では、入力に届く勾配はシグモイド関数で $${tex(s)}$、tanh関数で $${formatNumber(th)}$、ReLU関数で $${formatNumber(r)}$ です。`,
    );
    expect(mdx).toContain(`シグモイド関数を重ねたネットワークの入力に届く勾配は $${tex(s)}$ です。`);
    expect([tex(s), formatNumber(th), formatNumber(r)]).toEqual(["5.6 \\times 10^{-7}", "0.31", "2.80"]);
  });

  it("深さ 20:シグモイド関数 6.4e-14(1層あたり約 0.2 倍)、ReLU関数 3.50", () => {
    const s10 = gradientByLayer("sigmoid", 10)[0],
      s20 = gradientByLayer("sigmoid", 20)[0],
      r20 = gradientByLayer("relu", 20)[0];
    expect(mdx).toContain(`深さ 20 では、シグモイド関数の勾配は $${tex(s20)}$ になります。`);
    expect(mdx).toContain(`シグモイド関数では約 $${tex(s20)}$ です。`);
    expect(mdx).toContain(`(深さ 20 で $${formatNumber(r20)}$)`);
    expect(tex(s20)).toBe("6.4 \\times 10^{-14}");
    expect(formatNumber(r20)).toBe("3.50");
    const perLayer = (s20 / s10) ** (1 / 10);
    expect(mdx).toContain(
      "各層がおよそ $0.2$ 倍の因子を掛けるので、10層増えると、さらにおよそ $10^{-7}$ 倍になります。",
    );
    expect(perLayer).toBeGreaterThan(0.15);
    expect(perLayer).toBeLessThan(0.25);
    expect(Math.log10(s20 / s10)).toBeCloseTo(-7, 0);
  });
});

describe("活性化関数の章(日本語版):ソフトマックス関数", () => {
  it("本書の (0.3, 2.9, 4.0) → (0.0182, 0.245, 0.737)。500 を足しても変わらない", () => {
    const p = softmaxPanel(BOOK_LOGITS);
    expect(mdx).toContain("$a = (0.3, 2.9, 4.0)$ からは $y = (0.0182, 0.245, 0.737)$ が得られます。");
    expect(p.stable.map((v) => Number(v.toPrecision(3)))).toEqual([0.0182, 0.245, 0.737]);
    expect(mdx).toContain("パネルで $C = 500$ を足してみてください。棒グラフは動きません。");
    softmaxPanel(BOOK_LOGITS, 1, 500).stable.forEach((v, k) => expect(v).toBeCloseTo(p.stable[k], 12));
  });

  it("(1010, 1000, 990):素朴な計算は NaN、安定な計算は (0.99995, 4.5e-5, 2.1e-9)。float64 の最大値は約 1.8e308", () => {
    const p = softmaxPanel(LARGE_LOGITS);
    expect(mdx).toContain("安定な計算では $(0.99995, 4.5 \\times 10^{-5}, 2.1 \\times 10^{-9})$ が得られます。");
    expect(mdx).toContain("float64 の最大値(約 $1.8 \\times 10^{308}$)");
    expect(p.naive.every(Number.isNaN)).toBe(true);
    expect(p.stable[0].toFixed(5)).toBe("0.99995");
    expect([tex(p.stable[1]), tex(p.stable[2])]).toEqual(["4.5 \\times 10^{-5}", "2.1 \\times 10^{-9}"]);
    expect(Math.exp(1010)).toBe(Infinity);
    expect(Number.MAX_VALUE.toExponential(1)).toBe("1.8e+308");
  });

  it("本書のロジットに C = −1000 を足すと、すべての exp が 0 にアンダーフローする", () => {
    expect(mdx).toContain("反対に、本書のロジットに $C = -1000$ を足すと、逆の側で失敗します。");
    const p = softmaxPanel(BOOK_LOGITS, 1, -1000);
    expect(p.exps).toEqual([0, 0, 0]);
    expect(p.status).toBe("underflow");
  });

  it("T = 0.2 で最大が 0.99 超、T = 10 で最小が 0.25 超(練習問題 3)", () => {
    expect(mdx).toContain("$T = 0.2$ で最大の確率が $0.99$ を超え、$T = 10$ で最小の確率が $0.25$ を超えて");
    expect(Math.max(...softmaxPanel(BOOK_LOGITS, 0.2).stable)).toBeGreaterThan(0.99);
    expect(Math.min(...softmaxPanel(BOOK_LOGITS, 10).stable)).toBeGreaterThan(0.25);
  });
});

describe("活性化関数の章(日本語版):やってみよう", () => {
  it("最初のコードのままだと、相対誤差が最大になるのは x = 6", async () => {
    expect(mdx).toContain("最初のコードのままだと、相対誤差が最大になるのは $x = 6$ です。");
    const run = await nodeNotebook().run("act-your-sigmoid", cellYourSigmoid);
    expect(run.texts).toEqual([expect.stringMatching(/^largest relative error .*, at x = 6$/)]);
  });
});
