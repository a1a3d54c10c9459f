// The loss-functions widgets' logic against PyTorch and the book's numpy code
// (src/core/__fixtures__/foundations.json, scripts/fixtures/foundations.py).
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { loadFixture, expectClose } from "../../../src/core/testing/fixtures";
import { lossesAt, lossCurvesOverP } from "./loss-curves";
import { naiveSoftmax, stabilityReport } from "./softmax-stability";
import { HANDLE_X, dragHandle, leastSquares, regressionPoints, regressionReport } from "./regression";
import { accuracyAt, crossEntropyAt, flatCurves, slopeAt } from "./accuracy-flat";
import { curvesStatus, curvesTableHtml, drawLossChart, drawSlopeChart } from "./curves-view";
import { softmaxMessage, softmaxTableHtml } from "./softmax-view";
import { drawRegression, regressionNumbers } from "./regression-view";

const fixture = loadFixture("foundations").losses;
const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("lossesAt (panel 1)", () => {
  it("equals torch autograd for both losses and their logit slopes", () => {
    for (const ref of fixture.at_p) {
      const v = lossesAt(ref.p);
      expectClose([v.ce, v.se, v.dCEdz, v.dSEdz], [ref.ce, ref.se, ref.dCEdz, ref.dSEdz], 1e-12, `p = ${ref.p}`);
    }
  });
  it("has the closed forms of the chapter", () => {
    for (const p of [0.01, 0.3, 0.77, 1]) {
      const v = lossesAt(p);
      expect(v.ce).toBeCloseTo(-Math.log(p), 12);
      expect(v.se).toBeCloseTo((1 - p) ** 2, 12);
      expect(v.dSEdp).toBeCloseTo(-2 * (1 - p), 12);
      expect(v.dCEdz).toBeCloseTo(p - 1, 12);
      expect(v.dSEdz).toBeCloseTo(-2 * p * (1 - p) ** 2, 12);
      expect(v.dCEdp).toBeCloseTo(-1 / p, 12);
    }
  });
  it("the CE/SE logit-slope ratio is 1/(2p(1−p)) ≥ 2", () => {
    for (const v of lossCurvesOverP(50).filter((v) => v.p < 1)) {
      expect(v.dCEdz / v.dSEdz).toBeCloseTo(1 / (2 * v.p * (1 - v.p)), 8);
      expect(v.dCEdz / v.dSEdz).toBeGreaterThanOrEqual(2 - 1e-9);
    }
  });
  it("rejects p outside (0, 1]", () => expect(() => lossesAt(0)).toThrow(/\(0, 1\]/));
  it("draws both charts and the table without NaN", () => {
    for (const view of ["p", "z"] as const)
      expect(drawSlopeChart(0.01, view, { document: doc(), width: 400 }).caption).not.toMatch(/NaN/);
    expect(drawLossChart(0.5, { document: doc(), width: 400 }).caption).toMatch(
      /cross-entropy −log p: 4\.61 at p 0\.01/,
    );
    expect(curvesTableHtml(0.01)).toContain("−0.0196");
    expect(curvesStatus(0.01)).toContain("50.5×");
    expect(curvesStatus(1)).toMatch(/both losses and both slopes are 0/);
  });
});

describe("softmax stability (panel 3)", () => {
  it("the naive softmax of the book's logits is NaN; the stable one equals torch", () => {
    const r = stabilityReport(fixture.stability.logits, 0);
    expect(r.naive.map(Number.isNaN)).toEqual(fixture.stability.naive_is_nan);
    expectClose(r.stable, fixture.stability.torch_softmax, 1e-12);
    expect(naiveSoftmax([0.3, 2.9, 4])).toEqual(expect.arrayContaining([expect.any(Number)]));
  });
  it("logits ±1000: naive ∞, the book's 16.118 (numpy), kobai's 2000 (torch)", () => {
    const r = stabilityReport([1000, -1000], 1);
    expect(r.naiveLoss).toBe(Infinity);
    expect(r.bookLoss).toBeCloseTo(fixture.stability.book_ce_pm1000_target1, 12);
    expect(r.loss).toBe(fixture.stability.ce_pm1000_target1);
    expect(stabilityReport([1000, -1000], 0).loss).toBe(fixture.stability.ce_pm1000_target0);
  });
  it("small logits: naive and stable agree", () => {
    const r = stabilityReport([0.3, 2.9, 4], 2);
    expectClose(r.naive, r.stable, 1e-14);
    expect(softmaxMessage(r).tone).toBe("info");
  });
  it("the table flags NaN and ∞ and the message says why", () => {
    const r = stabilityReport([1000, -1000, 0], 1);
    expect(softmaxTableHtml(r)).toContain('<span class="lf-bad">NaN</span>');
    expect(softmaxTableHtml(r)).toContain('<span class="lf-bad">∞</span>');
    expect(softmaxMessage(r).text).toMatch(
      /overflows past a ≈ 709\.8.*caps the loss at 16\.12; the exact loss is 2000/,
    );
  });
  it("names bad input", () => {
    expect(() => stabilityReport([1], 0)).toThrow(/at least two/);
    expect(() => stabilityReport([1, 2], 2)).toThrow(/0 … 1/);
    expect(() => stabilityReport([1, NaN], 0)).toThrow(/finite/);
  });
});

describe("regression (panel 2)", () => {
  const points = regressionPoints();
  it("½Σ = (N/2)·mean, by the core's MSELoss", () => {
    for (const [w, b] of [
      [0.3, 2],
      [1, 0],
      [-1, 4],
    ]) {
      const r = regressionReport(points, w, b);
      expect(r.halfSum).toBeCloseTo((points.length / 2) * r.mean, 12);
      expect(r.sum).toBeCloseTo(2 * r.halfSum, 12);
      expect(r.mean).toBeCloseTo(r.residuals.reduce((s, v) => s + v * v, 0) / points.length, 12);
    }
  });
  it("the least-squares line is the minimum: any nudge makes it worse", () => {
    const [w, b] = leastSquares(points);
    const best = regressionReport(points, w, b).mean;
    for (const [dw, db] of [
      [0.01, 0],
      [-0.01, 0],
      [0, 0.01],
      [0, -0.01],
    ])
      expect(regressionReport(points, w + dw, b + db).mean).toBeGreaterThan(best);
    expect(regressionNumbers(regressionReport(points, w, b)).at(-1)).toMatch(/least-squares line/);
  });
  it("dragging a handle keeps the other end of the line in place", () => {
    const [w, b] = dragHandle(0.3, 2, 1, 4.5);
    expect(w * HANDLE_X[0] + b).toBeCloseTo(0.3 * HANDLE_X[0] + 2, 12);
    expect(w * HANDLE_X[1] + b).toBeCloseTo(4.5, 12);
  });
  it("draws six squares and says the numbers in the caption", () => {
    const { chart } = drawRegression(0.3, 2, "squares", { document: doc(), width: 400 });
    expect(chart.svg.querySelectorAll("rect").length).toBeGreaterThanOrEqual(6);
    expect(chart.caption).toMatch(/mean squared error 0\.9277; ½Σ\(y − t\)² = 2\.78/);
  });
});

describe("accuracy is flat", () => {
  it("its central-difference slope is 0 almost everywhere; cross-entropy's is not", () => {
    const { b } = flatCurves();
    const zero = b.filter((v) => slopeAt(accuracyAt, v) === 0).length;
    expect(zero).toBe(234);
    expect(b.length).toBe(241);
    expect(slopeAt(accuracyAt, 0.7)).toBe(0);
    expect(slopeAt(crossEntropyAt, 0.7)).toBeCloseTo(0.04, 3);
  });
});
