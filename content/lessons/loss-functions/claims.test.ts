// Every number the loss-functions chapter states, computed with the calls its widgets and
// cells make, checked against the PyTorch/numpy fixture, and checked to appear in the prose.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CrossEntropyLoss, Tensor } from "kobai";
import { loadFixture } from "../../../src/core/testing/fixtures";
import { nodeNotebook } from "../../../src/notebook/testing";
import { lossesAt } from "../../../components/widgets/loss-functions/loss-curves";
import { stabilityReport } from "../../../components/widgets/loss-functions/softmax-stability";
import {
  leastSquares,
  regressionPoints,
  regressionReport,
} from "../../../components/widgets/loss-functions/regression";
import {
  accuracyAt,
  crossEntropyAt,
  flatCurves,
  slopeAt,
} from "../../../components/widgets/loss-functions/accuracy-flat";
import { bookCrossEntropyError, bookMeanSquaredError } from "./book-forms";

const mdx = readFileSync(new URL("../loss-functions.mdx", import.meta.url), "utf8");
const cell = (name: string) => readFileSync(new URL(`./${name}.ts`, import.meta.url), "utf8");
const fixture = loadFixture("foundations").losses;
const prose = (s: string) => expect(mdx, `the chapter should say "${s}"`).toContain(s);
const y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
const y2 = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0];
const t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0];

describe("loss-functions: the book's examples (4.2.1–4.2.2)", () => {
  it("E = 0.0975 and 0.5975; cross-entropy 0.5108 and 2.3026, as numpy and torch compute them", () => {
    expect(bookMeanSquaredError(y, t)).toBeCloseTo(fixture.book.sse[0], 15);
    expect(bookMeanSquaredError(y2, t)).toBeCloseTo(fixture.book.sse[1], 15);
    expect(bookCrossEntropyError(y, t)).toBeCloseTo(fixture.book.cee[0], 15);
    expect(bookCrossEntropyError(y2, [7 - 5])).toBeCloseTo(fixture.book.cee[1], 15);
    expect(bookCrossEntropyError([y, y], [t, t])).toBeCloseTo(fixture.book.cee_batch_of_two, 15);
    const logits = (v: number[]) => Tensor.from([v.map(Math.log)]);
    expect(new CrossEntropyLoss().forward(logits(y), [2])).toBeCloseTo(fixture.book.torch_ce_on_log_y[0], 14);
    expect(new CrossEntropyLoss().forward(logits(y2), [2])).toBeCloseTo(fixture.book.torch_ce_on_log_y[1], 14);
    prose("$E = 0.0975$");
    prose("$E = 0.5975$");
    prose("$-\\log 0.6 = 0.5108$");
    prose("$-\\log 0.1 = 2.3026$");
    expect(fixture.book.cee[1].toFixed(6)).toBe("2.302584");
    prose("2.302584");
  });
});

describe("loss-functions: the regression panel", () => {
  const points = regressionPoints();
  it("N = 6, E = 3L; the starting line and the least-squares line", () => {
    expect(points.length).toBe(6);
    prose("$E$ is always exactly 3 times $L$");
    const start = regressionReport(points, 0.3, 2);
    expect(start.mean.toFixed(4)).toBe("0.9277");
    expect(start.halfSum.toFixed(3)).toBe("2.783");
    prose("$y = 0.3x + 2$ has $L = 0.9277$ and $E = 2.783$");
    const [w, b] = leastSquares(points);
    expect([w.toFixed(4), b.toFixed(4)]).toEqual(["0.9775", "0.3461"]);
    expect(regressionReport(points, w, b).mean.toFixed(5)).toBe("0.07494");
    prose("$y = 0.9775x + 0.3461$, has $L = 0.07494$");
  });
});

