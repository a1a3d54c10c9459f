/**
 * The numbers the Japanese perceptron chapter (content/ja/lessons/perceptron.mdx) states,
 * recomputed with the core and found in its text, like claims.test.ts does for English.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Perceptron, datasets, trainPerceptron } from "kobai";
import { BOOK_WEIGHTS, truthTable } from "../../../components/widgets/perceptron/model";
import { xorTable } from "../../../components/widgets/perceptron/two-layer";

const mdx = readFileSync(new URL("../../ja/lessons/perceptron.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");
const learn = (gate: "and" | "or" | "nand" | "xor", lr = 0.5) => {
  const p = new Perceptron([0, 0], 0);
  return { ...trainPerceptron(p, datasets[gate](), { lr, maxEpochs: 1000 }), w: p.weights, b: p.bias };
};

describe("パーセプトロンの章(日本語版)の数値", () => {
  it("AND の本書の重みと、(1, 1) だけの正の和 0.3", () => {
    expect(mdx).toContain("$(w_1, w_2, b) = (0.5, 0.5, -0.7)$");
    expect(mdx).toContain("$0.5 + 0.5 - 0.7 = 0.3$");
    expect(truthTable(BOOK_WEIGHTS.and, "and")[3].sum).toBeCloseTo(0.3, 12);
  });

  it("学習則:AND 6 エポック(1, 3, 3, 2, 1, 0)、OR 4、NAND 6", () => {
    expect(mdx).toContain(
      "AND は 6 エポックで収束します。エポックごとの間違いの数は 1, 3, 3, 2, 1, 0 で、最後は $w = (0.5, 1)$、$b = -1$ です。",
    );
    expect(mdx).toContain("OR は 4 エポックで収束し、$w = (0.5, 0.5)$、$b = 0$ になります。");
    expect(mdx).toContain("NAND は 6 エポックで収束し、$w = (-0.5, -1)$、$b = 1.5$ になります。");
    expect(learn("and")).toMatchObject({
      state: "converged",
      epochs: 6,
      errorsPerEpoch: [1, 3, 3, 2, 1, 0],
      w: [0.5, 1],
      b: -1,
    });
    expect(learn("or")).toMatchObject({ state: "converged", epochs: 4, w: [0.5, 0.5], b: 0 });
    expect(learn("nand")).toMatchObject({ state: "converged", epochs: 6, w: [-0.5, -1], b: 1.5 });
  });

  it("XOR:エポック 3 の後にエポック 2 の重みへ戻り、間違いは 2, 3, 4 個", () => {
    expect(mdx).toContain(
      "エポック 3 を終えた時点の重みは、エポック 2 を終えた時点の重みに戻ってしまいます。最初の3エポックの間違いは 2, 3, 4 個です。",
    );
    expect(learn("xor")).toMatchObject({ state: "cycling", epochs: 3, cycleStart: 2, errorsPerEpoch: [2, 3, 4] });
  });

  it("練習問題 2:η = 1 でも 6 エポック、重みは 2 倍", () => {
    expect(mdx).toContain("$\\eta = 1$ でも同じ 6 エポックかかり、$w = (1, 2)$、$b = -2$ で終わります。");
    expect(learn("and", 1)).toMatchObject({ epochs: 6, w: [1, 2], b: -2 });
  });

  it("落とし穴:すべて 0 の重みの NAND は4行中3行が間違い", () => {
    expect(mdx).toContain("4行のうち3行が間違いになります");
    expect(truthTable({ w1: 0, w2: 0, b: 0 }, "nand").filter((r) => !r.correct)).toHaveLength(3);
  });

  it("練習問題 1:w ∈ (−1, −0.5]、たとえば w = −0.75", () => {
    expect(mdx).toContain("$w \\in (-1, -0.5]$ ならどれでもよく、たとえば $w = -0.75$ です。");
    const ok = (w: number) => truthTable({ w1: w, w2: w, b: 1 }, "nand").every((r) => r.correct);
    expect([-1, -0.99, -0.75, -0.5, -0.49].map(ok)).toEqual([false, true, true, true, false]);
  });

  it("2層:4つの入力は3点に移り、XOR の 1 は両方とも (1, 1)", () => {
    expect(mdx).toContain("4つの入力は $(1, 0)$、$(1, 1)$、$(0, 1)$ の3点に移ります");
    const rows = xorTable();
    expect(new Set(rows.map((r) => r.s.join(","))).size).toBe(3);
    expect(rows.filter((r) => r.target === 1).map((r) => r.s)).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it("予想:学習則はひとりでには止まらず、9通りの初期値で確かめている", () => {
    expect(mdx).toContain("学習則がひとりでに止まることはありません。");
    expect(mdx).toContain("claims テストは、9通りの初期値でこれを確かめています。");
  });
});
