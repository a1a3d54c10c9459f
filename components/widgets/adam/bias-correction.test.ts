import { describe, expect, it } from "vitest";
import { bookBowl, tiltedBowl, runOptimizer, Adam } from "kobai";
import { adamVariantPath, correctionFactors } from "./bias-correction";
import { biasChart } from "./bias-chart";
import { parseHTML } from "linkedom";

describe("adamVariantPath", () => {
  it("with both corrections it is the core's Adam, step for step", () => {
    for (const [landscape, lr] of [
      [bookBowl, 0.3],
      [tiltedBowl, 0.1],
    ] as const) {
      const core = runOptimizer(landscape, Adam, { lr }).points;
      const mine = adamVariantPath(landscape, { lr }, "both");
      expect(mine.length).toBe(core.length);
      mine.forEach((p, k) => {
        expect(p[0]).toBe(core[k][0]);
        expect(p[1]).toBe(core[k][1]);
      });
    }
  });
  it("first steps: both → η per coordinate, none → 3.16·η, only m → 31.6·η, only v → 0.1·η", () => {
    const d = (c: "both" | "none" | "m" | "v") => {
      const p = adamVariantPath(bookBowl, { lr: 0.3 }, c, 1);
      return [p[1][0] - p[0][0], p[0][1] - p[1][1]];
    };
    for (const [c, factor] of [
      ["both", 1],
      ["none", 0.1 / Math.sqrt(0.001)],
      ["m", 1 / Math.sqrt(0.001)],
      ["v", 0.1],
    ] as const) {
      expect(d(c)[0]).toBeCloseTo(0.3 * factor, 4);
      expect(d(c)[1]).toBeCloseTo(0.3 * factor, 4);
    }
  });
  it("rejects an unknown correction", () => {
    expect(() => adamVariantPath(bookBowl, { lr: 0.3 }, "half" as never)).toThrow(/correction must be one of/);
  });
});

describe("correctionFactors", () => {
  it("equals the book's lr_t/lr and its parts", () => {
    const f = correctionFactors(1);
    expect(f.m).toBeCloseTo(10, 12);
    expect(f.sqrtV).toBeCloseTo(Math.sqrt(1000), 9);
    expect(f.step).toBeCloseTo(Math.sqrt(0.001) / 0.1, 12);
    expect(correctionFactors(5000).step).toBeCloseTo(0.99663, 5);
    expect(() => correctionFactors(0)).toThrow(/t must be/);
  });
});

describe("biasChart", () => {
  it("draws the variant and Adam, with a caption giving step 1 and the end", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const chart = biasChart("none", { lr: 0.3, document: document as unknown as Document });
    const text = chart.element.querySelector("figcaption")?.textContent ?? "";
    expect(text).toContain("no correction, η = 0.30, from (−7, 2): step 1 lands at (−6.05, 1.05)");
    expect(text).not.toContain("NaN");
  });
});
