// runOptimizer walks a landscape with real Parameters and a real optimizer: its paths equal
// torch.optim's (both layouts), and it reports state and divergence.
import { describe, expect, it } from "vitest";
import { expectClose } from "../testing/fixtures";
import { caseName, fixture, fixtureLandscapes, optimizerClasses } from "../optim/testing";
import { SGD, Momentum, AdaGrad, Adam } from "../optim/index";
import { bookBowl, saddle, twoWells, runOptimizer, runRule } from "./index";
import { isDiverged } from "../training/divergence";

describe("runOptimizer", () => {
  for (const c of fixture.cases) {
    it(`equals torch in both layouts: ${caseName(c)}`, () => {
      const Opt = optimizerClasses[c.optimizer];
      const land = fixtureLandscapes[c.landscape];
      for (const layout of ["vector", "separate"] as const) {
        const run = runOptimizer(land, Opt, c.options, { steps: c.steps, layout });
        expect(run.diverged).toBe(false);
        expectClose(run.points, c.xy, 1e-9, `${layout} path`);
        expectClose(
          run.losses,
          c.xy.map(([x, y]) => land.value(x, y)),
          1e-12,
          `${layout} losses`,
        );
      }
    });
  }

  it("reproduces the book's figure 6-3 endpoint (SGD, lr 0.95, 30 steps) as numpy ran the book's code", () => {
    const book = fixture.book.find((c) => c.optimizer === "SGD" && c.landscape === "book" && !c.options.weightDecay)!;
    const run = runOptimizer(bookBowl, SGD, { lr: 0.95 });
    expect(run.points).toHaveLength(31);
    expectClose(run.points, book.xy, 1e-9);
  });

  it("accepts a factory as well as a class", () => {
    const a = runOptimizer(bookBowl, Adam, { lr: 0.3 });
    const b = runOptimizer(bookBowl, (params) => new Adam(params, { lr: 0.3 }));
    expect(b.points).toEqual(a.points);
  });

  it("records the optimizer's state after every step, per axis, the same in both layouts", () => {
    const vector = runOptimizer(bookBowl, Momentum, { lr: 0.1 }, { steps: 5 });
    const separate = runOptimizer(bookBowl, Momentum, { lr: 0.1 }, { steps: 5, layout: "separate" });
    expect(vector.states).toHaveLength(6);
    expect(vector.states[0]).toEqual({ velocity: [0, 0] });
    expect(vector.states[1].velocity).toEqual(bookBowl.gradient(-7, 2)); // torch: v = ∇ on the first step
    expect(separate.states).toEqual(vector.states);
    const ada = runOptimizer(bookBowl, AdaGrad, { lr: 1.5 }, { steps: 3 });
    expect(Object.keys(ada.states[3])).toEqual(["h", "effectiveLr"]);
    expect(ada.states[3].effectiveLr[0]).toBeGreaterThan(ada.states[3].effectiveLr[1]); // x, the shallow axis, gets the larger step
    expect(runOptimizer(bookBowl, SGD).states[30]).toEqual({});
  });

  it("stops and says so when a run diverges", () => {
    const run = runOptimizer(bookBowl, SGD, { lr: 1.5 }, { steps: 500 });
    expect(run.diverged).toBe(true);
    expect(run.points.length).toBeLessThan(501);
    expect(run.points.flat().every(Number.isFinite)).toBe(true);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });

  it("uses kobai's one divergence rule: Adam with η = 10, β₂ = 0, ε = 1e-12 wanders off the book's bowl and is stopped", () => {
    const run = runOptimizer(bookBowl, Adam, { lr: 10, beta2: 0, eps: 1e-12 }, { steps: 100 });
    expect(run.diverged).toBe(true);
    // Every coordinate it reached is far inside 1e8 (the old rule would have let it wander on),
    // but f passed 10⁴ × its start 6.45 at the step after the last point.
    expect(run.points.every(([x, y]) => Math.abs(x) < 1e4 && Math.abs(y) < 1e4)).toBe(true);
    expect(run.losses.every((f) => !isDiverged(f, run.losses[0]))).toBe(true);
    expect(run.points.length).toBe(61);
  });

  it("slides towards the saddle, stalls, then escapes along y", () => {
    const run = runOptimizer(saddle, SGD, { lr: 0.1 }, { steps: 40 });
    const closest = Math.min(...run.points.map(([x, y]) => Math.hypot(x, y)));
    expect(closest).toBeLessThan(0.1);
    expect(Math.abs(run.points.at(-1)![1])).toBeGreaterThan(1);
    expect(run.losses.at(-1)!).toBeLessThan(0);
  });

  it("on the two wells: SGD stops in the local minimum, Momentum with μ = 0.95 rolls into the global one", () => {
    const [global, local] = twoWells.criticalPoints;
    const distance = (p: number[], q: number[]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
    const sgd = runOptimizer(twoWells, SGD, { lr: 0.5 }, { steps: 300 });
    expect(distance(sgd.points.at(-1)!, local.point)).toBeLessThan(1e-3);
    const heavy = runOptimizer(twoWells, Momentum, { lr: 0.05, momentum: 0.95 }, { steps: 300 });
    expect(distance(heavy.points.at(-1)!, global.point)).toBeLessThan(1e-2);
  });

  it("names bad run options", () => {
    expect(() => runOptimizer(bookBowl, SGD, {}, { steps: -1 })).toThrow(/steps must be an integer ≥ 0/);
    expect(() => runOptimizer(bookBowl, SGD, {}, { start: [Number.NaN, 0] })).toThrow(
      /start must be two finite numbers/,
    );
    expect(() => runOptimizer(bookBowl, SGD, {}, { layout: "grid" as never })).toThrow(/layout must be/);
    expect(() => runOptimizer(bookBowl, SGD, { lr: -1 })).toThrow(/SGD: option "lr"/);
  });
});

describe("runRule", () => {
  it("walks with a hand-written rule: SGD's rule gives runOptimizer's SGD path, point for point", () => {
    const path = runRule(bookBowl, (w, grad) => [w[0] - 0.95 * grad[0], w[1] - 0.95 * grad[1]], { steps: 30 });
    expect(path).toHaveLength(31);
    expect(path).toEqual(runOptimizer(bookBowl, SGD, { lr: 0.95 }, { steps: 30 }).points);
  });

  it("hands the rule the step number t = 1, 2, … and the gradient at the point before, from `start`", () => {
    const seen: [number[], number[], number][] = [];
    const path = runRule(
      saddle,
      (w, grad, t) => {
        seen.push([w, grad, t]);
        return [w[0] + 1, w[1]];
      },
      { start: [0.5, 1], steps: 2 },
    );
    expect(path).toEqual([
      [0.5, 1],
      [1.5, 1],
      [2.5, 1],
    ]);
    expect(seen).toEqual([
      [[0.5, 1], saddle.gradient(0.5, 1), 1],
      [[1.5, 1], saddle.gradient(1.5, 1), 2],
    ]);
  });

  it("keeps every step of a rule that blows up, and rejects a bad step count", () => {
    const path = runRule(bookBowl, (w) => [w[0] * 1e200, w[1]], { steps: 3 });
    expect(path).toHaveLength(4);
    expect(path[3][0]).toBe(-Infinity);
    expect(() => runRule(bookBowl, (w) => w, { steps: 1.5 })).toThrow(/steps must be an integer/);
  });
});
