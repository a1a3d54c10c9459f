import { describe, expect, it } from "vitest";
import { decisionRegions, lineInBox } from "./regions";
import { buildDocument } from "./testing";

const document = buildDocument();
const AND_X: [number, number][] = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
];

describe("decisionRegions", () => {
  it("draws a region per predicted class, the points by class and a perceptron's boundary", () => {
    // The book's AND perceptron (2.3.3): w = (0.5, 0.5), b = −0.7.
    const predict = (pts: readonly (readonly [number, number])[]) =>
      pts.map(([x, y]) => (0.5 * x + 0.5 * y - 0.7 > 0 ? 1 : 0));
    const r = decisionRegions({
      document,
      x: [-0.5, 1.5],
      y: [-0.5, 1.5],
      predict,
      points: AND_X,
      labels: [0, 0, 0, 1],
      classNames: ["0", "1"],
      lines: [{ w: [0.5, 0.5], b: -0.7 }],
    });
    expect(r.svg.querySelectorAll("g[data-mark=contour] path")).toHaveLength(2);
    expect(r.svg.querySelectorAll("g[data-mark=dot] path, g[data-mark=dot] circle")).toHaveLength(4);
    expect(r.svg.querySelectorAll("g[data-mark=line] path")).toHaveLength(1);
    expect(r.caption).toContain("4 points in 2 classes");
    expect(r.caption).toContain("classifies 4 of 4 points correctly (100.0%)");
    expect(r.caption).toContain("Boundary 1: 0.50·x₁ + 0.50·x₂ − 0.70 = 0");
    expect(r.element.querySelectorAll(".kobai-chart-legend li")).toHaveLength(2);
  });

  it("reports a wrong classifier's accuracy and a zero boundary", () => {
    const r = decisionRegions({
      document,
      x: [0, 1],
      y: [0, 1],
      predict: (pts) => pts.map(() => 0),
      points: AND_X,
      labels: [0, 1, 1, 1],
      lines: [{ name: "w=0", w: [0, 0], b: 1 }],
    });
    expect(r.caption).toContain("1 of 4 points correctly (25.0%)");
    expect(r.caption).toContain("Boundary w=0 has zero weights");
    expect(() => decisionRegions({ document, x: [0, 1], y: [0, 1], points: AND_X, labels: [0] })).toThrow(
      /4 points but 1 labels/,
    );
  });
});

describe("lineInBox", () => {
  it("clips w·x + b = 0 to the box", () => {
    expect(lineInBox([1, 1], -1, [0, 1], [0, 1])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(lineInBox([1, 0], -0.5, [0, 1], [0, 1])).toEqual([
      [0.5, 0],
      [0.5, 1],
    ]); // vertical
    expect(lineInBox([1, 1], -5, [0, 1], [0, 1])).toBeUndefined(); // misses
  });
});
