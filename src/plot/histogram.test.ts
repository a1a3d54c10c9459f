import { describe, expect, it } from "vitest";
import { binValues, histogram } from "./histogram";
import { buildDocument } from "./testing";

const document = buildDocument();

describe("histogram", () => {
  it("bins values, counting non-finite and out-of-range ones apart", () => {
    const { bins, nonFinite, outside } = binValues([0, 0.1, 0.5, 0.99, 1, NaN, 2, -Infinity], [0, 1], 2);
    expect(bins.map((b) => b.count)).toEqual([2, 3]); // the last bin includes 1
    expect(bins[1]).toMatchObject({ x1: 0.5, x2: 1 });
    expect(nonFinite).toBe(2);
    expect(outside).toBe(1);
    expect(() => binValues([1], [0, 1], 0)).toThrow(/bins must be a positive integer/);
  });

  it("draws 5 panels side by side (図6-10 style) with the stats in the caption", () => {
    const groups = [1, 2, 3, 4, 5].map((k) => ({
      name: `${k}-layer`,
      values: Array.from({ length: 100 }, (_, i) => (i % 10) / 10 / k),
    }));
    const r = histogram({ document, groups, bins: 10, domain: [0, 1] });
    expect(r.svg.querySelectorAll("g[data-mark=rect] rect")).toHaveLength(50);
    expect(r.svg.textContent).toContain("5-layer");
    expect(r.caption).toContain("1-layer: 100 values, mean 0.45, std 0.29");
  });

  it("wraps panels into rows, and keeps NaN out of the SVG", () => {
    const r = histogram({
      document,
      columns: 2,
      groups: [
        { name: "a", values: [1, 2, NaN] },
        { name: "b", values: [Infinity, 3] },
        { name: "c", values: [2] },
      ],
    });
    expect(r.caption).toContain("2 non-finite values are left out");
    expect(r.caption).toContain("a: 2 values, mean 1.50");
    expect(r.element.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(() => histogram({ document, groups: [] })).toThrow(/non-empty array/);
  });
});
