// Every number the RMSProp chapter states, computed with the calls the widget and cells
// use, and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, AdaGrad, Adam, RMSProp } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import {
  applyPreset,
  computeExplorer,
  initialSettings,
  parseExplorerConfig,
} from "../../../components/widgets/shared/optimizers/explorer-model";
import { statusText } from "../../../components/widgets/shared/optimizers/explorer-view";
import { readCell, readLesson, runCells, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { edgeRun, longRun } from "./long-run";
import { loadFixture } from "../../../src/core/testing/fixtures";

const mdx = readLesson("rmsprop");
const inProse = (s: string) => expect(mdx).toContain(s);
const rms = (options: Record<string, unknown> = {}, steps = 30, start?: [number, number]) =>
  runOptimizer(bookBowl, RMSProp, { lr: 0.1, ...options }, { steps, start });
const maxGap = (a: readonly number[][], b: readonly number[][]) =>
  Math.max(...a.flatMap((p, k) => [Math.abs(p[0] - b[k][0]), Math.abs(p[1] - b[k][1])]));
// The explorer on the page, with the chapter's presets applied as its buttons do.
const start = initialSettings(parseExplorerConfig({ optimizer: "RMSProp", optimizers: ["RMSProp", "AdaGrad"] }));
const explorerWith = (preset: Parameters<typeof applyPreset>[1]) => computeExplorer(applyPreset(start, preset));

describe("rmsprop chapter: claims", () => {
  it("memory: half-life ≈ 69 steps, about 1/(1 − α) = 100 gradients", () => {
    expect(Math.round(Math.log(2) / Math.log(1 / 0.99))).toBe(69);
    inProse("\\approx 69$ steps");
  });

  it("the explorer starts at η = 0.1 (ours) and ends at (−0.70, 0.0000), f = 0.024", () => {
    const r = computeExplorer(start);
    expect(start.lr).toBe(0.1);
    expect([r.run.points[30][0].toFixed(2), r.run.points[30][1].toFixed(4), r.run.losses[30].toFixed(3)]).toEqual([
      "-0.70",
      "0.0000",
      "0.024",
    ]);
    inProse("$(-0.70, 0.0000)$ with $f = 0.024$");
  });

  it("the long run: AdaGrad (−3.24, 0.016), f = 0.53, stalled; RMSProp below 0.001 from step 52", () => {
    const { adagrad, rmsprop } = longRun();
    expect([
      adagrad.points[500][0].toFixed(2),
      adagrad.points[500][1].toFixed(3),
      adagrad.losses[500].toFixed(2),
    ]).toEqual(["-3.24", "0.016", "0.53"]);
    inProse("AdaGrad ends at $(-3.24, 0.016)$ with $f = 0.53$");
    expect(firstStepBelow(rmsprop.losses, 0)).toBe(52);
    inProse("RMSProp reaches $f < 0.001$ at step 52");
    // The page's buttons give the same.
    expect(
      statusText(explorerWith({ label: "", optimizer: "AdaGrad", options: { lr: 0.1 }, steps: 500 })).message,
    ).toMatch(/^Stalled/);
    expect(
      statusText(explorerWith({ label: "", optimizer: "RMSProp", options: { lr: 0.1 }, steps: 500 })).message,
    ).toBe("Converged to the global minimum: f − f* < 0.001 from step 52 on.");
  });

  it("step sizes at step 500: AdaGrad (0.0099, 0.0044), RMSProp (7.13, 2.63), larger than at step 1", () => {
    const { adagrad, rmsprop } = longRun();
    expect(adagrad.states[500].effectiveLr.map((v) => v.toPrecision(2))).toEqual(["0.0099", "0.0044"]);
    expect(rmsprop.states[500].effectiveLr.map((v) => v.toFixed(2))).toEqual(["7.13", "2.63"]);
    expect(rmsprop.states[500].effectiveLr[0]).toBeGreaterThan(rmsprop.states[1].effectiveLr[0]);
    inProse("$(0.0099, 0.0044)$");
    inProse("$(7.13, 2.63)$");
  });

  it("first step: (−6.0, 1.0), each coordinate by 10η; step sizes 1.43 and 0.25", () => {
    const r = rms({}, 1);
    expect(r.points[1][0]).toBeCloseTo(-6, 6);
    expect(r.points[1][1]).toBeCloseTo(1, 6);
    inProse("the first step lands at $(-6.0, 1.0)$");
    expect(r.states[1].effectiveLr.map((v) => v.toFixed(2))).toEqual(["1.43", "0.25"]);
    inProse("$1.43$ for $x$ and $0.25$ for $y$");
  });

  it("α = 0.999: 1/√(1 − α) = 31.6, first step to (−3.84, −1.16), converged from step 8", () => {
    expect((1 / Math.sqrt(0.001)).toFixed(1)).toBe("31.6");
    const r = explorerWith({ label: "", options: { lr: 0.1, alpha: 0.999 }, steps: 30 });
    expect(r.run.points[1].map((v) => v.toFixed(2))).toEqual(["-3.84", "-1.16"]);
    expect(r.status).toMatchObject({ kind: "converged", from: 8 });
    inProse("to $(-3.84, -1.16)$");
    inProse("converged from step 8");
    inProse("$(-3.84, -1.16)$, past the valley floor");
  });

  it("α = 0: steps of exactly η, oscillating along y, f = 0.80 after 30 steps", () => {
    const r = explorerWith({ label: "", options: { lr: 0.1, alpha: 0 }, steps: 30 });
    r.run.points.slice(1).forEach((p, k) => expect(Math.abs(p[0] - r.run.points[k][0])).toBeCloseTo(0.1, 6));
    expect(r.run.points.slice(21).map((p) => p[1].toFixed(3))).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? "-0.078" : "0.022")),
    );
    inProse("bounces between\n$-0.078$ and $0.022$ forever");
    expect(r.status).toMatchObject({ kind: "oscillating", axis: "y" });
    expect(r.run.losses[30].toFixed(2)).toBe("0.80");
    inProse("*oscillating along y* with $f = 0.80$");
  });

  it("forms: ε 1e-8 vs 1e-7 outside the root, paths differ by at most 2.9e-6", () => {
    const gap = maxGap(rms().points, rms({ form: "book" }).points);
    expect(gap.toExponential(1)).toBe("2.9e-6");
    inProse("$2.9 \\times 10^{-6}$");
  });

  it("ε placement from (−7, 1e-8): y → −0.167 (PyTorch), −0.0196 (book), −0.00002 (inside the root)", () => {
    expect(rms({}, 1, [-7, 1e-8]).points[1][1].toFixed(3)).toBe("-0.167");
    expect(rms({ form: "book" }, 1, [-7, 1e-8]).points[1][1].toFixed(4)).toBe("-0.0196");
    inProse("$-0.167$ in PyTorch's form");
    inProse("to $-0.0196$ in the book's");
    inProse("to $-0.00002$ with $\\varepsilon$ inside the root");
  });

  it("exercise 2: step 1.26·η at k = 100", () => {
    expect((1 / Math.sqrt(1 - 0.99 ** 100)).toFixed(2)).toBe("1.26");
    inProse("$\\eta/\\sqrt{0.634} = 1.26\\,\\eta$");
    // and with a constant gradient RMSProp's k-th step is η/√(1 − α^k) (checked on a 1-D run).
    const run = runOptimizer(
      { ...bookBowl, gradient: () => [1, 1] } as typeof bookBowl,
      RMSProp,
      { lr: 0.1, eps: 0 },
      { steps: 100 },
    );
    expect(run.points[99][0] - run.points[100][0]).toBeCloseTo(0.1 / Math.sqrt(1 - 0.99 ** 100), 12);
  });

  it("3,000 steps: RMSProp's y step size passes 2/λ = 1 at step 308 and f comes back (1,872 steps ≥ 0.001); Adam and ε = 0.1 stay down", () => {
    const e = edgeRun();
    // PyTorch's own RMSprop and Adam on the same bowl (scripts/fixtures/long_runs.py) agree step by step.
    const torch = loadFixture("long-runs");
    const gap = (a: number[], b: number[]) =>
      Math.max(...a.map((v, k) => Math.abs(v - b[k]) / Math.max(Math.abs(b[k]), 1e-300)));
    // Relative agreement while f is above 1e-200 (below that both are rounding noise in y).
    const visible = (a: number[], b: number[]) =>
      gap(
        a.filter((_, k) => b[k] > 1e-200),
        b.filter((v) => v > 1e-200),
      );
    expect(visible(e.rmsprop.losses, torch.rmsprop.losses)).toBeLessThan(1e-6);
    expect(visible(e.adam.losses, torch.adam.losses)).toBeLessThan(1e-6);
    const aboveIn = (losses: number[]) => losses.slice(1).filter((f) => f >= 1e-3).length;
    expect(aboveIn(torch.rmsprop.losses)).toBe(1872);
    expect(aboveIn(torch.adam.losses)).toBe(73);
    // The numbers the pitfall, the charts and their captions state, from the core.
    expect(e.above.rmsprop).toBe(1872);
    expect(e.yPastLimit).toBe(308);
    expect(e.rmsprop.states[500].effectiveLr[1].toFixed(2)).toBe("2.63");
    expect((1 - 2 * e.rmsprop.states[500].effectiveLr[1]).toFixed(1)).toBe("-4.3");
    expect(Math.abs(e.rmsprop.points[500][1])).toBeLessThan(1e-100);
    expect(e.backAbove.rmsprop).toBe(632);
    expect(e.peak.step).toBe(634);
    expect(e.peak.f.toFixed(2)).toBe("0.43");
    expect(e.lastBelow).toBe(1376);
    expect([e.settled.min, e.settled.max].map((v) => v.toFixed(3))).toEqual(["0.001", "0.005"]);
    expect(e.settled.min).toBeGreaterThanOrEqual(1e-3);
    expect(e.finalSizes.map((v) => v.toFixed(2))).toEqual(["20.00", "1.00"]);
    inProse("$y$ step size passes 1 at step 308 and is 2.63 at step 500");
    inProse("$1 - 2 \\cdot 2.63 = -4.3$");
    inProse("at step 632 $f$ is back above 0.001, and at step 634 it reaches 0.43");
    inProse(
      "After step 1,376 RMSProp sits on the edge itself: at step 3,000 the step sizes\nare 1.00 for $y$ and 20.0 for $x$",
    );
    inProse("$f$ stays between 0.001\nand 0.005 for good. Of the first 3,000 steps, 1,872 have $f \\ge 0.001$.");
    // The limit chart's caption.
    const ySeries = e.limitSeries[0].y,
      xSeries = e.limitSeries[1].y;
    const peak = Math.max(...ySeries);
    expect(peak.toFixed(1)).toBe("10.2");
    expect(ySeries.indexOf(peak) + 1).toBe(632);
    expect(xSeries.findIndex((v) => v >= 2) + 1).toBe(706);
    expect([xSeries.at(-1)!, ySeries.at(-1)!].map((v) => v.toFixed(2))).toEqual(["2.00", "2.00"]);
    inProse("reaches 10.2 at step 632");
    inProse("first reaches 2 at step 706");
    const xPeak = Math.max(...xSeries);
    expect([xPeak.toFixed(1), xSeries.indexOf(xPeak) + 1]).toEqual(["12.1", 1064]);
    inProse("peaks at 12.1 at step 1,064, before its own spike resets it");
    // Adam and the capped ε.
    expect(e.belowFrom.adam).toBe(82);
    expect(e.belowFrom.rmsprop).toBe(-1);
    expect(e.adam.states[500].effectiveLr[1].toFixed(2)).toBe("0.95");
    inProse("reaches $f < 0.001$ by step 82 and stays below for the rest of the 3,000\nsteps");
    inProse("at step 500 its $y$ step size is 0.95, RMSProp's 2.63");
    const longer = runOptimizer(bookBowl, Adam, { lr: 0.3, beta2: 0.999 }, { steps: 7000 });
    expect(longer.losses.findIndex((f, k) => k > 82 && f >= 1e-3)).toBe(6029);
    inProse("climbs back above 0.001\nat step 6,029");
    expect(e.belowFrom.capped).toBe(110);
    expect(e.backAbove.capped).toBe(-1);
    inProse("RMSProp stays below 0.001 from step 110\non");
    inProse(
      "from step 1,377 on stays between 0.001 and 0.005: 1,872 of the 3,000 steps have f ≥ 0.001. Adam (η = 0.3, β₂ = 0.999) stays below 0.001 from step 82 to step 3,000. RMSProp with ε = 0.1 stays below from step 110.",
    );
  });

  it("AdaGrad's first step moves by η (the your-turn starting code's behaviour)", () => {
    expect(runOptimizer(bookBowl, AdaGrad, { lr: 0.1 }, { steps: 1 }).points[1][0]).toBeCloseTo(-6.9, 8);
  });
});

