/**
 * Every number the perceptron chapter states, checked against the core, and its cells run
 * as the page runs them. Where the prose states a number, the test finds that literal text
 * in perceptron.mdx (and in its Japanese twin) AND recomputes it, so prose and core cannot drift.
 */
import { describe, expect, it } from "vitest";
import { Perceptron, datasets, perceptronUpdate, trainPerceptron } from "kobai";
import { nodeNotebook } from "../../../src/notebook/testing";
import { runLessonCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { BOOK_WEIGHTS, truthTable } from "../../../components/widgets/perceptron/model";
import { xorTable } from "../../../components/widgets/perceptron/two-layer";
import cellXor from "./cell-xor.ts?raw";

const said = statedIn("perceptron");
const learn = (gate: "and" | "or" | "nand" | "xor", lr = 0.5, start: [number, number, number] = [0, 0, 0]) => {
  const p = new Perceptron([start[0], start[1]], start[2]);
  return { ...trainPerceptron(p, datasets[gate](), { lr, maxEpochs: 1000 }), w: p.weights, b: p.bias };
};

describe("perceptron chapter: the book's gates", () => {
  it("AND (0.5, 0.5, −0.7): only (1, 1) has a positive sum, 0.3", () => {
    said("$(w_1, w_2, b) = (0.5, 0.5, -0.7)$", "AND は $(w_1, w_2, b) = (0.5, 0.5, -0.7)$ です。");
    said("$0.5 + 0.5 - 0.7 = 0.3$", "その値は $0.5 + 0.5 - 0.7 = 0.3$ です。");
    const rows = truthTable(BOOK_WEIGHTS.and, "and");
    expect(rows.filter((r) => r.sum > 0).map((r) => r.x)).toEqual([[1, 1]]);
    expect(rows[3].sum).toBeCloseTo(0.3, 12);
    expect(truthTable(BOOK_WEIGHTS.or, "or").every((r) => r.correct)).toBe(true);
    expect(truthTable(BOOK_WEIGHTS.nand, "nand").every((r) => r.correct)).toBe(true);
  });

  it("the gates cell prints the three truth tables and AND's weighted sums", async () => {
    const [run] = await runLessonCells("perceptron", "cell-gates.ts");
    expect(run.texts).toEqual(["AND: 0 0 0 1", "NAND: 1 1 1 0", "OR: 0 1 1 1"]);
    const table = run.items.find((i) => i.kind === "table");
    expect(table && table.kind === "table" && table.table.rows).toEqual([["-0.7"], ["-0.2"], ["-0.2"], ["0.3"]]);
  });
});

describe("perceptron chapter: the learning rule (η = 0.5 from zero)", () => {
  it("AND converges after 6 epochs (1, 3, 3, 2, 1, 0) at w = (0.5, 1), b = −1", () => {
    const r = learn("and");
    said(
      "AND converges after 6 epochs, with mistakes per epoch 1, 3, 3, 2, 1, 0, at $w = (0.5, 1)$, $b = -1$.",
      "AND は 6 エポックで収束します。エポックごとの間違いの数は 1, 3, 3, 2, 1, 0 で、最後は $w = (0.5, 1)$、$b = -1$ です。",
    );
    expect({ state: r.state, epochs: r.epochs, errors: r.errorsPerEpoch, w: r.w, b: r.b }).toEqual({
      state: "converged",
      epochs: 6,
      errors: [1, 3, 3, 2, 1, 0],
      w: [0.5, 1],
      b: -1,
    });
  });

  it("OR after 4 epochs at (0.5, 0.5), 0; NAND after 6 at (−0.5, −1), 1.5", () => {
    said(
      "OR converges after 4 epochs, at $w = (0.5, 0.5)$, $b = 0$.",
      "OR は 4 エポックで収束し、$w = (0.5, 0.5)$、$b = 0$ になります。",
    );
    said(
      "NAND converges after 6 epochs, at $w = (-0.5, -1)$, $b = 1.5$.",
      "NAND は 6 エポックで収束し、$w = (-0.5, -1)$、$b = 1.5$ になります。",
    );
    expect(learn("or")).toMatchObject({ state: "converged", epochs: 4, w: [0.5, 0.5], b: 0 });
    expect(learn("nand")).toMatchObject({ state: "converged", epochs: 6, w: [-0.5, -1], b: 1.5 });
  });

  it("XOR: after epoch 3 the weights are back to epoch 2's, with 2, 3, 4 mistakes", () => {
    said(
      "After epoch 3 the weights are back where they were after epoch 2, with 2, 3 and 4 mistakes in the first three epochs",
      "エポック 3 を終えた時点の重みは、エポック 2 を終えた時点の重みに戻ってしまいます。最初の3エポックの間違いは 2, 3, 4 個です。",
    );
    expect(learn("xor")).toMatchObject({ state: "cycling", epochs: 3, cycleStart: 2, errorsPerEpoch: [2, 3, 4] });
  });

  it("XOR cycles from the book's AND weights and from nine other starts (the Predict answer)", () => {
    said(
      "the claims test checks it for nine different starts",
      "claims テストは、9通りの初期値でこれを確かめています。",
    );
    const and = BOOK_WEIGHTS.and;
    expect(learn("xor", 0.5, [and.w1, and.w2, and.b]).state).toBe("cycling");
    let starts = 0;
    for (const w1 of [-1, 0.3, 1])
      for (const b of [-0.7, 0, 0.5]) {
        for (const lr of [0.1, 0.5, 1]) expect(learn("xor", lr, [w1, -0.2, b]).state).toBe("cycling");
        starts++;
      }
    expect(starts).toBe(9);
  });

  it("on XOR the rule itself never stops: every one of 1,000 epochs has a mistake (the widget stops at the cycle)", () => {
    said("The rule never stops by itself: XOR has no separating line", "学習則がひとりでに止まることはありません。");
    said("The widget stops it when it detects the cycle", "が見つかった時点で、ウィジェットが学習則を止めます。");
    const and = BOOK_WEIGHTS.and;
    const p = new Perceptron([and.w1, and.w2], and.b);
    const { x, y } = datasets.xor();
    const rows = Array.from({ length: x.rows }, (_, i) => Array.from(x.data.slice(2 * i, 2 * i + 2)));
    for (let epoch = 0; epoch < 1000; epoch++) {
      const mistakes = rows.filter((row, i) => perceptronUpdate(p, row, y[i], 0.5).error !== 0).length;
      expect(mistakes).toBeGreaterThan(0);
    }
  });

  it("Exercise 2: with η = 1 the same 6 epochs, twice the weights: w = (1, 2), b = −2", () => {
    said(
      "$\\eta = 1$ takes the same 6 epochs and ends at $w = (1, 2)$, $b = -2$",
      "$\\eta = 1$ でも同じ 6 エポックかかり、$w = (1, 2)$、$b = -2$ で終わります。",
    );
    expect(learn("and", 1)).toMatchObject({ state: "converged", epochs: 6, w: [1, 2], b: -2 });
  });

  it("the learning cell prints the same results", async () => {
    const [run] = await runLessonCells("perceptron", "cell-learn.ts");
    expect(run.texts).toEqual([
      "AND: converged after 6 epochs; mistakes per epoch 1, 3, 3, 2, 1, 0; w = (0.5, 1), b = -1",
      "OR: converged after 4 epochs; mistakes per epoch 1, 2, 1, 0; w = (0.5, 0.5), b = 0",
      "NAND: converged after 6 epochs; mistakes per epoch 2, 3, 3, 2, 1, 0; w = (-0.5, -1), b = 1.5",
      "XOR: cycling after 3 epochs; mistakes per epoch 2, 3, 4; w = (0, -0.5), b = 0.5",
    ]);
  });
});

describe("perceptron chapter: pitfalls and exercises", () => {
  it("all-zero weights on NAND: every sum 0, every output 0, 3 of 4 rows wrong", () => {
    said(
      "every weighted sum is exactly 0, every output is 0, and 3 of 4 rows are wrong",
      "4行のうち3行が間違いになります",
    );
    const rows = truthTable({ w1: 0, w2: 0, b: 0 }, "nand");
    expect(rows.map((r) => [r.sum, r.output])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(rows.filter((r) => !r.correct)).toHaveLength(3);
  });

  it("the learned AND line passes exactly through (0, 1)", () => {
    const rows = truthTable({ w1: 0.5, w2: 1, b: -1 }, "and");
    expect(rows[2]).toMatchObject({ x: [0, 1], sum: 0, output: 0, correct: true });
  });

  it("the same line with flipped signs computes AND or NAND", () => {
    expect(truthTable({ w1: -0.5, w2: -0.5, b: 0.7 }, "nand").every((r) => r.correct)).toBe(true);
  });

  it("Exercise 1: w₁ = w₂ = w, b = 1 computes NAND exactly for w in (−1, −0.5]", () => {
    said(
      "Any $w \\in (-1, -0.5]$ works, e.g. $w = -0.75$",
      "$w \\in (-1, -0.5]$ ならどれでもよく、たとえば $w = -0.75$ です。",
    );
    const ok = (w: number) => truthTable({ w1: w, w2: w, b: 1 }, "nand").every((r) => r.correct);
    expect([-1.2, -1, -0.99, -0.75, -0.5, -0.49, 0].map(ok)).toEqual([false, false, true, true, true, false, false]);
  });

  it("Exercise 3: h(s_or − 2 s_and − 0.5) is XOR, with the sums the solution states", () => {
    const OR = new Perceptron([0.5, 0.5], -0.2),
      AND = new Perceptron([0.5, 0.5], -0.7);
    const top = new Perceptron([1, -2], -0.5);
    expect(
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ].map((x) => top.predict([OR.predict(x), AND.predict(x)])),
    ).toEqual([0, 1, 1, 0]);
  });

  it("two layers: the hidden plane uses only (1, 0), (1, 1), (0, 1), and both XOR-ones land on (1, 1)", () => {
    said(
      "the four inputs land on three points, $(1, 0)$, $(1, 1)$ and $(0, 1)$, with both XOR-ones on $(1, 1)$",
      "4つの入力は $(1, 0)$、$(1, 1)$、$(0, 1)$ の3点に移ります",
    );
    const rows = xorTable();
    expect(rows.map((r) => r.y)).toEqual([0, 1, 1, 0]);
    expect(rows.filter((r) => r.target === 1).map((r) => r.s)).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(new Set(rows.map((r) => r.s.join(","))).size).toBe(3);
  });
});

describe("perceptron chapter: the your-turn cell", () => {
  it("as given (OR), it names exactly the wrong row (1, 1)", async () => {
    const [run] = await runLessonCells("perceptron", "cell-xor.ts");
    expect(run.verdicts.map((v) => [v.label, v.ok])).toEqual([
      ["XOR(0, 0) = 0", true],
      ["XOR(1, 0) = 1", true],
      ["XOR(0, 1) = 1", true],
      ["XOR(1, 1) = 0", false],
    ]);
    expect(run.verdicts[3].detail).toBe("Expected 0, got 1.");
  });

  it("passes all four rows with the book's solution AND(NAND, OR)", async () => {
    const solved = cellXor.replace(
      "return OR.predict([x1, x2]); // ← replace: OR is right on three rows, wrong on one",
      "return AND.predict([NAND.predict([x1, x2]), OR.predict([x1, x2])]);",
    );
    expect(solved).not.toBe(cellXor);
    const run = await nodeNotebook().run("perceptron-xor", solved);
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true, true, true]);
  });
});
