// Every number the Momentum chapter states, computed with the calls the widget and cells
// use, and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { bookBowl, twoWells, runOptimizer, Momentum, SGD } from "kobai";
import { firstStepBelow, runStatus } from "../../../components/widgets/optimizers/run-status";
import { readCell, readLesson, runCells, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";

const mdx = readLesson("momentum");
const inProse = (s: string) => expect(mdx).toContain(s);
const momentum = (options: Record<string, unknown>, steps = 30, landscape = bookBowl) => runOptimizer(landscape, Momentum, { lr: 0.1, ...options }, { steps });

describe("momentum chapter: claims", () => {
  it("the book's form and PyTorch's take the same 30 steps (gap below 1e-15); book v = −η·torch v", () => {
    const torch = momentum({}), book = momentum({ form: "book" });
    const gap = Math.max(...torch.points.flatMap((p, k) => [Math.abs(p[0] - book.points[k][0]), Math.abs(p[1] - book.points[k][1])]));
    expect(gap).toBeLessThan(1e-15);
    inProse("below $10^{-15}$");
    for (let k = 0; k <= 30; k++) {
      expect(book.states[k].velocity[0]).toBeCloseTo(-0.1 * torch.states[k].velocity[0], 12);
      expect(book.states[k].velocity[1]).toBeCloseTo(-0.1 * torch.states[k].velocity[1], 12);
    }
  });

  it("halving η after 10 steps splits the forms: about 1.03 apart after 20 steps", async () => {
    const [out] = await runCells(readCell("momentum", "cell-schedule.ts"));
    expect(out.error).toBeUndefined();
    const distance = out.items.find((i) => i.kind === "text" && i.text.includes("distance"));
    expect(distance).toBeDefined();
    expect(JSON.stringify(distance)).toMatch(/1\.02[0-9]/);
    inProse("they are about 1.03 apart");
  });

  it("first step (−6.93, 1.6) = SGD's; second (−6.7977, 0.92) (exercise 1)", () => {
    const r = momentum({}, 2);
    expect(r.points[1][0]).toBeCloseTo(-6.93, 12);
    expect(r.points[1][1]).toBeCloseTo(1.6, 12);
    inProse("$(-6.93, 1.6)$");
    expect(r.points[2][0]).toBeCloseTo(-6.7977, 12);
    expect(r.points[2][1]).toBeCloseTo(0.92, 12);
    expect(r.states[2].velocity[0]).toBeCloseTo(-1.323, 12);
    expect(r.states[2].velocity[1]).toBeCloseTo(6.8, 12);
    inProse("$v_2 = 0.9(-0.7, 4) + (-0.693, 3.2) = (-1.323, 6.8)$");
    inProse("(-6.7977, 0.92)");
  });

  it("after 30 steps: Momentum (0.90, 0.088), f = 0.048; SGD (−5.18, 0.0025), f = 1.34; 83 vs 389 steps", () => {
    const m = momentum({});
    expect(m.points[30][0].toFixed(2)).toBe("0.90");
    expect(m.points[30][1].toFixed(3)).toBe("0.088");
    expect(m.losses[30].toFixed(3)).toBe("0.048");
    inProse("$(0.90, 0.088)$, $f = 0.048$");
    const s = runOptimizer(bookBowl, SGD, { lr: 0.1 });
    expect(s.points[30][0].toFixed(2)).toBe("-5.18");
    expect(s.losses[30].toFixed(2)).toBe("1.34");
    inProse("$(-5.18, 0.0025)$, $f = 1.34$");
    expect(firstStepBelow(momentum({}, 1000).losses, 0)).toBe(83);
    expect(firstStepBelow(runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 1000 }).losses, 0)).toBe(389);
    inProse("Momentum needs 83 steps, SGD with this $\\eta$ needs 389");
  });

  it("overshoot: x passes 0 at step 24 and is still growing at step 30", () => {
    const xs = momentum({}).points.map((p) => p[0]);
    expect(xs.findIndex((x) => x > 0)).toBe(24);
    expect(Math.max(...xs)).toBe(xs[30]);
    inProse("after step 24");
  });

  it("μ sweep with η = 0.1: 0.5 → 191, 0.9 → 83, 0.95 → 167 steps to f < 0.001", () => {
    expect(firstStepBelow(momentum({ momentum: 0.5 }, 2000).losses, 0)).toBe(191);
    expect(firstStepBelow(momentum({ momentum: 0.95 }, 2000).losses, 0)).toBe(167);
    inProse("$\\mu = 0.95$ needs 167");
    inProse("With $\\mu = 0.5$ it takes 191 steps");
  });

  it("Polyak's heavy ball η ≈ 1.34, μ ≈ 0.40 stays below f < 0.001 from step 17 (exercise 2)", () => {
    const L = 2, m = 0.1;
    const eta = 4 / (Math.sqrt(L) + Math.sqrt(m)) ** 2;
    const mu = ((Math.sqrt(L) - Math.sqrt(m)) / (Math.sqrt(L) + Math.sqrt(m))) ** 2;
    expect(eta.toFixed(2)).toBe("1.34");
    expect(mu.toFixed(2)).toBe("0.40");
    expect(firstStepBelow(momentum({ lr: eta, momentum: mu }, 100).losses, 0)).toBe(17);
    inProse("from step 17 on");
  });

  it("steady slope: steps 0.1, 0.19, 0.271 … step 100 = 0.99997", async () => {
    const [out] = await runCells(readCell("momentum", "cell-steady-slope.ts"));
    expect(out.error).toBeUndefined();
    const text = JSON.stringify(out.items);
    expect(text).toMatch(/0\.19/);
    expect(text).toMatch(/0\.271/);
    expect(text).toMatch(/0\.99997/);
    inProse("0.1, 0.19, 0.271");
    inProse("step 100 is 0.99997");
  });

  it("two wells: Momentum (η 0.05, μ 0.95) reaches the global minimum; SGD with the same η the local one", () => {
    const m = momentum({ lr: 0.05, momentum: 0.95 }, 300, twoWells);
    expect(runStatus(twoWells, m)).toMatchObject({ kind: "converged", target: { kind: "global minimum" } });
    const s = runOptimizer(twoWells, SGD, { lr: 0.05 }, { steps: 300 });
    const local = twoWells.criticalPoints[1].point;
    expect(Math.hypot(s.points[300][0] - local[0], s.points[300][1] - local[1])).toBeLessThan(0.1);
  });

  it("μ = 0 is SGD exactly (the Predict)", () => {
    expect(momentum({ momentum: 0 }).points).toEqual(runOptimizer(bookBowl, SGD, { lr: 0.1 }).points);
  });
});

describe("momentum chapter: cells (run in page order, one notebook)", () => {
  it("all cells run; your turn fails at step 2 with SGD's step and passes with the solution", async () => {
    const yourTurn = readCell("momentum", "cell-your-turn.ts");
    const [schedule, steady, start, reproduce] = await runCells(
      readCell("momentum", "cell-schedule.ts"), readCell("momentum", "cell-steady-slope.ts"), yourTurn, readCell("momentum", "cell-reproduce.ts"),
    );
    for (const o of [schedule, steady, start, reproduce]) expect(o.error).toBeUndefined();
    expect(start.verdicts).toEqual([expect.objectContaining({ ok: false, label: "step 2, x: yours should equal kobai's" })]);
    const solution = "  velocity = [mu * velocity[0] + grad[0], mu * velocity[1] + grad[1]];\n  return [w[0] - eta * velocity[0], w[1] - eta * velocity[1]];";
    for (const line of solution.split("\n")) inProse(line.trim());
    const [solved] = await runCells(withSolution(yourTurn, solution));
    expect(solved.verdicts).toEqual([{ ok: true, label: "all 30 steps equal kobai's Momentum", detail: "" }]);
  });
});
