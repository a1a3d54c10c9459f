import { describe, expect, it } from "vitest";
import { coreLandscapes, namedFunction, renderChart } from "./chart-spec";
import { buildDocument } from "./testing";

const document = buildDocument();

describe("renderChart", () => {
  it("draws a named activation from the core layer, f′ from its backward pass", () => {
    const { f, df } = namedFunction("sigmoid");
    expect(f(0)).toBeCloseTo(0.5, 12);
    expect(df!(0)).toBeCloseTo(0.25, 12);
    const r = renderChart({ kind: "function", fn: "sigmoid", domain: [-6, 6], at: 0 }, document);
    expect(r.caption).toContain("At x = 0: sigmoid = 0.50, slope 0.25");
  });

  it("has no derivative curve for the step function (its backward explains why it has none)", () => {
    const r = renderChart({ kind: "function", fn: "step", domain: [-2, 2] }, document);
    expect(r.element.querySelector(".kobai-chart-legend")).toBeNull();
    expect(r.svg.querySelectorAll("g[data-mark=line] path")).toHaveLength(1);
  });

  it("runs a core optimizer on a core landscape for a contour chart (the book's 図6-3)", () => {
    expect([...coreLandscapes().keys()]).toContain("book");
    const r = renderChart(
      { kind: "contour", landscape: "book", runs: [{ optimizer: "SGD", options: { lr: 0.95 }, steps: 30 }] },
      document,
    );
    expect(r.caption).toContain("SGD (lr = 0.95): 30 steps from (−7, 2) to");
  });

  it("passes a prepared spec through and names unknown things", () => {
    const r = renderChart(
      { kind: "loss", spec: { series: [{ name: "train", y: [1, 0.5] }] }, caption: "Look at the drop." },
      document,
    );
    expect(r.caption.startsWith("Look at the drop. train: 1 at step 0, 0.50 at step 1")).toBe(true);
    expect(() => renderChart({ kind: "function", fn: "swish" as never, domain: [0, 1] }, document)).toThrow(
      /unknown fn "swish"/,
    );
    expect(() => renderChart({ kind: "contour", landscape: "nope" }, document)).toThrow(
      /unknown landscape "nope"; kobai has .*book/,
    );
    expect(() => renderChart({ kind: "pie" as never }, document)).toThrow(/unknown kind "pie"/);
  });
});
