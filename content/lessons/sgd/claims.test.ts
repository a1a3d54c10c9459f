// Every number the SGD chapter states, computed with the calls the widget and cells use,
// and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, SGD } from "kobai";
import { firstStepBelow, runStatus } from "../../../components/widgets/optimizers/run-status";
import { readCell, readLesson, runCell, runCells, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { formatNumber } from "../../../src/plot/text";

const mdx = readLesson("sgd");
const run = (lr: number, steps = 30, weightDecay = 0) => runOptimizer(bookBowl, SGD, { lr, weightDecay }, { steps });
/** The prose writes numbers with an ASCII minus inside $…$. */
const inProse = (s: string) => expect(mdx).toContain(s);
const fixed = (v: number, d: number) => v.toFixed(d);

describe("sgd chapter: claims", () => {
  it("the first step from (−7, 2) with η = 0.95 and the second (exercise 1)", () => {
    const r = run(0.95, 2);
    expect(r.points[1][0]).toBeCloseTo(-6.335, 12);
    expect(r.points[1][1]).toBeCloseTo(-1.8, 12);
    inProse("$(-6.335, -1.8)$");
    expect(r.points[2][0]).toBeCloseTo(-5.733, 3);
    expect(r.points[2][1]).toBeCloseTo(1.62, 12);
    inProse("$x = 0.905 \\cdot (-6.335) \\approx -5.733$");
    expect(bookBowl.gradient(-7, 2)).toEqual([-0.7, 4]);
    inProse("the gradient is $(-0.7, 4)$");
  });

  it("after 30 steps with η = 0.95 (図6-3): (−0.35, 0.085), f = 0.013, oscillating along y", () => {
    const r = run(0.95);
    expect(`(${fixed(r.points[30][0], 2)}, ${fixed(r.points[30][1], 3)})`).toBe("(-0.35, 0.085)");
    expect(fixed(r.losses[30], 3)).toBe("0.013");
    inProse("$(-0.35, 0.085)$ with $f = 0.013$");
    expect(runStatus(bookBowl, r)).toEqual({ kind: "oscillating", axis: "y" });
  });

  it("η = 0.1: (−5.18, 0.0025) and f = 1.34 after 30 steps; 389 steps to f < 0.001", () => {
    const r = run(0.1);
    expect(`(${fixed(r.points[30][0], 2)}, ${fixed(r.points[30][1], 4)})`).toBe("(-5.18, 0.0025)");
    expect(fixed(r.losses[30], 2)).toBe("1.34");
    inProse("$(-5.18, 0.0025)$ with $f = 1.34$");
    expect(firstStepBelow(run(0.1, 1000).losses, 0)).toBe(389);
    inProse("needs 389 steps");
  });

  it("steps to f < 0.001: 43 for η = 0.95, 42 for η = 0.9", () => {
    expect(firstStepBelow(run(0.95, 1000).losses, 0)).toBe(43);
    expect(firstStepBelow(run(0.9, 1000).losses, 0)).toBe(42);
    inProse("it takes 43 steps");
    inProse("with $\\eta = 0.9$, 42");
  });

  it("η = 1: y jumps between 2 and −2 forever, x → −0.013 after 60 steps; oscillating", () => {
    const r = run(1, 60);
    expect(r.points[60][1]).toBe(2);
    expect(r.points[59][1]).toBe(-2);
    expect(formatNumber(r.points[60][0])).toBe("−0.013");
    inProse("to about $-0.013$");
    expect(runStatus(bookBowl, r)).toEqual({ kind: "oscillating", axis: "y" });
  });

  it("η = 1.05 diverges at step 186; λ = 0.2 with η = 0.95 diverges at step 206", () => {
    expect(runStatus(bookBowl, run(1.05, 300))).toEqual({ kind: "diverged", step: 186 });
    inProse("*diverged at step 186*");
    expect(runStatus(bookBowl, run(0.95, 300, 0.2))).toEqual({ kind: "diverged", step: 206 });
    inProse("diverges at step 206");
    expect(1 - 0.95 * 2.2).toBeCloseTo(-1.09, 12);
  });

  it("the best single rate 2/(2 + 0.1) ≈ 0.952 makes both factors 0.905", () => {
    const eta = 2 / 2.1;
    expect(eta.toFixed(3)).toBe("0.952");
    expect(1 - eta / 10).toBeCloseTo(0.905, 3);
    expect(Math.abs(1 - 2 * eta)).toBeCloseTo(0.905, 3);
    // Faster than a rate a little off it on either side, measured by the slower coordinate.
    const rate = (e: number) => Math.max(Math.abs(1 - e / 10), Math.abs(1 - 2 * e));
    expect(rate(eta)).toBeLessThan(rate(0.9));
    expect(rate(eta)).toBeLessThan(rate(1));
  });

  it("SGD's book form takes the same steps as PyTorch's", () => {
    const book = runOptimizer(bookBowl, SGD, { lr: 0.95, form: "book" });
    expect(book.points).toEqual(run(0.95).points);
  });
});

describe("sgd chapter: cells", () => {
  it("both cells run in page order in one notebook; the reproduce cell plots the path", async () => {
    const [reproduce, yourTurn] = await runCells(readCell("sgd", "cell-reproduce.ts"), readCell("sgd", "cell-your-turn.ts"));
    expect(reproduce.error).toBeUndefined();
    expect(yourTurn.error).toBeUndefined();
    expect(reproduce.items.filter((i) => i.kind === "plot")).toHaveLength(1);
  });

  it("your turn: the starting code fails at step 1 in x; the solution passes", async () => {
    const source = readCell("sgd", "cell-your-turn.ts");
    const start = await runCell(source);
    expect(start.verdicts).toEqual([expect.objectContaining({ ok: false, label: "step 1, x: yours should equal kobai's" })]);
    const solution = "  return [w[0] - eta * grad[0], w[1] - eta * grad[1]];";
    inProse(solution.trim());
    const solved = await runCell(withSolution(source, solution));
    expect(solved.verdicts).toEqual([{ ok: true, label: "all 30 steps equal kobai's SGD", detail: "" }]);
  });
});
