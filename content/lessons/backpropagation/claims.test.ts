/**
 * Every number the backpropagation chapter states, checked against the core, and its cells
 * run as the page runs them. Where the prose states a number, the test finds that literal
 * text in backpropagation.mdx AND recomputes it, so prose and core cannot drift.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Sigmoid, Tensor, matmul } from "kobai";
import { nodeNotebook } from "../../../src/notebook/testing";
import { BOOK_INPUTS, ShoppingGraph } from "../../../components/widgets/backpropagation/shopping-graph";
import { LayerStepper, type Bug } from "../../../components/widgets/backpropagation/layer-stepper";
import { EXPONENTS, bestLogH, errorVsH } from "./error-vs-h";
import cellShopping from "./cell-shopping.ts?raw";
import cellTwoLayer from "./cell-two-layer.ts?raw";
import cellYourAffine from "./cell-your-affine.ts?raw";
import cellTranspose from "./cell-transpose.ts?raw";
import cellSharedLayer from "./cell-shared-layer.ts?raw";
import cellReluKink from "./cell-relu-kink.ts?raw";

const mdx = readFileSync(new URL("../backpropagation.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");
const round = (v: number, digits = 10) => Number(v.toPrecision(digits));
const fruit = (inputs = BOOK_INPUTS) => {
  const g = new ShoppingGraph("fruit", inputs);
  g.forward();
  g.backwardAll();
  return g;
};
const checked = (settings: { seed?: number; batch: number; bug: Bug }) => {
  const s = new LayerStepper({ seed: 1, ...settings });
  s.runAll();
  return s.check();
};

describe("backpropagation chapter: the shopping graph (図5-16, 図5-17)", () => {
  it("forward: 200 + 450 = 650, and 715 yen with tax", () => {
    expect(mdx).toContain("the apples cost 200, the oranges 450, together 650, and with tax you pay **715** yen");
    const g = fruit();
    expect([g.values.appleTotal, g.values.orangeTotal, g.values.subtotal].map((v) => round(v!))).toEqual([
      200, 450, 650,
    ]);
    expect(round(g.values.total!)).toBe(715);
  });

  it("the first backward step (the tax node): 1 × 1.1 = 1.1 and 1 × 650 = 650", () => {
    expect(mdx).toContain("the amount before tax gets $1 \\times 1.1 = 1.1$ and the tax gets $1 \\times 650 = 650$");
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
    for (const row of [
      "| apple price | 100 | 2.2 |",
      "| number of apples | 2 | 110 |",
      "| orange price | 150 | 3.3 |",
      "| number of oranges | 3 | 165 |",
      "| tax | 1.1 | 650 |",
    ])
      expect(mdx).toContain(row);
    const g = fruit();
    expect(
      ["applePrice", "appleCount", "orangePrice", "orangeCount", "tax"].map((k) => round(g.grads[k as "tax"]!)),
    ).toEqual([2.2, 110, 3.3, 165, 650]);
  });

  it("図5-16 (apples only): 220 yen, gradients 2.2, 110 and 200", () => {
    expect(mdx).toContain("you pay 220 yen, and the gradients are 2.2, 110 and 200");
    const g = new ShoppingGraph("apples");
    g.backwardAll(); // runs forward first
    expect(round(g.values.total!)).toBe(220);
    expect([g.grads.applePrice, g.grads.appleCount, g.grads.tax].map((v) => round(v!))).toEqual([2.2, 110, 200]);
  });

  it("predict: with tax 2.2 the gradients become 4.4, 220, 6.6, 330 and ∂L/∂tax stays 650", () => {
    expect(mdx).toContain(
      "the apple price's becomes 4.4, the number of apples' 220, the orange price's 6.6 and the number of oranges' 330. $\\partial L/\\partial(\\text{tax})$ stays 650",
    );
    const g = fruit({ ...BOOK_INPUTS, tax: 2.2 });
    expect(
      ["applePrice", "appleCount", "orangePrice", "orangeCount", "tax"].map((k) => round(g.grads[k as "tax"]!)),
    ).toEqual([4.4, 220, 6.6, 330, 650]);
  });

  it("the shopping cell (the book's 5.4.2 code) prints the same numbers", async () => {
    const run = await nodeNotebook().run("bp-shopping", cellShopping);
    expect(run.result).toEqual({ ok: true });
    expect(run.texts).toEqual(["price 715", "dApple 2.2 dAppleNum 110", "dOrange 3.3 dOrangeNum 165", "dTax 650"]);
  });
});

describe("backpropagation chapter: the two-layer network (seed 1, N = 3)", () => {
  const s = new LayerStepper();
  s.runAll();
  const Y = s.records.loss.output!,
    dA2 = s.records.loss.inputGrad!;

  it("L ≈ 1.598; sample 1 has label 0 and Y = (0.373, 0.627), so ∂L/∂A₂ row 1 = (−0.209, 0.209)", () => {
    expect(mdx).toContain("With seed 1 the loss is $L \\approx 1.598$");
    expect(mdx).toContain("The first sample has label 0 and probabilities $(0.373, 0.627)$");
    expect(mdx).toContain("$((0.373 - 1)/3,\\ 0.627/3) = (-0.209,\\ 0.209)$");
    expect(s.loss!.toFixed(3)).toBe("1.598");
    expect(s.net.t).toEqual([0, 1, 0]);
    expect(Y.toArray()[0].map((v) => v.toFixed(3))).toEqual(["0.373", "0.627"]);
    expect(dA2.toArray()[0].map((v) => v.toFixed(3))).toEqual(["-0.209", "0.209"]);
  });

  it("exercise 4: sample 2 has label 1, Y = (0.553, 0.447), row 2 of ∂L/∂A₂ = (0.184, −0.184)", () => {
    expect(mdx).toContain("the second sample has label 1 and softmax probabilities $(0.553, 0.447)$");
    expect(mdx).toContain("$((0.553 - 0)/3,\\ (0.447 - 1)/3) = (0.184,\\ -0.184)$");
    expect(Y.toArray()[1].map((v) => v.toFixed(3))).toEqual(["0.553", "0.447"]);
    expect(dA2.toArray()[1].map((v) => v.toFixed(3))).toEqual(["0.184", "-0.184"]);
    for (const row of dA2.toArray()) expect(row[0] + row[1]).toBeCloseTo(0, 15);
  });

  it("ReLU switched off one hidden unit of sample 1 and two of sample 2; exactly those ∂L/∂A₁ entries are 0", () => {
    expect(mdx).toContain("ReLU switched off one hidden unit of the first sample and two of the second");
    const A1 = s.records.affine1.output!.toArray(),
      dA1 = s.records.relu.inputGrad!.toArray();
    expect(A1.map((row) => row.filter((v) => v <= 0).length)).toEqual([1, 2, 0]);
    A1.forEach((row, i) => row.forEach((v, j) => expect(dA1[i][j] === 0).toBe(v <= 0)));
  });

  it("every parameter agrees with the numerical gradient to a relative error below 1e-10", () => {
    expect(mdx).toContain("agrees with the numerical gradient to a relative error below $10^{-10}$");
    const rows = s.check();
    expect(rows.map((r) => r.name)).toEqual(["0.weight", "0.bias", "2.weight", "2.bias"]);
    for (const r of rows) expect(r.maxRelativeError).toBeLessThan(1e-10);
  });

  it("the stepper's shapes are the exercise's: A₁ 3 × 3, ∂L/∂W₁ 2 × 3, ∂L/∂b₁ 1 × 3, ∂L/∂X 3 × 2", () => {
    expect(s.records.affine1.output!.shape).toEqual([3, 3]);
    expect(s.records.affine1.weightGrad!.shape).toEqual([2, 3]);
    expect(s.records.affine1.biasGrad!.shape).toEqual([1, 3]);
    expect(s.records.affine1.inputGrad!.shape).toEqual([3, 2]);
  });

  it("study group: 2·3 + 3 + 3·2 + 2 = 17 parameters; the book's MNIST net has about 40,000 (80,000 passes)", () => {
    expect(mdx).toContain("$2 \\cdot 3 + 3 + 3 \\cdot 2 + 2 = 17$ parameters");
    expect(s.net.model.parameters().reduce((n, p) => n + p.value.data.length, 0)).toBe(17);
    expect(mdx).toContain("about 40,000 weights, so one gradient took 80,000 forward passes");
    const mnist = 784 * 50 + 50 + 50 * 10 + 10; // TwoLayerNet(784, 50, 10), 4.5
    expect(mnist).toBe(39760);
    expect(Math.round((2 * mnist) / 1e4) * 1e4).toBe(80000);
  });

  it("the two-layer cell prints the stepper's loss, gradients and a passing check", async () => {
    const run = await nodeNotebook().run("bp-two-layer", cellTwoLayer);
    expect(run.result).toEqual({ ok: true });
    expect(run.texts[0]).toBe(`L = ${Number(s.loss!.toPrecision(6))}`);
    const tables = run.items.flatMap((i) => (i.kind === "table" ? [i.table] : []));
    expect(tables.map((tb) => tb.label)).toEqual(["∂L/∂W₁", "∂L/∂b₁"]);
    const dW1 = s.records.affine1.weightGrad!.toArray();
    tables[0].rows.forEach((row, i) => row.forEach((cell, j) => expect(Number(cell)).toBeCloseTo(dW1[i][j], 5)));
    expect(run.texts.slice(1)).toHaveLength(4);
    for (const line of run.texts.slice(1)) expect(line).toMatch(/✓$/);
  });
});

describe("backpropagation chapter: the gradient check finds bugs (and a batch of one hides some)", () => {
  it("bias-first-row and loss-no-divide pass at N = 1 and fail at N = 3; relu-no-mask fails at both", () => {
    for (const bug of ["bias-first-row", "loss-no-divide"] as const)
      expect(checked({ batch: 1, bug }).every((r) => r.ok)).toBe(true);
    expect(checked({ batch: 1, bug: "relu-no-mask" }).some((r) => !r.ok)).toBe(true);
    expect(checked({ batch: 3, bug: "none" }).every((r) => r.ok)).toBe(true);
  });

  it("bias-first-row at N = 3: 0.bias fails with relative error 1.0, 2.bias with 0.39, the weights pass", () => {
    expect(mdx).toContain("`0.bias` fails with a relative error of 1.0, `2.bias` with 0.39");
    const rows = Object.fromEntries(checked({ batch: 3, bug: "bias-first-row" }).map((r) => [r.name, r]));
    expect(rows["0.bias"].maxRelativeError.toFixed(1)).toBe("1.0");
    expect(rows["2.bias"].maxRelativeError.toFixed(2)).toBe("0.39");
    expect(rows["0.weight"].ok && rows["2.weight"].ok).toBe(true);
  });

  it("loss-no-divide at N = 3: every parameter off by exactly 2/3 (gradients 3× too large)", () => {
    expect(mdx).toContain("at $N = 3$ every parameter is off by exactly 2/3");
    expect(mdx).toContain("All four, each with a relative error of exactly $2/3 \\approx 0.67$");
    const rows = checked({ batch: 3, bug: "loss-no-divide" });
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(r.maxRelativeError).toBeCloseTo(2 / 3, 8);
      expect(r.backprop / r.numerical).toBeCloseTo(3, 8);
    }
  });

  it("the transpose cell: matmul names both shapes; the square case fails only 0.weight (relative error 1.9)", async () => {
    expect(mdx).toContain("`0.weight` fails with a relative error of 1.9, while the layers after the bug pass");
    const run = await nodeNotebook().run("bp-transpose", cellTranspose);
    expect(run.result).toEqual({ ok: true });
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
    expect(mdx).toContain("The gradients of the layers before it (`0.weight`, `0.bias`) come out wrong");
    const run = await nodeNotebook().run("bp-shared", cellSharedLayer);
    expect(run.result).toEqual({ ok: true });
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
    expect(mdx).toContain("$a = 1 \\cdot 1 + 2 \\cdot (-0.5) = 0$: the check fails for `0.weight` and `0.bias`");
    expect(1 * 1 + 2 * -0.5).toBe(0);
    const run = await nodeNotebook().run("bp-relu-kink", cellReluKink);
    expect(run.result).toEqual({ ok: true });
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
    expect(mdx).toContain(
      "In float64 the error is smallest near the book's $h = 10^{-4}$ (about $4 \\times 10^{-12}$)",
    );
    expect(mdx).toContain(
      "$5 \\times 10^{-6}$ at $h = 0.1$ (truncation), $3 \\times 10^{-5}$ at $h = 10^{-12}$ (rounding)",
    );
    expect(bestLogH(curve, "float64")).toBe(-4);
    expect(at("float64", -4).toExponential(0)).toBe("4e-12");
    expect(at("float64", -1).toExponential(0)).toBe("5e-6");
    expect(at("float64", -12).toExponential(0)).toBe("3e-5");
    expect(EXPONENTS[0]).toBe(-1);
    expect(EXPONENTS[EXPONENTS.length - 1]).toBe(-12);
  });

  it("float32 losses: best h ≈ 0.03, error 1e-4 at h = 1e-4, and exactly 0 gradient below h ≈ 3e-9", () => {
    expect(mdx).toContain("the best $h$ moves up to about 0.03, at $h = 10^{-4}$ the error is already $10^{-4}$");
    expect(mdx).toContain("for $h$ below about $3 \\times 10^{-9}$ both losses round to the same number");
    expect(bestLogH(curve, "float32")).toBe(-1.5); // 10^−1.5 ≈ 0.032
    expect(at("float32", -4).toExponential(0)).toBe("1e-4");
    for (let i = 0; i < curve.logH.length; i++) {
      const gradientIsZero = Math.abs(curve.float32[i] - Math.abs(curve.backprop)) < 1e-15;
      expect(gradientIsZero).toBe(curve.logH[i] <= -8.5);
    }
    expect(2 ** -24 / 2 ** -53).toBeCloseTo(5.4e8, -7);
  });

  it("the chart's caption states the same numbers", () => {
    expect(mdx).toContain(
      "Float64 is best near h = 1e-4 (error 4e-12) and worsens both ways: 5e-6 at h = 0.1, 3e-5 at h = 1e-12. With each loss rounded to float32, the best h is about 0.03, h = 1e-4 already has an error of 1e-4, and below h ≈ 3e-9 the numerical gradient is exactly 0.",
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
    const run = await nodeNotebook().run("bp-your-affine", cellYourAffine);
    expect(run.result).toEqual({ ok: true });
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
