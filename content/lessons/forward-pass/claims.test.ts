/**
 * Every number the forward-pass chapter states, recomputed with the core and found in
 * forward-pass.mdx and its Japanese twin, and its cells run as the page runs them.
 */
import { describe, expect, it } from "vitest";
import { Tensor, softmax } from "kobai";
import { nodeNotebook } from "../../../src/notebook/testing";
import { statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { BOOK_INPUT, bookNetwork, forwardRows } from "../../../components/widgets/forward-pass/network";
import { BOOK_MNIST_SHAPES, shapeChain } from "../../../components/widgets/forward-pass/shapes";
import cellThreeLayer from "./cell-three-layer.ts?raw";
import cellMnist from "./cell-mnist.ts?raw";
import cellYourForward from "./cell-your-forward.ts?raw";

const said = statedIn("forward-pass");
const fixed = (values: number[], digits: number) => values.map((v) => v.toFixed(digits));

describe("forward-pass chapter: shapes", () => {
  it("the book's MNIST network: 784 → 50 → 100 → 10, a batch of N gives N × 10", () => {
    said(
      "its weights are $784 \\times 50$, $50 \\times 100$ and $100 \\times 10$",
      "重みは $784 \\times 50$、$50 \\times 100$、$100 \\times 10$ です",
    );
    const steps = shapeChain(100, 784, BOOK_MNIST_SHAPES.layers);
    expect(steps.map((s) => s.result)).toEqual([
      [100, 50],
      [100, 100],
      [100, 10],
    ]);
    expect(shapeChain(7, 784, BOOK_MNIST_SHAPES.layers).map((s) => s.result)).toEqual([
      [7, 50],
      [7, 100],
      [7, 10],
    ]);
    said(
      "$X$: $7 \\times 784$; $A^{(1)}, Z^{(1)}$: $7 \\times 50$; $A^{(2)}, Z^{(2)}$: $7 \\times 100$; $A^{(3)}, Y$: $7 \\times 10$",
      "$X$:$7 \\times 784$、$A^{(1)}, Z^{(1)}$:$7 \\times 50$、$A^{(2)}, Z^{(2)}$:$7 \\times 100$、$A^{(3)}, Y$:$7 \\times 10$ です",
    );
    expect(shapeChain(1, 784, BOOK_MNIST_SHAPES.layers).at(-1)?.result).toEqual([1, 10]);
    said("The output is $1 \\times 10$", "出力は $1 \\times 10$ で");
  });

  it("W⁽¹⁾ transposed fails with the core's message naming [100, 784] and [50, 784]", () => {
    const [first] = shapeChain(100, 784, [
      [50, 784],
      [50, 100],
      [100, 10],
    ]);
    expect(first.result).toBeUndefined();
    expect(first.error).toContain("[100, 784]");
    expect(first.error).toContain("[50, 784]");
    said("the message names `[100, 784]` and `[50, 784]`", "メッセージは `[100, 784]` と `[50, 784]` を示し");
  });

  it("Exercise 1: 39,250 + 5,100 + 1,010 = 45,360 parameters, 87% in the first layer", () => {
    const counts = BOOK_MNIST_SHAPES.layers.map(([m, n]) => m * n + n);
    expect(counts).toEqual([39250, 5100, 1010]);
    const total = counts.reduce((a, b) => a + b);
    expect(total).toBe(45360);
    expect(Math.round((100 * counts[0]) / total)).toBe(87);
    said(
      "$784 \\cdot 50 + 50 = 39{,}250$, $50 \\cdot 100 + 100 = 5{,}100$ and $100 \\cdot 10 + 10 = 1{,}010$: 45,360 in all. The first layer holds 87% of them",
      "$784 \\cdot 50 + 50 = 39{,}250$、$50 \\cdot 100 + 100 = 5{,}100$、$100 \\cdot 10 + 10 = 1{,}010$ です。 合わせて 45,360 個になります。 そのうち 87% を1層目が持っています。",
    );
  });
});

describe("forward-pass chapter: the book's three-layer network", () => {
  const rows = forwardRows();
  const value = (name: string) => rows.find((r) => r.name === name)!.values;

  it("A⁽¹⁾ = (0.3, 0.7, 1.1), Z⁽¹⁾ ≈ (0.574, 0.668, 0.750), Y ≈ (0.3168, 0.6963) = the book's [0.31682708 0.69627909]", () => {
    expect(fixed(value("A⁽¹⁾"), 1)).toEqual(["0.3", "0.7", "1.1"]);
    expect(fixed(value("Z⁽¹⁾"), 3)).toEqual(["0.574", "0.668", "0.750"]);
    expect(fixed(value("Y = A⁽³⁾"), 4)).toEqual(["0.3168", "0.6963"]);
    expect(fixed(value("Y = A⁽³⁾"), 8)).toEqual(["0.31682708", "0.69627909"]);
    said(
      "$A^{(1)} = (0.3, 0.7, 1.1)$, the sigmoid squeezes them to $(0.574, 0.668, 0.750)$, and the network's answer is $Y = (0.3168, 0.6963)$, the book's `[0.31682708 0.69627909]`",
      "1層目の和は $A^{(1)} = (0.3, 0.7, 1.1)$ です。シグモイド関数がこれを $(0.574, 0.668, 0.750)$ に押し縮め、ネットワークの答えは $Y = (0.3168, 0.6963)$ になります。本書の `[0.31682708 0.69627909]` と同じです。",
    );
    expect(rows.map((r) => r.shape)).toEqual([
      [1, 2],
      [1, 3],
      [1, 3],
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
  });

  it("the cell prints the book's y and runs a batch of two rows whose first row is the single answer", async () => {
    const run = await nodeNotebook().run("forward-three-layer", cellThreeLayer);
    expect(run.result).toEqual({ ok: true });
    expect(run.texts).toEqual(["y = 0.31682708, 0.69627909"]);
    const table = run.items.find((i) => i.kind === "table");
    expect(table && table.kind === "table" && table.table.rows.length).toBe(2);
    const batch = bookNetwork().forward(Tensor.from([[...BOOK_INPUT], [0, 0]]), { training: false });
    expect([batch.get(0, 0), batch.get(0, 1)]).toEqual(value("Y = A⁽³⁾"));
  });

  it("your turn: as given the output sigmoid gives (0.579, 0.667) and fails; the identity passes", async () => {
    const given = await nodeNotebook().run("forward-your-turn", cellYourForward);
    expect(given.verdicts.map((v) => v.ok)).toEqual([false, true]);
    const y = value("Y = A⁽³⁾").map((a) => 1 / (1 + Math.exp(-a)));
    expect(fixed(y, 3)).toEqual(["0.579", "0.667"]);
    said(
      "$y$ comes out as $(0.579, 0.667)$ instead of the book's $(0.3168, 0.6963)$",
      "$y$ は本書の $(0.3168, 0.6963)$ ではなく $(0.579, 0.667)$ になります",
    );
    const solved = cellYourForward.replace(
      "return sigmoid(add(matmul(z2, W3), b3)); // ← fix: the book's output layer is the identity",
      "return add(matmul(z2, W3), b3);",
    );
    expect(solved).not.toBe(cellYourForward);
    const run = await nodeNotebook().run("forward-your-turn", solved);
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true]);
  });
});

describe("forward-pass chapter: output layers", () => {
  it("softmax(0.3, 2.9, 4.0) ≈ (0.0182, 0.2452, 0.7366), summing to 1", () => {
    const y = [...softmax(Tensor.from([0.3, 2.9, 4.0])).data];
    expect(fixed(y, 4)).toEqual(["0.0182", "0.2452", "0.7366"]);
    expect(y.reduce((a, b) => a + b)).toBeCloseTo(1, 15);
    said(
      "$a = (0.3, 2.9, 4.0)$ gives $y = (0.0182, 0.2452, 0.7366)$",
      "$a = (0.3, 2.9, 4.0)$ からは $y = (0.0182, 0.2452, 0.7366)$ が得られ",
    );
  });

  it("a = (1010, 1000, 990): naive NaN, the core's softmax ≈ (0.99995, 0.0000454, 0.0000000021)", () => {
    const a = [1010, 1000, 990];
    const naive = a.map((v) => Math.exp(v) / a.reduce((s, u) => s + Math.exp(u), 0));
    expect(naive.every(Number.isNaN)).toBe(true);
    const y = [...softmax(Tensor.from(a)).data];
    expect(y[0].toFixed(5)).toBe("0.99995");
    expect(y[1].toPrecision(3)).toBe("0.0000454");
    expect(y[2].toPrecision(2)).toBe("2.1e-9");
    said("gives $(0.99995, 0.0000454, 0.0000000021)$", "$(0.99995, 0.0000454, 0.0000000021)$ が得られます");
  });

  it("argmax is the same with and without the softmax", () => {
    const a = Tensor.from([
      [0.3, 2.9, 4.0],
      [5, -1, 2],
      [1010, 1000, 990],
    ]);
    const y = softmax(a);
    for (let i = 0; i < a.rows; i++) {
      const row = (t: Tensor) => [t.get(i, 0), t.get(i, 1), t.get(i, 2)];
      expect(row(y).indexOf(Math.max(...row(y)))).toBe(row(a).indexOf(Math.max(...row(a))));
    }
  });
});

describe("forward-pass chapter: MNIST inference", () => {
  it("three epochs on 8,000 digits; 2,000 test digits at 0.92 both ways, the same predictions", async () => {
    const run = await nodeNotebook().run("forward-mnist", cellMnist);
    expect(run.result).toEqual({ ok: true });
    expect(run.texts[0]).toBe("accuracy on 2000 test digits: 0.9200 one at a time, 0.9200 in batches");
    expect(run.texts[1]).toBe("same predictions both ways: true");
    expect(run.texts[2]).toMatch(
      /^time on this machine: \d+ ms one at a time, \d+ ms in batches of 100 \([\d.]+× faster\)$/,
    );
    said(
      'The predictions are identical, and so is the <Term id="accuracy" />: 0.92',
      '予測はまったく同じで、<Term id="accuracy" />も同じ 0.92 です',
    );
    said("three epochs on the 8,000 training digits", "訓練用の数字 8,000 枚で kobai 自身が3エポック学習します");
    said("Then the cell predicts all 2,000", '次に、セルは<Term id="test-data" />の数字 2,000 枚すべてを');
    said(
      "(2,000 products of a $1 \\times 784$ row) and in batches of 100 (20 products of a $100 \\times 784$ matrix)",
      "1枚ずつ($1 \\times 784$ の行の積を 2,000 回)と、100枚ずつのバッチ($100 \\times 784$ の行列の積を 20 回)です",
    );
  }, 120_000);
});
