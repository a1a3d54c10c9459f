import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { moveMarkLabels } from "./aria";
import { buildDocument } from "./testing";
import { barChart, lineChart, functionPlot, histogram } from "./index";
import { plotMarkup } from "../notebook/plot-markup";

const document = buildDocument();
/** Elements below the root that still carry aria-label (the root may keep its own name). */
const labelledBelow = (root: Element) => Array.from(root.querySelectorAll("[aria-label]"));

describe("moveMarkLabels", () => {
  it("moves Plot's aria-label on groups and on each shape to data-mark", () => {
    const svg = Plot.plot({
      document,
      ariaLabel: "Two bars",
      marks: [
        Plot.barY(
          [
            { k: "a", v: 1 },
            { k: "b", v: 2 },
          ],
          { x: "k", y: "v", ariaLabel: (d: { k: string }) => `bar ${d.k}` },
        ),
        Plot.lineY([1, 3, 2]),
      ],
    }) as SVGSVGElement;
    const before = labelledBelow(svg).length;
    expect(before).toBeGreaterThan(3); // axes, the bar group, each <rect>, the line group
    expect(svg.querySelector("rect[aria-label]")).not.toBeNull();
    expect(moveMarkLabels(svg)).toBe(before);
    expect(labelledBelow(svg)).toEqual([]);
    expect(svg.querySelector("rect[data-mark='bar a']")).not.toBeNull();
    expect(svg.querySelector("g[data-mark='line']")).not.toBeNull();
    expect(svg.getAttribute("aria-label")).toBe("Two bars"); // the root keeps its name
  });
});

describe("no chart leaves src/plot or a cell with aria-label below its root", () => {
  it("chart builders (through makeFigure)", () => {
    const charts = [
      lineChart({ document, series: [{ name: "a", y: [1, 2, 3] }] }),
      barChart({
        document,
        bars: [
          { name: "a", value: 1 },
          { name: "b", value: 2 },
        ],
      }),
      functionPlot({ document, f: (x: number) => x * x, domain: [-1, 1] }),
      histogram({ document, groups: [{ name: "w", values: [0.1, 0.2, 0.2, 0.5] }] }),
    ];
    for (const chart of charts) {
      expect(chart.svg.getAttribute("role")).toBe("img");
      expect(labelledBelow(chart.svg).map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    }
  });

  it("a code cell's plot()", () => {
    const markup = plotMarkup(
      {
        marks: [
          Plot.dot(
            [
              [1, 2],
              [2, 3],
            ],
            { ariaLabel: () => "point" },
          ),
          Plot.lineY([3, 1, 2]),
        ],
      },
      480,
    );
    const holder = document.createElement("div");
    holder.innerHTML = markup;
    const svg = holder.querySelector("svg")!;
    expect(labelledBelow(svg)).toEqual([]);
    expect(svg.querySelector("g[data-mark='line']")).not.toBeNull();
  });
});
