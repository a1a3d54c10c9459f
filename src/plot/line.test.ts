import { describe, expect, it } from "vitest";
import { lineChart, lossCurves } from "./line";
import { smooth, firstNonFinite } from "./series";
import { buildDocument } from "./testing";

const document = buildDocument();
const linePaths = (svg: Element) => Array.from(svg.querySelectorAll("g[data-mark=line] path"));

describe("lossCurves", () => {
  it("draws one line per series, a legend and a caption with the numbers", () => {
    const r = lossCurves({
      document,
      series: [
        { name: "SGD", y: [2.3, 1.2, 0.8, 0.41] },
        { name: "Adam", y: [2.3, 0.9, 0.3, 0.1] },
      ],
    });
    expect(r.element.tagName.toLowerCase()).toBe("figure");
    expect(r.svg.getAttribute("role")).toBe("img");
    expect(r.svg.getAttribute("aria-label")).toBe("Loss curves");
    expect(linePaths(r.svg)).toHaveLength(2);
    expect(r.element.querySelectorAll(".kobai-chart-legend li")).toHaveLength(2);
    expect(r.caption).toContain("SGD: 2.30 at step 0, 0.41 at step 3");
    expect(r.caption).toContain("Adam: 2.30 at step 0, 0.10 at step 3");
    expect(r.element.querySelector("figcaption")!.textContent).toBe(r.caption);
    // each series is painted with its own theme colour
    expect(r.svg.querySelector(".kobai-c1")!.getAttribute("style")).toContain("--series-2");
  });

  it("marks a run that diverged and writes no NaN into the SVG", () => {
    const r = lossCurves({ document, series: [{ name: "SGD lr=10", y: [1, 5, 80, Infinity, NaN, NaN] }] });
    const html = r.element.outerHTML;
    expect(html).not.toContain("NaN");
    expect(html).not.toContain("Infinity");
    expect(r.caption).toContain("SGD lr=10 diverged at step 3 (last finite value 80");
    expect(r.svg.querySelectorAll("g[data-mark=dot]")).toHaveLength(1); // the cross
    expect(r.svg.textContent).toContain("diverged");
  });

  it("says so when a series has no finite value at all", () => {
    const r = lineChart({ document, series: [{ name: "a", y: [NaN, NaN] }] });
    expect(r.caption).toContain("a has no finite values");
    expect(r.element.outerHTML).not.toContain("NaN");
  });

  it("log y leaves out values ≤ 0 and says how many; all ≤ 0 falls back to linear", () => {
    const r = lossCurves({ document, logY: true, series: [{ name: "a", y: [1, 0.1, 0, -1, 0.01] }] });
    expect(r.caption).toContain("2 values ≤ 0 cannot be shown on the log scale");
    expect(JSON.parse(r.svg.getAttribute("data-y-scale")!).type).toBe("log");
    expect(r.element.outerHTML).not.toContain("NaN");
    const flat = lossCurves({ document, logY: true, series: [{ name: "a", y: [0, -1] }] });
    expect(flat.caption).toContain("y axis is linear");
    expect(JSON.parse(flat.svg.getAttribute("data-y-scale")!).type).toBe("linear");
  });

  it("a log axis narrower than two decades labels plain numbers, not SI prefixes (200m)", () => {
    const r = lossCurves({ document, logY: true, series: [{ name: "a", y: [0.5, 0.3, 0.2, 0.1, 0.05] }] });
    const labels = [...r.svg.querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(labels).toContain("0.1");
    expect(labels).toContain("0.2");
    expect(labels.join(" ")).not.toMatch(/\d[mµk]\b/);
  });

  it("smoothing draws a faint raw line and a bold smoothed one per series", () => {
    const r = lossCurves({ document, smoothing: 0.9, series: [{ name: "a", y: [3, 1, 2, 0.5, 1, 0.2] }] });
    const paths = linePaths(r.svg);
    expect(paths).toHaveLength(2);
    expect(r.svg.querySelector("g[data-mark=line] .kobai-c0")!.getAttribute("stroke-opacity")).toBe("0.25");
    expect(r.caption).toContain("smoothed (factor 0.9)");
  });

  it("uses given x values and rejects mismatched lengths and bad smoothing", () => {
    const r = lineChart({ document, xLabel: "epoch", series: [{ name: "test", x: [1, 2, 3], y: [0.5, 0.7, 0.9] }] });
    expect(r.caption).toContain("0.50 at epoch 1, 0.90 at epoch 3");
    expect(() => lineChart({ document, series: [{ name: "a", x: [1], y: [1, 2] }] })).toThrow(
      /1 x values but 2 y values/,
    );
    expect(() => lineChart({ document, smoothing: 1, series: [] })).toThrow(/smoothing must be in \[0, 1\)/);
  });
});

describe("series helpers", () => {
  it("smooth is a bias-corrected EMA", () => {
    expect(smooth([1, 1, 1], 0.9)).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 12)));
    const s = smooth([0, 10], 0.5); // s1 = 0 → 0; s2 = (0.5·0 + 0.5·10)/(1 − 0.25) = 6.667
    expect(s[0]).toBe(0);
    expect(s[1]).toBeCloseTo(20 / 3, 12);
  });
  it("firstNonFinite finds NaN and Infinity", () => {
    expect(firstNonFinite([1, 2, NaN])).toBe(2);
    expect(firstNonFinite([-Infinity])).toBe(0);
    expect(firstNonFinite([1, 2])).toBe(2);
  });
});
