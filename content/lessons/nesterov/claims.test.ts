// Every number the Nesterov chapter states, computed with the calls the widget and cells
// use, and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, Momentum, Nesterov, SGD } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import { lookAheadAt, lookAheadCaption } from "../../../components/widgets/shared/optimizers/look-ahead";
import { runLessonCells, runPageCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { expectYourTurn } from "../../../src/notebook/cell-testing/optimizer-chapters";

const said = statedIn("nesterov");
const nag = (form: "pytorch" | "book", steps = 30, options: Record<string, number> = {}) =>
  runOptimizer(bookBowl, Nesterov, { lr: 0.1, momentum: 0.9, form, ...options }, { steps });

describe("nesterov chapter: claims", () => {
  it("kobai's default momentum is the book's 0.9 (torch.optim.SGD's is 0)", () => {
    const plain = runOptimizer(bookBowl, Nesterov, { lr: 0.1 }, { steps: 30 });
    expect(plain.points).toEqual(nag("pytorch").points);
    said(
      "0.9 by default in the book and in kobai; `torch.optim.SGD` defaults to `momentum=0`",
      "本書でも kobai でも既定値は 0.9 です。`torch.optim.SGD` の既定値は `momentum=0` です",
    );
  });

  it("first steps: PyTorch (−6.867, 1.24) = 1.9ηg, book (−6.8103, 0.916) = 2.71ηg, Momentum (−6.93, 1.6)", () => {
    const t = nag("pytorch", 1).points[1],
      b = nag("book", 1).points[1];
    expect(t[0]).toBeCloseTo(-7 + 1.9 * 0.1 * 0.7, 12);
    expect(t[1]).toBeCloseTo(1.24, 12);
    expect(b[0]).toBeCloseTo(-7 + 2.71 * 0.1 * 0.7, 12);
    expect(b[1]).toBeCloseTo(0.916, 12);
    expect(b[0].toFixed(4)).toBe("-6.8103");
    expect([t[0].toFixed(2), b[0].toFixed(2)]).toEqual(["-6.87", "-6.81"]);
    said(
      "$(-6.87, 1.24)$, the book's at $(-6.81, 0.916)$",
      "$(-6.87, 1.24)$ に、本書の形は $(-6.81, 0.916)$ に着きます",
    );
    said("$(1+\\mu)\\,\\eta g = 1.9\\,\\eta g$", "$(1+\\mu)\\,\\eta g = 1.9\\,\\eta g$");
    said("$(1+\\mu+\\mu^2)\\,\\eta g = 2.71\\,\\eta g$", "$(1+\\mu+\\mu^2)\\,\\eta g = 2.71\\,\\eta g$");
    expect(runOptimizer(bookBowl, Momentum, { lr: 0.1 }, { steps: 1 }).points[1]).toEqual([-6.93, 1.6]);
    said("plain Momentum's is\n$(-6.93, 1.6)$", "通常の Momentum では $(-6.93, 1.6)$ です");
  });

  it("the forms differ by up to 0.37 in one coordinate within 30 steps; their distance peaks at 0.43 (step 6)", () => {
    const t = nag("pytorch"),
      b = nag("book");
    const gap = Math.max(
      ...t.points.map((p, k) => Math.max(Math.abs(p[0] - b.points[k][0]), Math.abs(p[1] - b.points[k][1]))),
    );
    expect(gap.toFixed(2)).toBe("0.37");
    const distances = t.points.map((p, k) => Math.hypot(p[0] - b.points[k][0], p[1] - b.points[k][1]));
    const peak = Math.max(...distances);
    expect(peak.toFixed(2)).toBe("0.43");
    expect(distances.indexOf(peak)).toBe(6);
    said(
      "within 30 steps\nthey differ by up to 0.37 in one coordinate, and the distance between them peaks at 0.43\n(step 6)",
      "30 ステップの間に、どちらかの座標で最大 0.37 の差がつき、2点の距離はステップ 6 で最大の 0.43 になります",
    );
  });

  it("the book's step differs from PyTorch's by μ²(u_k − u_{k−1}) from the same state", () => {
    // One step from a state with velocity: the book's u and torch's v with u = −η·v.
    const t = nag("pytorch", 2),
      b = nag("book", 2);
    const mu = 0.9,
      eta = 0.1;
    // After one step the points differ; compare steps taken from each form's own state via the rule.
    const g = bookBowl.gradient(...b.points[1]);
    const uPrev = b.states[1].velocity,
      uNew = [mu * uPrev[0] - eta * g[0], mu * uPrev[1] - eta * g[1]];
    const exact = [0, 1].map((i) => b.points[1][i] + mu * mu * uPrev[i] - (1 + mu) * eta * g[i]);
    for (const i of [0, 1]) expect(b.points[2][i] - exact[i]).toBeCloseTo(mu * mu * (uNew[i] - uPrev[i]), 12);
    expect(t.points.length).toBe(3);
  });

  it("steady slope: 0.19 and 0.271 first, both 0.99998 at step 100", async () => {
    const [out] = await runLessonCells("nesterov", "cell-steady-slope.ts");
    const text = JSON.stringify(out.items);
    expect(text).toMatch(/0\.19\b/);
    expect(text).toMatch(/0\.271/);
    expect(text).toMatch(/0\.3439/);
    const last = out.items.find((i) => i.kind === "table" && i.table.label?.startsWith("step 100"));
    const values = last && last.kind === "table" ? last.table.rows[0].map(Number) : [];
    expect(values.map((v) => v.toFixed(5))).toEqual(["0.99998", "0.99998"]);
    expect(values.map((v) => v.toFixed(2))).toEqual(["1.00", "1.00"]);
    said(
      "The steps start at 0.19 and 0.271 and both reach 1.00 by step 100",
      "更新幅は 0.19 と 0.271 から始まり、ステップ 100 までにどちらも 1.00 に達します",
    );
  });

  it("after 30 steps: Momentum (0.90, 0.088) f 0.048; PyTorch (0.69, −0.0007) f 0.024; book (0.53, 0.0002) f 0.014", () => {
    const t = nag("pytorch"),
      b = nag("book");
    expect([t.points[30][0].toFixed(2), t.points[30][1].toFixed(4), t.losses[30].toFixed(3)]).toEqual([
      "0.69",
      "-0.0007",
      "0.024",
    ]);
    expect([b.points[30][0].toFixed(2), b.points[30][1].toFixed(4), b.losses[30].toFixed(3)]).toEqual([
      "0.53",
      "0.0002",
      "0.014",
    ]);
    said(
      "$(0.69, -0.0007)$\nwith $f = 0.024$, the book's form at $(0.53, 0.0002)$ with $f = 0.014$",
      "PyTorch の形の Nesterov は $(0.69, -0.0007)$ で $f = 0.024$、本書の形は $(0.53, 0.0002)$ で $f = 0.014$ です",
    );
    const m = runOptimizer(bookBowl, Momentum, { lr: 0.1 });
    expect(m.losses[30].toFixed(3)).toBe("0.048");
    said("$(0.90, 0.088)$ with $f = 0.048$", "Momentum は $(0.90, 0.088)$ にいて、$f = 0.048$ です");
  });

  it("f < 0.001 from step 56 in both forms; Momentum 83", () => {
    expect(firstStepBelow(nag("pytorch", 1000).losses, 0)).toBe(56);
    expect(firstStepBelow(nag("book", 1000).losses, 0)).toBe(56);
    expect(firstStepBelow(runOptimizer(bookBowl, Momentum, { lr: 0.1 }, { steps: 1000 }).losses, 0)).toBe(83);
    said("each stays below $f < 0.001$ from step 56 on", "ステップ 56 以降はずっと $f < 0.001$ です");
    said("Nesterov needs 56 steps, Momentum 83", "Nesterov は 56 ステップ、Momentum は 83 ステップかかります");
  });

  it("μ = 0: both forms are SGD (the Predict)", () => {
    const sgd = runOptimizer(bookBowl, SGD, { lr: 0.1 }).points;
    expect(nag("pytorch", 30, { momentum: 0 }).points).toEqual(sgd);
    const b = nag("book", 30, { momentum: 0 }).points;
    b.forEach((p, k) => {
      expect(p[0]).toBeCloseTo(sgd[k][0], 12);
      expect(p[1]).toBeCloseTo(sgd[k][1], 12);
    });
  });
});

describe("nesterov chapter: cells (page order, one notebook)", () => {
  it("all cells run; your turn fails at step 1 with Momentum's step and passes with the solution", async () => {
    const { "cell-your-turn.ts": start } = await runPageCells("nesterov");
    await expectYourTurn(start, "nesterov", { failsAt: "step 1, x", optimizer: "Nesterov" });
  });
});

describe("nesterov chapter: the look-ahead on the chart", () => {
  it("step 1: θ is Momentum's first point (−6.93, 1.60), the look-ahead (−6.87, 1.24) is 0.9 of the velocity on, with a smaller y slope", () => {
    const hypers = { lr: 0.1, momentum: 0.9 };
    const run = runOptimizer(bookBowl, Nesterov, hypers);
    const la = lookAheadAt("Nesterov", "pytorch", hypers, run.states, run.points, 1)!;
    const momentum = runOptimizer(bookBowl, Momentum, hypers, { steps: 1 });
    expect(la.theta[0]).toBeCloseTo(momentum.points[1][0], 12);
    expect(la.theta[1]).toBeCloseTo(momentum.points[1][1], 12);
    expect(la.theta.map((v) => v.toFixed(2))).toEqual(["-6.93", "1.60"]);
    expect(la.lookAhead.map((v) => v.toFixed(2))).toEqual(["-6.87", "1.24"]);
    // W − θ = μu with u = −ηv, v the velocity after step 1.
    const v = run.states[1].velocity!;
    expect(la.lookAhead[1] - la.theta[1]).toBeCloseTo(0.9 * -0.1 * v[1], 12);
    expect(Math.abs(bookBowl.gradient(...la.lookAhead)[1])).toBeLessThan(Math.abs(bookBowl.gradient(...la.theta)[1]));
    said(
      "$\\theta_1$ is\nexactly plain Momentum's first point $(-6.93, 1.60)$, and the look-ahead point\n$(-6.87, 1.24)$ lies $0.9$ of the velocity further on, where the slope in $y$ is already\nsmaller",
      "$\\theta_1$ は通常の Momentum の最初の点 $(-6.93, 1.60)$ と一致します。\n先読みの点 $(-6.87, 1.24)$ は、そこから速度の $0.9$ 倍だけ先にあり、そこでは $y$ 方向の傾きがすでに小さくなっています",
    );
    expect(lookAheadCaption(la, 1)).toContain("θ + μu = (−6.87, 1.24)");
  });
});