describe("loss-functions: the loss curves at p = 0.01", () => {
  it("CE 4.605 with slope −0.99; SE 0.9801 with slope −0.0196; 50.5 times; never below 2 (at p = 0.5)", () => {
    const v = lossesAt(0.01);
    expect(v.ce.toFixed(3)).toBe("4.605");
    expect(v.dCEdz).toBeCloseTo(-0.99, 14);
    expect(v.se).toBeCloseTo(0.9801, 14);
    expect(v.dSEdz.toFixed(4)).toBe("-0.0196");
    expect((v.dCEdz / v.dSEdz).toFixed(1)).toBe("50.5");
    prose(
      "Cross-entropy is\n4.605 and pushes the right logit with slope $-0.99$; squared error is 0.9801 and its\nslope is only $-0.0196$: cross-entropy pushes 50.5 times harder",
    );
    // The formula's rows: along y = (p, 1 − p) the squared error's slope is −2(1 − p), and times
    // the softmax's p(1 − p) it is the logit slope −2p(1 − p)² (the core's backward passes).
    for (const p of [0.01, 0.3, 0.77]) {
      const at = lossesAt(p);
      expect(at.dSEdp).toBeCloseTo(-2 * (1 - p), 12);
      expect(at.dSEdz).toBeCloseTo(at.dSEdp * p * (1 - p), 12);
      const h = 1e-6; // a central difference of E = (1 − p)² agrees
      expect((lossesAt(p + h).se - lossesAt(p - h).se) / (2 * h)).toBeCloseTo(at.dSEdp, 6);
    }
    prose("\\frac{\\partial E_{\\text{SE}}}{\\partial p} &= -2(1 - p)");
    prose("\\frac{\\partial E_{\\text{SE}}}{\\partial z_0} &= -2p(1 - p)^2");
    const half = lossesAt(0.5);
    expect(half.dCEdz / half.dSEdz).toBeCloseTo(2, 14);
    prose("is never below 2 (at $p = 0.5$)");
  });
});

describe("loss-functions: large logits", () => {
  it("naive softmax of (1010, 1000, 990) is NaN; stable (0.99995, 4.54e-5, 2.06e-9); ±1000: ∞, 16.12, 2000", () => {
    const r = stabilityReport([1010, 1000, 990], 0);
    expect(r.naive.every(Number.isNaN)).toBe(true);
    expect([r.stable[0].toFixed(5), r.stable[1].toExponential(2), r.stable[2].toExponential(2)]).toEqual([
      "0.99995",
      "4.54e-5",
      "2.06e-9",
    ]);
    prose("$(0.99995, 4.54 \\times 10^{-5}, 2.06 \\times 10^{-9})$");
    const pm = stabilityReport([1000, -1000], 1);
    expect(pm.naiveLoss).toBe(Infinity);
    expect(pm.bookLoss.toFixed(2)).toBe("16.12");
    expect(pm.loss).toBe(2000);
    expect(fixture.stability.ce_pm1000_target1).toBe(2000);
    prose(
      "the naive loss is $\\infty$, the book's\n$\\delta$ gives 16.12, and kobai's `CrossEntropyLoss` gives the exact 2000",
    );
    // The predict prompt's preset (1000, −1000, 0), right class 1.
    const preset = stabilityReport([1000, -1000, 0], 1);
    expect([preset.naiveLoss, Number(preset.bookLoss.toFixed(2)), preset.loss]).toEqual([Infinity, 16.12, 2000]);
    // e^709.78 is the largest finite exponential.
    expect(Number.isFinite(Math.exp(709.78))).toBe(true);
    expect(Math.exp(709.79)).toBe(Infinity);
    prose("$e^{709.78}$");
  });
  it("probabilities passed as logits give 1.819 instead of 0.5108", () => {
    expect(new CrossEntropyLoss().forward(Tensor.from([y]), [2]).toFixed(3)).toBe("1.819");
    prose("gives 1.819 instead of 0.5108");
  });
});

describe("loss-functions: accuracy is flat", () => {
  it("at b = 0.7 accuracy 5/7 with slope 0, cross-entropy slope 0.040; 234 of 241 slopes are 0; jumps read ±714", () => {
    expect(accuracyAt(0.7)).toBeCloseTo(5 / 7, 15);
    expect(slopeAt(accuracyAt, 0.7)).toBe(0);
    expect(slopeAt(crossEntropyAt, 0.7).toFixed(3)).toBe("0.040");
    prose("At $b = 0.7$ the accuracy is $5/7$ and its central-difference slope is exactly 0");
    prose("The cross-entropy's slope at the same\npoint is 0.040");
    const { b } = flatCurves();
    const slopes = b.map((v) => slopeAt(accuracyAt, v));
    expect(slopes.filter((s) => s === 0).length).toBe(234);
    expect(new Set(slopes.filter((s) => s !== 0).map((s) => Math.round(Math.abs(s))))).toEqual(new Set([714]));
    prose("Of the 241 sampled values of $b$, 234 have an\naccuracy slope of exactly 0");
    prose("$\\pm 714$");
  });
});

