import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, Momentum, Nesterov, type Point } from "kobai";
import { lookAheadAt, lookAheadCaption, lookAheadMarks } from "./look-ahead";

const hypers = { lr: 0.1, momentum: 0.9 };

describe("Nesterov's look-ahead on the explorer", () => {
  const run = runOptimizer(bookBowl, Nesterov, hypers);
  it("θ_k from PyTorch's stored weights follows classical Nesterov: u_k = μu − η∇f(θ + μu), θ_k = θ + u_k", () => {
    let theta: Point = [...bookBowl.start];
    let u: Point = [0, 0];
    for (let k = 1; k <= 30; k++) {
      const g = bookBowl.gradient(theta[0] + hypers.momentum * u[0], theta[1] + hypers.momentum * u[1]);
      u = [hypers.momentum * u[0] - hypers.lr * g[0], hypers.momentum * u[1] - hypers.lr * g[1]];
      theta = [theta[0] + u[0], theta[1] + u[1]];
      const la = lookAheadAt("Nesterov", "pytorch", hypers, run.states, run.points, k)!;
      expect(la.theta[0]).toBeCloseTo(theta[0], 12);
      expect(la.theta[1]).toBeCloseTo(theta[1], 12);
      // The look-ahead point θ + μu is the point the explorer draws: PyTorch's weights.
      expect(la.lookAhead[0]).toBeCloseTo(theta[0] + hypers.momentum * u[0], 12);
      expect(la.lookAhead).toEqual(run.points[k]);
    }
  });
  it("at step 1, θ is plain Momentum's first point (from rest the look-ahead is the start)", () => {
    const la = lookAheadAt("Nesterov", "pytorch", hypers, run.states, run.points, 1)!;
    const momentum = runOptimizer(bookBowl, Momentum, hypers, { steps: 1 });
    expect(la.theta[0]).toBeCloseTo(momentum.points[1][0], 12);
    expect(la.theta[1]).toBeCloseTo(momentum.points[1][1], 12);
  });
  it("is opt-in per optimizer: nothing for Momentum, nothing at step 0", () => {
    const m = runOptimizer(bookBowl, Momentum, hypers);
    expect(lookAheadAt("Momentum", "pytorch", hypers, m.states, m.points, 3)).toBeUndefined();
    expect(lookAheadAt("Nesterov", "pytorch", hypers, run.states, run.points, 0)).toBeUndefined();
    expect(lookAheadMarks(undefined)).toEqual([]);
    expect(lookAheadCaption(undefined, 3)).toBe("");
  });
  it("the book's form uses its velocity as the step (u = v)", () => {
    const book = runOptimizer(bookBowl, Nesterov, { ...hypers, form: "book" as const });
    const la = lookAheadAt("Nesterov", "book", hypers, book.states, book.points, 2)!;
    const v = book.states[2].velocity!;
    expect(la.theta[0]).toBeCloseTo(book.points[2][0] - 0.9 * v[0], 12);
  });
  it("says where the gradient is taken, in the caption", () => {
    const la = lookAheadAt("Nesterov", "pytorch", hypers, run.states, run.points, 1);
    expect(lookAheadCaption(la, 1)).toBe(
      "At step 1 the gradient is taken at the look-ahead point θ + μu = (−6.87, 1.24); the classical weights θ are at (−6.93, 1.60).",
    );
    expect(lookAheadMarks(la)).toHaveLength(4);
  });
});
