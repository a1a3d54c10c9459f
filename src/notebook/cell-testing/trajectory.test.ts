import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, SGD, type Point } from "kobai";
import { evaluateTrajectory } from "./trajectory";
import { nodeNotebook } from "../testing";

/** The path of one hand-written step rule from the bowl's start, as the chapters' cells build it. */
function pathOf(step: (w: Point, grad: Point) => Point, steps = 30): Point[] {
  const path: Point[] = [bookBowl.start];
  for (let k = 0; k < steps; k++) path.push(step(path[k], bookBowl.gradient(path[k][0], path[k][1])));
  return path;
}

describe("checkTrajectory verdicts", () => {
  const kobais = runOptimizer(bookBowl, SGD, { lr: 0.95 }, { steps: 30 }).points;

  it("passes a rule that takes kobai's steps, naming the optimizer and the step count", () => {
    const yours = pathOf((w, g) => [w[0] - 0.95 * g[0], w[1] - 0.95 * g[1]]);
    expect(evaluateTrajectory(yours, kobais, "SGD")).toEqual({
      ok: true,
      label: "all 30 steps equal kobai's SGD",
      detail: "",
    });
  });

  it("names the first step and coordinate that differ, with both values", () => {
    // Right in x, wrong in y from the first step on.
    const yours = pathOf((w, g) => [w[0] - 0.95 * g[0], w[1] - 0.9 * g[1]]);
    const verdict = evaluateTrajectory(yours, kobais, "SGD");
    expect(verdict.ok).toBe(false);
    expect(verdict.label).toBe("step 1, y: yours should equal kobai's");
    expect(verdict.detail).toMatch(/^Expected -?[\d.e-]+, got -?[\d.e-]+\.$/);
  });

  it("uses |yours − kobai's| ≤ 1e-9·(1 + |kobai's|): last-bit noise passes, 1e-6 does not", () => {
    const shifted = (by: number) => kobais.map(([x, y], k) => [k === 7 ? x + by * (1 + Math.abs(x)) : x, y] as Point);
    expect(evaluateTrajectory(shifted(1e-12), kobais, "SGD").ok).toBe(true);
    expect(evaluateTrajectory(shifted(1e-6), kobais, "SGD").label).toBe("step 7, x: yours should equal kobai's");
  });

  it("fails a NaN, a path that stops early and one that goes on too long", () => {
    const withNaN = kobais.map((p, k) => (k === 3 ? ([NaN, p[1]] as Point) : p));
    expect(evaluateTrajectory(withNaN, kobais, "SGD").label).toBe("step 3, x: yours should equal kobai's");
    expect(evaluateTrajectory(kobais.slice(0, 10), kobais, "SGD")).toMatchObject({
      ok: false,
      label: "step 10, x: yours should equal kobai's",
    });
    expect(evaluateTrajectory([...kobais, kobais[30]], kobais, "SGD")).toMatchObject({
      ok: false,
      detail: "Expected 31, got 32.",
    });
  });

  it("is a builtin every cell can call, and prints its verdict", async () => {
    const notebook = nodeNotebook();
    const run = await notebook.run(
      "cell",
      `import { bookBowl, runOptimizer, Momentum } from "kobai";
       const kobais = runOptimizer(bookBowl, Momentum, { lr: 0.1, momentum: 0.9 }, { steps: 30 }).points;
       const passed = checkTrajectory(kobais.map((p) => [p[0], p[1]]), kobais, "Momentum");
       console.log(String(passed));`,
    );
    expect(run.result.ok).toBe(true);
    expect(run.verdicts.map(({ ok, label }) => ({ ok, label }))).toEqual([
      { ok: true, label: "all 30 steps equal kobai's Momentum" },
    ]);
    expect(run.texts).toEqual(["true"]);
  });
});
