import { describe, expect, it } from "vitest";
import { centralDifference, functionPlot } from "./function";
import { buildDocument } from "./testing";

const document = buildDocument();
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("functionPlot", () => {
  it("draws f, f′ (numerical by default), the tangent and marker, with the values in the caption", () => {
    const r = functionPlot({ document, f: sigmoid, name: "sigmoid", domain: [-6, 6], at: 0 });
    expect(r.svg.querySelectorAll("g[data-mark=line] path")).toHaveLength(3); // f, f′, tangent
    expect(r.svg.querySelectorAll("g[data-mark=dot] circle")).toHaveLength(1);
    expect(r.caption).toContain("sigmoid over x ∈ [−6, 6]");
    expect(r.caption).toContain("At x = 0: sigmoid = 0.50, slope 0.25");
    expect(r.element.textContent).toContain("sigmoid′");
  });

  it("leaves gaps where f is undefined and never writes NaN", () => {
    const r = functionPlot({ document, f: Math.log, df: (x) => 1 / x, name: "log", domain: [-1, 2], at: -0.5 });
    expect(r.caption).toMatch(/\d+ sampled points are undefined/);
    expect(r.caption).toContain("At x = −0.50: log = NaN");
    expect(r.element.outerHTML).not.toMatch(/"[^"]*NaN[^"]*"/); // no NaN in any attribute
  });

  it("checks its arguments", () => {
    expect(() => functionPlot({ document, f: sigmoid, domain: [1, 1] })).toThrow(/domain must be \[min, max\]/);
    expect(centralDifference((x) => x * x)(3)).toBeCloseTo(6, 6);
  });
});
