/**
 * Every number the activation-functions chapter states, checked against the core (the
 * literal text is found in activation-functions.mdx and its Japanese twin, and recomputed),
 * and its cells run as the page runs them.
 */
import { describe, expect, it } from "vitest";
import { nodeNotebook } from "../../../src/notebook/testing";
import { readLesson, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { formatNumber } from "../../../src/plot/text";
import { gradientByLayer, readAt, softmaxPanel } from "../../../components/widgets/activation-functions/model";
import { BOOK_LOGITS, LARGE_LOGITS } from "../../../components/widgets/activation-functions/softmax-view";
import cellActivations from "./cell-activations.ts?raw";
import cellSoftmax from "./cell-softmax.ts?raw";
import cellYourSigmoid from "./cell-your-sigmoid.ts?raw";

const said = statedIn("activation-functions");
/** "5.6 \times 10^{-7}" for 5.6e-7, as the prose writes it. */
const tex = (v: number) => {
  const [m, e] = v.toExponential(1).split("e");
  return `${m} \\times 10^{${Number(e)}}`;
};

describe("activation chapter: slopes from the core", () => {
  it("σ′(0) = 0.25 exactly; at x = 10 the value is 0.99995 and the slope 4.5 × 10⁻⁵", () => {
    expect(readAt("sigmoid", 0).dy).toBe(0.25);
    said("largest at $x = 0$, where it is exactly $0.25$", "$x = 0$ で最大になり、ちょうど $0.25$ です。");
    const at10 = readAt("sigmoid", 10);
    said(`at $x = 10$ the slope is $${tex(at10.dy!)}$`, `$x = 10$ では $${tex(at10.dy!)}$ しかありません。`);
    expect(tex(at10.dy!)).toBe("4.5 \\times 10^{-5}");
    said(
      "set $x = 10$: the value is $0.99995$",
      `$x = 10$ にしてみてください。値は $${at10.y.toFixed(5)}$、傾きは $${tex(at10.dy!)}$ です。`,
    );
    expect(at10.y.toFixed(5)).toBe("0.99995");
  });

  it("tanh′(0) = 1 = 4σ′(0); ReLU′(0) = 0; leaky ReLU′(0) = 0.01; tanh(x) = 2σ(2x) − 1", () => {
    expect(readAt("tanh", 0).dy).toBe(1);
    expect(4 * readAt("sigmoid", 0).dy!).toBe(readAt("tanh", 0).dy);
    said(
      "which is $1$ at $x = 0$: four times the sigmoid's best",
      "$x = 0$ では $1$ になり、シグモイド関数の最大値の4倍です。",
    );
    expect(readAt("relu", 0).dy).toBe(0);
    said("the slope reads 0, not 1 and not 0.5", "傾きは 1 でも 0.5 でもなく、0 と表示されます。");
    expect(readAt("leaky-relu", 0).dy).toBe(0.01);
    said(
      "keeps a small slope $0.01$ on the negative side (including at 0, as in PyTorch)",
      "(PyTorch と同じく、0 ちょうどでも $0.01$ です)",
    );
    for (const x of [-2, 0.3, 1.7]) expect(readAt("tanh", x).y).toBeCloseTo(2 * readAt("sigmoid", 2 * x).y - 1, 14);
  });

  it("central differences give 0.5 for ReLU's slope at exactly 0 (the pitfall)", () => {
    const h = 1e-4;
    expect((readAt("relu", h).y - readAt("relu", -h).y) / (2 * h)).toBeCloseTo(0.5, 12);
    said(
      "will disagree with the numerical slope of 0.5 that central differences give there",
      "中心差分による数値微分は 0.5 になり、コアの 0 と食い違います。",
    );
  });

  it("the values cell shows each function and slope, and Step.backward's explanation", async () => {
    const run = await nodeNotebook().run("act-values", cellActivations);
    expect(run.result).toEqual({ ok: true });
    const tables = Object.fromEntries(
      run.items.flatMap((i) => (i.kind === "table" ? [[i.table.label, i.table.rows[0]]] : [])),
    );
    expect(tables["sigmoid′(x)"]).toEqual(["0.104994", "0.235004", "0.25", "0.235004", "0.104994", "4.53958e-5"]);
    expect(tables["ReLU′(x)"]).toEqual(["0", "0", "0", "1", "1", "1"]);
    expect(tables["leaky ReLU′(x)"]).toEqual(["0.01", "0.01", "0.01", "1", "1", "1"]);
    expect(tables["tanh′(x)"][2]).toBe("1");
    expect(run.texts).toEqual([
      expect.stringMatching(
        /^Step\.backward: a step function's derivative is 0 everywhere except at x = 0, where it is undefined/,
      ),
    ]);
  });
  it("credits the argument that a step cannot be trained to 4.2.5, not 3.2.4", () => {
    said("The book makes this argument in 4.2.5", "本書は4.2.5項でこの議論をしています。");
    expect(readLesson("activation-functions").replace(/\s+/g, " ")).not.toContain("3.2.4 replaces the step");
  });
});

describe("activation chapter: the gradient through depth (seed 0)", () => {
  it("depth 10: 5.6e-7 through sigmoids, 0.31 through tanh, 2.80 through ReLUs", () => {
    const [s, th, r] = (["sigmoid", "tanh", "relu"] as const).map((a) => gradientByLayer(a, 10)[0]);
    said(
      `At depth 10, the gradient reaching the input is $${tex(s)}$ through sigmoids, $${formatNumber(th)}$ through tanh and $${formatNumber(r)}$ through ReLUs.`,
      `深さ 10 では、入力に届く勾配はシグモイド関数で $${tex(s)}$、tanh関数で $${formatNumber(th)}$、ReLU関数で $${formatNumber(r)}$ です。`,
    );
    said(
      `At depth 10 the gradient reaching the input of the sigmoid stack is $${tex(s)}$`,
      `シグモイド関数を重ねたネットワークの入力に届く勾配は $${tex(s)}$ です。`,
    );
    expect([tex(s), formatNumber(th), formatNumber(r)]).toEqual(["5.6 \\times 10^{-7}", "0.31", "2.80"]);
  });

  it("depth 20: 6.4e-14 through sigmoids (about 0.2 per layer), 3.50 through ReLUs", () => {
    const s10 = gradientByLayer("sigmoid", 10)[0],
      s20 = gradientByLayer("sigmoid", 20)[0],
      r20 = gradientByLayer("relu", 20)[0];
    said(
      `At depth 20 the sigmoid's is $${tex(s20)}$`,
      `深さ 20 では、シグモイド関数の勾配は $${tex(s20)}$ になります。`,
    );
    said(`About $${tex(s20)}$ for the sigmoid`, `シグモイド関数では約 $${tex(s20)}$ です。`);
    said(`($${formatNumber(r20)}$ at depth 20)`, `(深さ 20 で $${formatNumber(r20)}$)`);
    expect(tex(s20)).toBe("6.4 \\times 10^{-14}");
    expect(formatNumber(r20)).toBe("3.50");
    const perLayer = (s20 / s10) ** (1 / 10);
    said(
      "ten more layers multiply it by roughly another $10^{-7}$, since each layer contributes a factor of about $0.2$",
      "各層がおよそ $0.2$ 倍の因子を掛けるので、10層増えると、さらにおよそ $10^{-7}$ 倍になります。",
    );
    expect(perLayer).toBeGreaterThan(0.15);
    expect(perLayer).toBeLessThan(0.25);
    expect(Math.log10(s20 / s10)).toBeCloseTo(-7, 0);
  });
});

describe("activation chapter: softmax", () => {
  it("the book's (0.3, 2.9, 4.0) → (0.0182, 0.245, 0.737); adding 500 changes nothing", () => {
    const p = softmaxPanel(BOOK_LOGITS);
    said(
      "$a = (0.3, 2.9, 4.0)$ give $y = (0.0182, 0.245, 0.737)$",
      "$a = (0.3, 2.9, 4.0)$ からは $y = (0.0182, 0.245, 0.737)$ が得られます。",
    );
    expect(p.stable.map((v) => Number(v.toPrecision(3)))).toEqual([0.0182, 0.245, 0.737]);
    said(
      "Add $C = 500$ in the panel: the bars do not move.",
      "パネルで $C = 500$ を足してみてください。棒グラフは動きません。",
    );
    softmaxPanel(BOOK_LOGITS, 1, 500).stable.forEach((v, k) => expect(v).toBeCloseTo(p.stable[k], 12));
  });

  it("(1010, 1000, 990): naive NaN, stable (0.99995, 4.5e-5, 2.1e-9); exp(1010) > float64 max ≈ 1.8e308", () => {
    const p = softmaxPanel(LARGE_LOGITS);
    said(
      "the stable one gives $(0.99995, 4.5 \\times 10^{-5}, 2.1 \\times 10^{-9})$",
      "安定な計算では $(0.99995, 4.5 \\times 10^{-5}, 2.1 \\times 10^{-9})$ が得られます。",
    );
    said("the largest float64 (about $1.8 \\times 10^{308}$)", "float64 の最大値(約 $1.8 \\times 10^{308}$)");
    expect(p.naive.every(Number.isNaN)).toBe(true);
    expect(p.stable[0].toFixed(5)).toBe("0.99995");
    expect([tex(p.stable[1]), tex(p.stable[2])]).toEqual(["4.5 \\times 10^{-5}", "2.1 \\times 10^{-9}"]);
    expect(Math.exp(1010)).toBe(Infinity);
    expect(Number.MAX_VALUE.toExponential(1)).toBe("1.8e+308");
  });

  it("C = −1000 on the book's logits underflows every exp to 0", () => {
    said(
      "Adding $C = -1000$ to the book's logits fails the other way",
      "反対に、本書のロジットに $C = -1000$ を足すと、逆の側で失敗します。",
    );
    const p = softmaxPanel(BOOK_LOGITS, 1, -1000);
    expect(p.exps).toEqual([0, 0, 0]);
    expect(p.status).toBe("underflow");
  });

  it("T = 0.2: largest above 0.99; T = 10: smallest above 0.25 (Exercise 3)", () => {
    said(
      "at $T = 0.2$ the largest probability is above $0.99$; at $T = 10$ the smallest is above $0.25$",
      "$T = 0.2$ で最大の確率が $0.99$ を超え、$T = 10$ で最小の確率が $0.25$ を超えて",
    );
    expect(Math.max(...softmaxPanel(BOOK_LOGITS, 0.2).stable)).toBeGreaterThan(0.99);
    expect(Math.min(...softmaxPanel(BOOK_LOGITS, 10).stable)).toBeGreaterThan(0.25);
  });

  it("the softmax cell prints naive = stable for the book's logits and NaN vs stable for the large ones", async () => {
    const run = await nodeNotebook().run("act-softmax", cellSoftmax);
    expect(run.texts).toEqual([
      "a = (0.3, 2.9, 4)",
      "  naive:  [0.0182113, 0.245192, 0.736597]",
      "  stable: [0.0182113, 0.245192, 0.736597]",
      "a = (1010, 1000, 990)",
      "  naive:  [NaN, NaN, NaN]",
      "  stable: [0.999955, 4.53979e-5, 2.06106e-9]",
    ]);
  });
});

describe("activation chapter: the your-turn cell", () => {
  it("as given, it fails and names x = 6 as the worst point", async () => {
    said(
      "As given, the largest relative error is at $x = 6$",
      "最初のコードのままだと、相対誤差が最大になるのは $x = 6$ です。",
    );
    const run = await nodeNotebook().run("act-your-sigmoid", cellYourSigmoid);
    expect(run.texts).toEqual([expect.stringMatching(/^largest relative error .*, at x = 6$/)]);
    expect(run.verdicts.map((v) => v.ok)).toEqual([false]);
  });

  it("passes with the reference solution dout · y(1 − y), and a tanh-style mistake still fails", async () => {
    const wrongLine = "return mul(dout, y); // ← replace: a factor is missing";
    const solved = cellYourSigmoid.replace(wrongLine, "return mul(dout, map(y, (v) => v * (1 - v)));");
    expect(solved).not.toBe(cellYourSigmoid);
    const ok = await nodeNotebook().run("act-your-sigmoid", solved);
    expect(ok.verdicts.map((v) => v.ok)).toEqual([true]);
    expect(Number(ok.texts[0].match(/error ([\d.e+-]+)/)![1])).toBeLessThan(1e-7);
    const tanhStyle = await nodeNotebook().run(
      "act-your-sigmoid",
      cellYourSigmoid.replace(wrongLine, "return mul(dout, map(y, (v) => 1 - v * v));"),
    );
    expect(tanhStyle.verdicts.map((v) => v.ok)).toEqual([false]);
  });
});