describe("rmsprop chapter: cells (page order, one notebook)", () => {
  it("all cells run; your turn fails at step 1 with AdaGrad's step and passes with the solution", async () => {
    const yourTurn = readCell("rmsprop", "cell-your-turn.ts");
    const [long, edge, eps, start, reproduce] = await runCells(
      readCell("rmsprop", "cell-long-run.ts"),
      readCell("rmsprop", "cell-edge.ts"),
      readCell("rmsprop", "cell-epsilon.ts"),
      yourTurn,
      readCell("rmsprop", "cell-reproduce.ts"),
    );
    for (const o of [long, edge, eps, start, reproduce]) expect(o.error).toBeUndefined();
    expect(long.texts).toContain("AdaGrad: f after 500 steps: 0.525732");
    expect(edge.texts.slice(0, 4)).toEqual([
      "RMSProp: first step with y's step size × 2 ≥ 2: 308",
      "RMSProp: first step back at f ≥ 0.001: 632",
      "RMSProp: steps with f ≥ 0.001 out of 3000: 1872",
      "Adam: steps with f ≥ 0.001 out of 3000: 73",
    ]);
    expect(eps.texts).toEqual([
      "y after step 1, ε = 1e-8 outside the root (PyTorch): -0.166667",
      "y after step 1, ε = 1e-7 outside the root (the book): -0.0196078",
      "y after step 1, ε = 1e-8 inside the root: -1.999e-5",
    ]);
    expect(start.verdicts).toEqual([
      expect.objectContaining({ ok: false, label: "step 1, x: yours should equal kobai's" }),
    ]);
    const solution =
      "  h = [alpha * h[0] + (1 - alpha) * grad[0] * grad[0], alpha * h[1] + (1 - alpha) * grad[1] * grad[1]];\n  return [w[0] - (eta * grad[0]) / (Math.sqrt(h[0]) + epsilon), w[1] - (eta * grad[1]) / (Math.sqrt(h[1]) + epsilon)];";
    for (const line of solution.split("\n")) inProse(line.trim());
    const [solved] = await runCells(withSolution(yourTurn, solution));
    expect(solved.verdicts).toEqual([{ ok: true, label: "all 30 steps equal kobai's RMSProp", detail: "" }]);
  });
});
