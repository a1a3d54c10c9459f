import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { contourWithPath } from "../../../src/plot";
import {
  CENTRE,
  minimumPath,
  norm,
  penalisedLoss,
  penalisedMinimum,
  penaltyChartOptions,
  penaltyState,
  sgdWithWeightDecay,
  shiftedBowl,
} from "./penalty";

const labels = { title: "t", fnLabel: "f", pathName: "path", sgdName: "sgd", caption: "c" };

describe("the penalty on a 2-D loss", () => {
  it("without λ the minimum is the bowl's centre", () => {
    expect(penalisedMinimum(0)).toEqual(CENTRE);
    expect(shiftedBowl.value(...CENTRE)).toBe(0);
  });

  it("the analytic minimum has zero gradient of f + λ/2‖w‖², for several λ", () => {
    for (const lambda of [0.01, 0.1, 0.5, 2]) {
      const [x, y] = penalisedMinimum(lambda);
      const [gx, gy] = shiftedBowl.gradient(x, y);
      expect(gx + lambda * x).toBeCloseTo(0, 12);
      expect(gy + lambda * y).toBeCloseTo(0, 12);
      // and it is lower than nearby points
      const f = penalisedLoss(lambda);
      for (const [dx, dy] of [
        [0.01, 0],
        [-0.01, 0],
        [0, 0.01],
        [0, -0.01],
      ])
        expect(f(x + dx, y + dy)).toBeGreaterThan(f(x, y));
    }
  });

  it("λ = 0.1 halves the shallow coordinate (6 → 3) and barely moves the steep one (2 → 1.905)", () => {
    const [x, y] = penalisedMinimum(0.1);
    expect(x).toBeCloseTo(3, 12);
    expect(y).toBeCloseTo(4 / 2.1, 12);
  });

  it("the minimum's size shrinks monotonically toward 0 as λ grows", () => {
    const sizes = minimumPath().map(norm);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1]);
    expect(sizes[0]).toBeCloseTo(Math.hypot(6, 2), 12);
    expect(sizes.at(-1)!).toBeLessThan(0.1);
  });

  it("kobai's SGD with weightDecay = λ on f (no penalty in the loss) ends at the penalised minimum", () => {
    for (const lambda of [0, 0.1, 1, 2]) {
      const run = sgdWithWeightDecay(lambda);
      expect(run.diverged).toBe(false);
      const end = run.points.at(-1)!;
      const min = penalisedMinimum(lambda);
      expect(Math.hypot(end[0] - min[0], end[1] - min[1])).toBeLessThan(1e-3);
    }
    expect(penaltyState(0.1).sgdEnd[0]).toBeCloseTo(3, 3);
  });

  it("rejects a negative or non-finite λ with a message naming it", () => {
    expect(() => penalisedMinimum(-1)).toThrow(/weight decay λ must be a finite number ≥ 0, got -1/);
    expect(() => penalisedLoss(NaN)).toThrow(/λ/);
  });

  it("the chart draws both paths and a caption with the minimum", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const chart = contourWithPath({ ...penaltyChartOptions(0.1, labels), document: document as unknown as Document });
    expect(chart.caption).toContain("path");
    expect(chart.caption).toContain("sgd");
    expect(chart.caption).not.toContain("NaN");
  });
});
