import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import {
  BOOK_WEIGHTS,
  handlesOf,
  hitTest,
  segmentInView,
  translate,
  truthTable,
  weightsThrough,
  predictGrid,
} from "./model";
import { xorNetwork, xorTable, xorPredict } from "./two-layer";
import { playgroundChart, xorHiddenChart, xorInputChart } from "./charts";
import { truthTableElement, verdictText } from "./tables";

const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
const doc = document as unknown as Document;

describe("truth tables from the core's Perceptron", () => {
  it("reproduces the book's AND, NAND and OR with their weighted sums", () => {
    const and = truthTable(BOOK_WEIGHTS.and, "and");
    expect(and.map((r) => r.output)).toEqual([0, 0, 0, 1]);
    expect(and.map((r) => Number(r.sum.toFixed(10)))).toEqual([-0.7, -0.2, -0.2, 0.3]);
    expect(and.every((r) => r.correct)).toBe(true);
    expect(truthTable(BOOK_WEIGHTS.nand, "nand").every((r) => r.correct)).toBe(true);
    expect(truthTable(BOOK_WEIGHTS.or, "or").every((r) => r.correct)).toBe(true);
  });

  it("marks the wrong rows: the AND weights get XOR's (1, 0), (0, 1) and (1, 1) wrong", () => {
    const rows = truthTable(BOOK_WEIGHTS.and, "xor");
    expect(rows.map((r) => r.correct)).toEqual([true, false, false, false]);
    expect(verdictText(rows, "xor")).toBe("3 of 4 rows are wrong for XOR.");
    const table = truthTableElement(doc, rows);
    expect(table.querySelectorAll("tbody tr")).toHaveLength(4);
    expect(table.querySelectorAll("td[data-correct=false]")).toHaveLength(3);
  });

  it("predicts a grid with one forward pass", () => {
    expect(
      Array.from(
        predictGrid(BOOK_WEIGHTS.or)([
          [0, 0],
          [1, 0],
          [0.1, 0.05],
        ]),
      ),
    ).toEqual([0, 1, 0]);
  });
});

describe("dragging the line", () => {
  const and = BOOK_WEIGHTS.and;

  it("finds the visible segment and puts the handles at 20% and 80% of it", () => {
    // 0.5x + 0.5y − 0.7 = 0 ⇔ x + y = 1.4: crosses the view [−0.5, 1.5]² at (−0.1, 1.5) and (1.5, −0.1).
    const seg = segmentInView(and)!;
    const sorted = seg.map((p) => p.map((v) => Number(v.toFixed(10)))).sort((a, b) => a[0] - b[0]);
    expect(sorted).toEqual([
      [-0.1, 1.5],
      [1.5, -0.1],
    ]);
    const [p, q] = handlesOf(and)!;
    expect(p[0] + p[1]).toBeCloseTo(1.4, 12);
    expect(q[0] + q[1]).toBeCloseTo(1.4, 12);
    expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeCloseTo(0.6 * 1.6 * Math.SQRT2, 12);
    expect(segmentInView({ w1: 0, w2: 0, b: 1 })).toBeUndefined();
    expect(segmentInView({ w1: 1, w2: 0, b: -5 })).toBeUndefined(); // x = 5: off the view
  });

  it("turns the line through two points keeping |w| and the side that outputs 1", () => {
    expect(weightsThrough([0, 0.4], [0.4, 0], and)).toEqual({ w1: 0.5, w2: 0.5, b: -0.2 });
    expect(weightsThrough([0.4, 0], [0, 0.4], and)).toEqual({ w1: 0.5, w2: 0.5, b: -0.2 }); // order does not matter
    expect(weightsThrough([0, 0.4], [0.4, 0], BOOK_WEIGHTS.nand)).toEqual({ w1: -0.5, w2: -0.5, b: 0.2 });
    const vertical = weightsThrough([0.5, 0], [0.5, 1], and)!;
    expect(vertical).toEqual({ w1: 0.71, w2: 0, b: -0.35 }); // |w| = 0.707… rounded; x₁ > 0.5 fires
    expect(weightsThrough([0.3, 0.3], [0.3, 0.3], and)).toBeUndefined();
  });

  it("slides the line by changing only b, and clamps b to the slider's range", () => {
    expect(translate(and, [-0.5, 0])).toEqual({ w1: 0.5, w2: 0.5, b: -0.45 });
    expect(translate(and, [-100, 0]).b).toBe(3);
  });

  it("tells a handle from the line from empty space", () => {
    const [p] = handlesOf(and)!;
    expect(hitTest(and, p, { handle: 0.05, line: 0.03 })).toBe("handle0");
    expect(hitTest(and, [0.7, 0.7], { handle: 0.05, line: 0.03 })).toBe("line");
    expect(hitTest(and, [0, 0], { handle: 0.05, line: 0.03 })).toBeUndefined();
  });
});

describe("the two-layer XOR network (2.5.2)", () => {
  it("computes XOR through s₁ = NAND and s₂ = OR, as in 2.5.2", () => {
    expect(xorTable()).toEqual([
      { x: [0, 0], s: [1, 0], y: 0, target: 0 },
      { x: [1, 0], s: [1, 1], y: 1, target: 1 },
      { x: [0, 1], s: [1, 1], y: 1, target: 1 },
      { x: [1, 1], s: [0, 1], y: 0, target: 0 },
    ]);
    expect(
      Array.from(
        xorPredict([
          [0, 0],
          [1, 0],
          [0.5, 0.5],
          [1, 1],
        ]),
      ),
    ).toEqual([0, 1, 1, 0]);
    expect(xorNetwork().network.layers).toHaveLength(2);
  });
});

describe("charts", () => {
  it("draws the playground with its line, two handles and a caption with the accuracy", () => {
    const chart = playgroundChart({ document: doc, width: 400, weights: BOOK_WEIGHTS.and, gate: "and" });
    expect(chart.svg.querySelectorAll(".pc-handle circle, .pc-handle path").length).toBe(2);
    expect(chart.caption).toContain("classifies 4 of 4 points correctly");
    expect(chart.caption).toContain("0.50·x₁ + 0.50·x₂ − 0.70 = 0");
    const xor = playgroundChart({ document: doc, width: 400, weights: BOOK_WEIGHTS.or, gate: "xor" });
    expect(xor.caption).toContain("classifies 3 of 4 points correctly");
  });

  it("draws the XOR network in the input plane (two lines, all right) and in the hidden plane (s₁, s₂)", () => {
    const input = xorInputChart({ document: doc, width: 400 });
    expect(input.caption).toContain("Boundary NAND: −0.50·x₁ − 0.50·x₂ + 0.70 = 0");
    expect(input.caption).toContain("Boundary OR: 0.50·x₁ + 0.50·x₂ − 0.20 = 0");
    expect(input.caption).toContain("classifies 4 of 4 points correctly");
    const hidden = xorHiddenChart({ document: doc, width: 400 });
    expect(hidden.caption).toContain("classifies 4 of 4 points correctly");
    expect(hidden.svg.textContent).toContain("s₁");
  });
});