describe("loss-functions: the exercises", () => {
  it("exercise 1: 0.5975 from the listed squares; exercise 3: η_L = 3η_E for N = 6", () => {
    expect(0.5 * (0.01 + 0.0025 + 0.81 + 0.0025 + 0.01 + 0.36)).toBeCloseTo(0.5975, 15);
    // The hint: the outputs more than 0.05 away from the target.
    const far = y2.flatMap((v, i) => (Math.abs(v - t[i]) > 0.05 + 1e-12 ? [i] : []));
    expect(far).toEqual([0, 2, 5, 7]);
    prose("Four outputs differ from the target by more than 0.05 (indices 0, 2, 5 and 7)");
    const points = regressionPoints();
    const lr = 0.01;
    // One step on ½Σ with η and one on the mean with 3η land on the same line.
    const grad = (w: number, b: number, scale: number) => {
      const r = regressionReport(points, w, b);
      return [
        scale * r.residuals.reduce((s, e, i) => s + e * points[i].x, 0),
        scale * r.residuals.reduce((s, e) => s + e, 0),
      ];
    };
    const [gE, gL] = [grad(0.3, 2, 1), grad(0.3, 2, 2 / points.length)];
    expect(0.3 - lr * gE[0]).toBeCloseTo(0.3 - 3 * lr * gL[0], 14);
    prose("$\\eta_L = \\frac{N}{2}\\eta_E = 3\\eta_E$");
  });
});

describe("loss-functions: the cells", () => {
  it("the reproduce cell prints the book's and the widget's numbers", async () => {
    const run = await nodeNotebook().run("lf-losses", cell("cell-losses"));
    expect(run.result.ok).toBe(true);
    const out = run.texts.join("\n");
    expect(out).toContain("½Σ(y − t)²   = 0.0975");
    expect(out).toContain("mean (y − t)² = 0.0195");
    expect(out).toContain("−log y₂      = 0.510826");
    expect(out).toMatch(/∂CE\/∂z₀ = -0\.99/);
    expect(out).toMatch(/∂SE\/∂z₀ = -0\.019602/);
    expect(out).toMatch(/right class 1: 2000$/m);
  });

  const yourTurn = cell("cell-your-cee");
  const withBody = (body: string) => yourTurn.replace(/  \/\/ TODO:[^\n]*\n  return 0;\n/, body);
  it("the your-turn cell starts failing, and has the TODO the tests replace", async () => {
    expect(withBody("X")).not.toBe(yourTurn);
    const run = await nodeNotebook().run("lf-your-cee", yourTurn);
    expect(run.verdicts.map((v) => v.ok)).toEqual([false, true, false]);
  });
  it("the reference solution passes every check", async () => {
    const solution = withBody(
      "  let total = 0;\n  for (let n = 0; n < y.length; n++) total += Math.log(y[n][t[n]] + 1e-7);\n  return -total / y.length;\n",
    );
    const run = await nodeNotebook().run("lf-your-cee", solution);
    expect(run.result.ok).toBe(true);
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true, true]);
  });
  it("a sum instead of a mean, and a missing δ, are caught", async () => {
    const sum = await nodeNotebook().run(
      "a",
      withBody(
        "  let total = 0;\n  for (let n = 0; n < y.length; n++) total += Math.log(y[n][t[n]] + 1e-7);\n  return -total;\n",
      ),
    );
    expect(sum.verdicts.map((v) => v.ok)).toEqual([false, false, true]);
    const noDelta = await nodeNotebook().run(
      "b",
      withBody(
        "  let total = 0;\n  for (let n = 0; n < y.length; n++) total += Math.log(y[n][t[n]]);\n  return -total / y.length;\n",
      ),
    );
    expect(noDelta.verdicts.map((v) => v.ok)).toEqual([true, true, false]);
  });
});
