import { describe, expect, it } from "vitest";
import { contourWithPath, contourLevels, sampleGrid } from "./contour";
import { invertScale, pointerToData } from "./pointer";
import { buildDocument } from "./testing";

const document = buildDocument();
const bowl = (x: number, y: number) => (x * x) / 20 + y * y; // the book's 6.1.3 function
/** The bowl's chart over the book's range (x in [-10, 10], y in [-5, 5]), with these options. */
const bowlChart = (options: Partial<Parameters<typeof contourWithPath>[0]> = {}) =>
  contourWithPath({ document, f: bowl, x: [-10, 10], y: [-5, 5], ...options });

/** Plain gradient descent on the bowl: ∇f = (x/10, 2y). */
function descend(start: [number, number], lr: number, steps: number): [number, number][] {
  const pts: [number, number][] = [start];
  for (let i = 0; i < steps; i++) {
    const [x, y] = pts[pts.length - 1];
    pts.push([x - (lr * x) / 10, y - lr * 2 * y]);
  }
  return pts;
}

describe("contourWithPath", () => {
  it("draws the contours, the path (line, one dot per step, start ring, end arrow) and reports it", () => {
    const points = descend([-7, 2], 0.95, 30);
    const r = contourWithPath({
      document,
      f: bowl,
      fnLabel: "x²/20 + y²",
      x: [-10, 10],
      y: [-5, 5],
      levels: 10,
      paths: [{ name: "SGD", points }],
    });
    expect(r.svg.querySelectorAll("g[data-mark=contour] path")).toHaveLength(10);
    const lines = Array.from(r.svg.querySelectorAll("g[data-mark=line] path")).filter(
      (p) => p.parentElement!.tagName.toLowerCase() !== "marker",
    );
    expect(lines).toHaveLength(1);
    expect(lines[0].getAttribute("marker-end")).toMatch(/^url\(#kobai-/);
    const dots = r.svg.querySelectorAll("g[data-mark=dot] circle");
    expect(dots).toHaveLength(31 + 1); // every point + the start ring
    expect(r.svg.querySelector("marker")).not.toBeNull();
    expect(r.caption).toContain("x²/20 + y²: contour lines over x ∈ [−10, 10], y ∈ [−5, 5]");
    expect(r.caption).toContain("SGD: 30 steps from (−7, 2) to");
    expect(r.caption).toContain("f from 6.45 to");
  });

  it("keeps x and y at the same scale (the book's 20 × 10 box)", () => {
    const r = bowlChart({ width: 640 });
    const x = JSON.parse(r.svg.getAttribute("data-x-scale")!);
    const y = JSON.parse(r.svg.getAttribute("data-y-scale")!);
    const pxPerUnitX = Math.abs(x.range[1] - x.range[0]) / 20;
    const pxPerUnitY = Math.abs(y.range[1] - y.range[0]) / 10;
    expect(pxPerUnitY).toBeCloseTo(pxPerUnitX, 0);
  });

  it("stops a path at its first non-finite point, says so, and writes no NaN", () => {
    const r = bowlChart({
      paths: [
        {
          name: "lr=1.1",
          points: [
            [1, 1],
            [-2, -3],
            [NaN, Infinity],
            [1, 1],
          ],
        },
      ],
    });
    expect(r.caption).toContain("lr=1.1 left the finite numbers after 1 step");
    expect(r.element.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it("survives a surface with undefined regions", () => {
    const r = contourWithPath({ document, f: (x, y) => Math.log(x) + y * y, x: [-1, 1], y: [-1, 1] });
    expect(r.element.outerHTML).not.toContain("NaN");
    expect(r.svg.querySelectorAll("g[data-mark=contour] path").length).toBeGreaterThan(0);
  });

  it("draws velocity arrows and rejects a bad range", () => {
    const r = bowlChart({
      paths: [
        {
          name: "Momentum",
          points: [
            [-7, 2],
            [-6, 1],
          ],
          vectors: [
            [1, -1],
            [0, 0],
          ],
        },
      ],
    });
    expect(r.svg.querySelectorAll("g[data-mark=arrow] path")).toHaveLength(1); // the zero vector is skipped
    expect(() => contourWithPath({ document, f: bowl, x: [1, -1], y: [0, 1] })).toThrow(/x must be \[min, max\]/);
  });
});

describe("contour helpers", () => {
  it("samples f at cell centres", () => {
    const g = sampleGrid((x, y) => x + 10 * y, [0, 2], [0, 1], 2, 1);
    expect(Array.from(g)).toEqual([0.5 + 5, 1.5 + 5]);
  });
  it("spaces levels quadratically for a non-negative surface", () => {
    expect(contourLevels(0, 16, 3)).toEqual([1, 4, 9]);
    expect(contourLevels(-4, 4, 3)).toEqual([-2, 0, 2]);
  });
});

describe("pointerToData", () => {
  it("inverts linear and log scales", () => {
    expect(invertScale({ type: "linear", domain: [-10, 10], range: [0, 200] }, 150)).toBe(5);
    expect(invertScale({ type: "log", domain: [1, 100], range: [100, 0] }, 50)).toBeCloseTo(10, 12);
  });
  it("maps a click on a build-time chart (scaled to half size) to data coordinates", () => {
    const r = bowlChart({ width: 640 });
    const svg = r.svg as SVGSVGElement & { getBoundingClientRect(): DOMRect };
    const vbWidth = Number(svg.getAttribute("width"));
    const vbHeight = Number(svg.getAttribute("height"));
    // linkedom has no layout: pretend the SVG is drawn at half size at (100, 50).
    (svg as unknown as { getBoundingClientRect: () => unknown }).getBoundingClientRect = () => ({
      left: 100,
      top: 50,
      width: vbWidth / 2,
      height: vbHeight / 2,
    });
    Object.defineProperty(svg, "viewBox", { value: { baseVal: { width: vbWidth, height: vbHeight } } });
    const x = JSON.parse(svg.getAttribute("data-x-scale")!);
    const y = JSON.parse(svg.getAttribute("data-y-scale")!);
    // The pixel of data point (5, −2.5) in viewBox units, then on screen.
    const px = x.range[0] + ((5 + 10) / 20) * (x.range[1] - x.range[0]);
    const py = y.range[0] + ((-2.5 + 5) / 10) * (y.range[1] - y.range[0]);
    const p = pointerToData(svg, { clientX: 100 + px / 2, clientY: 50 + py / 2 })!;
    expect(p[0]).toBeCloseTo(5, 9);
    expect(p[1]).toBeCloseTo(-2.5, 9);
  });
});
