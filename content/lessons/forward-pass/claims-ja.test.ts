/**
 * The numbers the Japanese forward-pass chapter (content/ja/lessons/forward-pass.mdx)
 * states, recomputed with the core and found in its text, like claims.test.ts does for
 * English. (The cells are the same files as the English chapter's; claims.test.ts runs them.)
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Tensor, softmax } from "kobai";
import { forwardRows } from "../../../components/widgets/forward-pass/network";
import { BOOK_MNIST_SHAPES, shapeChain } from "../../../components/widgets/forward-pass/shapes";

const mdx = readFileSync(new URL("../../ja/lessons/forward-pass.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");
const fixed = (values: number[], digits: number) => values.map((v) => v.toFixed(digits));

describe("順伝播の章(日本語版)の数値", () => {
  it("MNIST 用ネットワークの形状と、7枚のバッチ", () => {
    expect(mdx).toContain("重みは $784 \\times 50$、$50 \\times 100$、$100 \\times 10$ です");
    expect(shapeChain(7, 784, BOOK_MNIST_SHAPES.layers).map((s) => s.result)).toEqual([
      [7, 50],
      [7, 100],
      [7, 10],
    ]);
    expect(mdx).toContain(
      "$X$:$7 \\times 784$、$A^{(1)}, Z^{(1)}$:$7 \\times 50$、$A^{(2)}, Z^{(2)}$:$7 \\times 100$、$A^{(3)}, Y$:$7 \\times 10$ です",
    );
    const [first] = shapeChain(100, 784, [
      [50, 784],
      [50, 100],
      [100, 10],
    ]);
    expect(first.error).toContain("[100, 784]");
    expect(mdx).toContain("メッセージは `[100, 784]` と `[50, 784]` を示し");
  });

  it("パラメータの数:39,250 + 5,100 + 1,010 = 45,360、1層目が 87%", () => {
    const counts = BOOK_MNIST_SHAPES.layers.map(([m, n]) => m * n + n);
    expect(counts.reduce((a, b) => a + b)).toBe(45360);
    expect(Math.round((100 * counts[0]) / 45360)).toBe(87);
    expect(mdx).toContain(
      "$784 \\cdot 50 + 50 = 39{,}250$、$50 \\cdot 100 + 100 = 5{,}100$、$100 \\cdot 10 + 10 = 1{,}010$ です。 合わせて 45,360 個になります。 そのうち 87% を1層目が持っています。",
    );
  });

  it("3層ネットワーク:A⁽¹⁾、Z⁽¹⁾、Y", () => {
    const rows = forwardRows();
    const value = (name: string) => rows.find((r) => r.name === name)!.values;
    expect(fixed(value("Z⁽¹⁾"), 3)).toEqual(["0.574", "0.668", "0.750"]);
    expect(fixed(value("Y = A⁽³⁾"), 4)).toEqual(["0.3168", "0.6963"]);
    expect(mdx).toContain(
      "1層目の和は $A^{(1)} = (0.3, 0.7, 1.1)$ です。シグモイド関数がこれを $(0.574, 0.668, 0.750)$ に押し縮め、ネットワークの答えは $Y = (0.3168, 0.6963)$ になります。本書の `[0.31682708 0.69627909]` と同じです。",
    );
    const wrong = value("Y = A⁽³⁾").map((a) => 1 / (1 + Math.exp(-a)));
    expect(fixed(wrong, 3)).toEqual(["0.579", "0.667"]);
    expect(mdx).toContain("$y$ は本書の $(0.3168, 0.6963)$ ではなく $(0.579, 0.667)$ になります");
  });

  it("ソフトマックス関数の値とオーバーフロー", () => {
    expect(fixed([...softmax(Tensor.from([0.3, 2.9, 4.0])).data], 4)).toEqual(["0.0182", "0.2452", "0.7366"]);
    expect(mdx).toContain("$a = (0.3, 2.9, 4.0)$ からは $y = (0.0182, 0.2452, 0.7366)$ が得られ");
    const y = [...softmax(Tensor.from([1010, 1000, 990])).data];
    expect(y[0].toFixed(5)).toBe("0.99995");
    expect(mdx).toContain("$(0.99995, 0.0000454, 0.0000000021)$ が得られます");
  });

  it("MNIST:8,000 枚で3エポック、2,000 枚で 0.92(英語版の claims がセルを実行して確かめます)", () => {
    expect(mdx).toContain("訓練用の数字 8,000 枚で kobai 自身が3エポック学習します");
    expect(mdx).toContain('予測はまったく同じで、<Term id="accuracy" />も同じ 0.92 です');
    expect(mdx).toContain(
      "1枚ずつ($1 \\times 784$ の行の積を 2,000 回)と、100枚ずつのバッチ($100 \\times 784$ の行列の積を 20 回)です",
    );
  });
});
