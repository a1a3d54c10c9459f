/**
 * Every number the backpropagation chapter states, checked against the core, and its cells
 * run as the page runs them. Where the prose states a number, the test finds that literal
 * text in backpropagation.mdx AND recomputes it, so prose and core cannot drift.
 */
import { describe, expect, it } from "vitest";
import { Sigmoid, Tensor, matmul } from "kobai";
import { nodeNotebook } from "../../../src/notebook/testing";
import { runLessonCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { BOOK_INPUTS, ShoppingGraph } from "../../../components/widgets/backpropagation/shopping-graph";
import { EXPONENTS, bestLogH, errorVsH } from "./error-vs-h";
import cellYourAffine from "./cell-your-affine.ts?raw";

const said = statedIn("backpropagation");
const round = (v: number, digits = 10) => Number(v.toPrecision(digits));
const fruit = (inputs = BOOK_INPUTS) => {
  const g = new ShoppingGraph("fruit", inputs);
  g.forward();
  g.backwardAll();
  return g;
};

describe("backpropagation chapter: the shopping graph (図5-16, 図5-17)", () => {
  it("forward: 200 + 450 = 650, and 715 yen with tax", () => {
    said(
      "the apples cost 200, the oranges 450, together 650, and with tax you pay **715** yen",
      "りんごは 200 円、みかんは 450 円で、合わせて 650 円になり、消費税を含めた支払金額は **715** 円です",
    );
    const g = fruit();
    expect([g.values.appleTotal, g.values.orangeTotal, g.values.subtotal].map((v) => round(v!))).toEqual([
      200, 450, 650,
    ]);
    expect(round(g.values.total!)).toBe(715);
  });

  it("the first backward step (the tax node): 1 × 1.1 = 1.1 and 1 × 650 = 650", () => {
    said(
      "the amount before tax gets $1 \\times 1.1 = 1.1$ and the tax gets $1 \\times 650 = 650$",
      "税抜きの金額には $1 \\times 1.1 = 1.1$ が、消費税には $1 \\times 650 = 650$ が伝わります",
    );
    const g = new ShoppingGraph("fruit");
    g.forward();
    const step = g.backwardOne()!;
    expect(step.op.id).toBe("mulTax");
    expect(step.upstream).toBe(1);
    expect(step.terms.map((term) => [term.input, round(term.gradient)])).toEqual([
      ["subtotal", 1.1],
      ["tax", 650],
    ]);
  });

  it("the table of 図5-17's gradients: 2.2, 110, 3.3, 165, 650", () => {
    for (const [en, ja] of [
      ["| apple price | 100 | 2.2 |", "| りんごの値段 | 100 | 2.2 |"],
      ["| number of apples | 2 | 110 |", "| りんごの個数 | 2 | 110 |"],
      ["| orange price | 150 | 3.3 |", "| みかんの値段 | 150 | 3.3 |"],
      ["| number of oranges | 3 | 165 |", "| みかんの個数 | 3 | 165 |"],
      ["| tax | 1.1 | 650 |", "| 消費税 | 1.1 | 650 |"],
    ])
      said(en, ja);
    const g = fruit();
    expect(
      ["applePrice", "appleCount", "orangePrice", "orangeCount", "tax"].map((k) => round(g.grads[k as "tax"]!)),
    ).toEqual([2.2, 110, 3.3, 165, 650]);
  });

  it("図5-16 (apples only): 220 yen, gradients 2.2, 110 and 200", () => {
    said("you pay 220 yen, and the gradients are 2.2, 110 and 200", "支払金額は 220 円で、勾配は 2.2、110、200 です");
    const g = new ShoppingGraph("apples");
    g.backwardAll(); // runs forward first
    expect(round(g.values.total!)).toBe(220);
    expect([g.grads.applePrice, g.grads.appleCount, g.grads.tax].map((v) => round(v!))).toEqual([2.2, 110, 200]);
  });

  it("predict: with tax 2.2 the gradients become 4.4, 220, 6.6, 330 and ∂L/∂tax stays 650", () => {
    said(
      "the apple price's becomes 4.4, the number of apples' 220, the orange price's 6.6 and the number of oranges' 330. $\\partial L/\\partial(\\text{tax})$ stays 650",
      "りんごの値段の勾配は 4.4、りんごの個数は 220、みかんの値段は 6.6、みかんの個数は 330 になります。 $\\partial L/\\partial(\\text{消費税})$ は 650 のままです",
    );
    const g = fruit({ ...BOOK_INPUTS, tax: 2.2 });
    expect(
      ["applePrice", "appleCount", "orangePrice", "orangeCount", "tax"].map((k) => round(g.grads[k as "tax"]!)),
    ).toEqual([4.4, 220, 6.6, 330, 650]);
  });

  it("the shopping cell (the book's 5.4.2 code) prints the same numbers", async () => {
    const [run] = await runLessonCells("backpropagation", "cell-shopping.ts");
    expect(run.texts).toEqual(["price 715", "dApple 2.2 dAppleNum 110", "dOrange 3.3 dOrangeNum 165", "dTax 650"]);
  });
});

describe("backpropagation chapter: the gradient check finds bugs", () => {
  it("the opening: TwoLayerNet(784, 50, 10) has about 40,000 weights, so one gradient took 80,000 forward passes", () => {
    said(
      "about 40,000 weights, so one gradient took 80,000 forward passes",
      "約 40,000 個の重みがあるので、勾配を1回求めるのに 80,000 回の順伝播が必要でした",
    );
    const mnist = 784 * 50 + 50 + 50 * 10 + 10; // TwoLayerNet(784, 50, 10), 4.5
    expect(mnist).toBe(39760);
    expect(Math.round((2 * mnist) / 1e4) * 1e4).toBe(80000);
  });

  it("the transpose cell: matmul names both shapes; the square case fails only 0.weight (relative error 1.9)", async () => {
    said(
      "`0.weight` fails with a relative error of 1.9, while the layers after the bug pass",
      "`0.weight` は相対誤差 1.9 で失敗し、バグより後ろのレイヤは合格します",
    );
    const [run] = await runLessonCells("backpropagation", "cell-transpose.ts");
    expect(run.texts[0]).toMatch(/\[4, 3\].*\[4, 2\]/);
    expect(run.texts.slice(1)).toEqual([
      expect.stringMatching(/^0\.weight: max relative error 1\.9e\+0 ✗$/),
      expect.stringMatching(/^0\.bias: .* ✓$/),
      expect.stringMatching(/^2\.weight: .* ✓$/),
      expect.stringMatching(/^2\.bias: .* ✓$/),
    ]);
    // The correct product for comparison: Xᵀ·dY has W's shape, X·dY does not exist for N ≠ in.
    expect(() => matmul(Tensor.zeros(4, 3), Tensor.zeros(4, 2))).toThrow();
  });

  it("the shared-ReLU cell: 0.weight and 0.bias fail with one ReLU instance, all pass with two", async () => {
    said(
      "The gradients of the layers before it (`0.weight`, `0.bias`) come out wrong",
      "1か所目の ReLU より前のレイヤの勾配(`0.weight`、`0.bias`)が間違います",
    );
    const [run] = await runLessonCells("backpropagation", "cell-shared-layer.ts");
    const [sharedLines, fixedLines] = [run.texts.slice(1, 7), run.texts.slice(8, 14)];
    expect(sharedLines.map((l) => l.trim().split(":")[0] + (l.endsWith("✓") ? " ok" : " bad"))).toEqual([
      "0.weight bad",
      "0.bias bad",
      "2.weight ok",
      "2.bias ok",
      "4.weight ok",
      "4.bias ok",
    ]);
    expect(fixedLines.every((l) => l.endsWith("✓"))).toBe(true);
  });

  it("the ReLU-kink cell: a = 1·1 + 2·(−0.5) = 0 fails 0.weight and 0.bias; b₁ moved by 0.01 passes", async () => {
    said(
      "$a = 1 \\cdot 1 + 2 \\cdot (-0.5) = 0$: the check fails for `0.weight` and `0.bias`",
      "ちょうど $a = 1 \\cdot 1 + 2 \\cdot (-0.5) = 0$ にします。 逆伝播は正しいのに、`0.weight` と `0.bias` で勾配確認が失敗します",
    );
    expect(1 * 1 + 2 * -0.5).toBe(0);
    const [run] = await runLessonCells("backpropagation", "cell-relu-kink.ts");
    const verdicts = run.texts
      .filter((l) => l.startsWith("  "))
      .map((l) => l.trim().split(":")[0] + (l.endsWith("✓") ? " ok" : " bad"));
    expect(verdicts).toEqual([
      "0.weight bad",
      "0.bias bad",
      "2.weight ok",
      "2.bias ok",
      "0.weight ok",
      "0.bias ok",
      "2.weight ok",
      "2.bias ok",
    ]);
  });
});

describe("backpropagation chapter: the error of the central difference against h", () => {
  const curve = errorVsH();
  const at = (series: "float64" | "float32", logH: number) => curve[series][curve.logH.indexOf(logH)];

  it("float64: best near h = 1e-4 (error 4e-12), 5e-6 at h = 0.1, 3e-5 at h = 1e-12", () => {
    said(
      "In float64 the error is smallest near the book's $h = 10^{-4}$ (about $4 \\times 10^{-12}$)",
      "float64 では、本書の $h = 10^{-4}$ の付近で誤差が最小(約 $4 \\times 10^{-12}$)になります",
    );
    said(
      "$5 \\times 10^{-6}$ at $h = 0.1$ (truncation), $3 \\times 10^{-5}$ at $h = 10^{-12}$ (rounding)",
      "$h = 0.1$ では $5 \\times 10^{-6}$(打ち切り誤差)、$h = 10^{-12}$ では $3 \\times 10^{-5}$(丸め誤差)です",
    );
    expect(bestLogH(curve, "float64")).toBe(-4);
    expect(at("float64", -4).toExponential(0)).toBe("4e-12");
    expect(at("float64", -1).toExponential(0)).toBe("5e-6");
    expect(at("float64", -12).toExponential(0)).toBe("3e-5");
    expect(EXPONENTS[0]).toBe(-1);
    expect(EXPONENTS[EXPONENTS.length - 1]).toBe(-12);
  });

  it("float32 losses: best h ≈ 0.03, error 1e-4 at h = 1e-4, and exactly 0 gradient below h ≈ 3e-9", () => {
    said(
      "the best $h$ moves up to about 0.03, at $h = 10^{-4}$ the error is already $10^{-4}$",
      "最適な $h$ は約 0.03 まで大きくなり、$h = 10^{-4}$ ではすでに誤差が $10^{-4}$ になります",
    );
    said(
      "for $h$ below about $3 \\times 10^{-9}$ both losses round to the same number",
      "$h$ が約 $3 \\times 10^{-9}$ より小さいと、2つの損失が同じ数に丸められ",
    );
    said(
      "the rounding error is about $5 \\times 10^{8}$ times larger ($2^{-24}$ against $2^{-53}$)",
      "丸め誤差は約 $5 \\times 10^{8}$ 倍になります($2^{-53}$ に対して $2^{-24}$)",
    );
    expect(bestLogH(curve, "float32")).toBe(-1.5); // 10^−1.5 ≈ 0.032
    expect(at("float32", -4).toExponential(0)).toBe("1e-4");
    for (let i = 0; i < curve.logH.length; i++) {
      const gradientIsZero = Math.abs(curve.float32[i] - Math.abs(curve.backprop)) < 1e-15;
      expect(gradientIsZero).toBe(curve.logH[i] <= -8.5);
    }
    expect(2 ** -24 / 2 ** -53).toBeCloseTo(5.4e8, -7);
  });

  it("the chart's caption states the same numbers", () => {
    said(
      "Float64 is best near h = 1e-4 (error 4e-12) and worsens both ways: 5e-6 at h = 0.1, 3e-5 at h = 1e-12. With each loss rounded to float32, the best h is about 0.03, h = 1e-4 already has an error of 1e-4, and below h ≈ 3e-9 the numerical gradient is exactly 0.",
      "float64 では h = 1e-4 付近で誤差が最小(4e-12)になり、h がそれより大きいときも小さいときも悪化します。h = 0.1 では 5e-6、h = 1e-12 では 3e-5 です。損失を1つずつ float32 に丸めると、最適な h は約 0.03 になり、h = 1e-4 ではすでに誤差が 1e-4 あります。h ≈ 3e-9 より小さいと、数値微分の勾配はちょうど 0 になります。",
    );
  });
});

describe("backpropagation chapter: the exercises' algebra", () => {
  it("exercise 2: y²·e^(−x) = y(1 − y), which is Sigmoid's backward", () => {
    const xs = [-3, -0.5, 0, 1.2, 4];
    const sig = new Sigmoid();
    const y = sig.forward(Tensor.from(xs));
    const dx = sig.backward(Tensor.ones(1, xs.length));
    xs.forEach((x, i) => {
      const yi = y.data[i];
      expect(yi * yi * Math.exp(-x)).toBeCloseTo(yi * (1 - yi), 14);
      expect(dx.data[i]).toBeCloseTo(yi * (1 - yi), 14);
    });
  });
});

describe("backpropagation chapter: the your-turn cell (Affine's backward)", () => {
  const solution = cellYourAffine.replace(
    "    return Tensor.zeros(x.rows, x.cols); // ← replace",
    [
      "    this.weight.grad = matmul(transpose(x), dout);",
      "    this.bias.grad = sum(dout, 0);",
      "    return matmul(dout, transpose(this.weight.value));",
    ].join("\n"),
  );

  it("fails as given, naming every parameter and ∂L/∂X", async () => {
    const [run] = await runLessonCells("backpropagation", "cell-your-affine.ts");
    expect(run.verdicts.map((v) => [v.label, v.ok])).toEqual([
      ["∂L/∂(0.weight)", false],
      ["∂L/∂(0.bias)", false],
      ["∂L/∂(2.weight)", false],
      ["∂L/∂(2.bias)", false],
      ["∂L/∂X (what backward returns)", false],
    ]);
    expect(run.verdicts[0].detail).toMatch(/^At \[0, 0\]: expected .*, got 0/);
    expect(run.texts.filter((l) => l.endsWith("✗"))).toHaveLength(4);
  });

  it("passes with the reference solution", async () => {
    expect(solution).not.toBe(cellYourAffine);
    const run = await nodeNotebook().run("bp-your-affine", solution);
    expect(run.result).toEqual({ ok: true });
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true, true, true, true]);
    expect(run.texts.every((l) => l.endsWith("✓"))).toBe(true);
  });

  it("a wrong ∂L/∂X (twice too large) is caught in the layer before it, not in its own parameters", async () => {
    const dx = "matmul(dout, transpose(this.weight.value))";
    const doubled = solution.replace(`return ${dx};`, `return add(${dx}, ${dx});`);
    expect(doubled).not.toBe(solution);
    const run = await nodeNotebook().run("bp-your-affine", doubled);
    expect(run.result).toEqual({ ok: true });
    expect(run.verdicts.map((v) => v.ok)).toEqual([false, false, true, true, false]);
  });
});
