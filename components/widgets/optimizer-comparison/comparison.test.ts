import { describe, expect, it } from "vitest";
import { bookBowl, saddle, runOptimizer, AdaGrad, SGD, Adam } from "kobai";
import { parseHTML } from "linkedom";
import {
  comparisonSummary,
  comparisonTable,
  computeComparison,
  outcome,
  outcomeText,
  parseComparisonConfig,
  SIX,
} from "./comparison-model";
import { panelChart } from "./panel-chart";

describe("computeComparison", () => {
  it("runs the six in the book's form with the book's rates (ours for Nesterov and RMSProp)", () => {
    const results = computeComparison("book", 30);
    expect(results.map((r) => r.settings.optimizer)).toEqual([...SIX]);
    expect(results.map((r) => r.settings.lr)).toEqual([0.95, 0.1, 0.1, 1.5, 0.1, 0.3]);
    expect(results.every((r) => r.settings.form === "book")).toBe(true);
    // The Adam panel is the core's book-form Adam at η = 0.3.
    const adam = runOptimizer(bookBowl, Adam, { lr: 0.3, form: "book" });
    expect(results[5].run.points[30]).toEqual(adam.points[30]);
  });
  it("a landscape change changes every run", () => {
    const a = computeComparison("book", 20),
      b = computeComparison("rosenbrock", 20);
    a.forEach((r, i) => expect(b[i].run.points.at(-1)).not.toEqual(r.run.points.at(-1)));
    expect(() => computeComparison("moon", 20)).toThrow(/unknown landscape "moon"/);
  });
});

describe("outcome", () => {
  it("converged from the step it stays within 0.001; diverged at N; escaped on the saddle", () => {
    expect(outcome(bookBowl, runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" }))).toEqual({
      kind: "converged",
      step: 29,
    });
    expect(outcome(bookBowl, runOptimizer(bookBowl, SGD, { lr: 1.5 }))).toEqual({ kind: "diverged", step: 7 });
    const esc = outcome(saddle, runOptimizer(saddle, SGD, { lr: 0.95 }, { steps: 100 }));
    expect(esc).toEqual({ kind: "escaped", step: 7 });
    expect(outcomeText(esc)).toBe("leaves at 7");
    expect(outcomeText({ kind: "stalled", f: 0.0333 })).toBe("stalls (f = 0.033)");
  });
});

describe("comparisonTable", () => {
  it("on the bowl every optimizer converges within 500 steps; on the wells all but RMSProp settle in the local minimum", () => {
    const [bowl, wells] = comparisonTable(["book", "wells"], 500);
    expect(bowl.cells.map((c) => c.text)).toEqual(["43", "83", "56", "29", "52", "82"]);
    expect(wells.cells.filter((c) => c.outcome.kind === "local").map((c) => c.name)).toEqual([
      "SGD",
      "Momentum",
      "Nesterov",
      "AdaGrad",
      "Adam",
    ]);
  });
});

describe("panels and summary", () => {
  it("each panel is a captioned contour with the run's numbers; the summary names all six", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const results = computeComparison("book", 30);
    const chart = panelChart(results[3], { document: document as unknown as Document, width: 300 });
    expect(chart.element.querySelector("figcaption")?.textContent).toContain("AdaGrad (book form) with η = 1.50");
    expect(chart.element.querySelector("svg")).not.toBeNull();
    const summary = comparisonSummary(results);
    for (const name of SIX) expect(summary).toContain(`${name}:`);
    expect(summary).toContain("AdaGrad: Converged to the global minimum: f − f* < 0.001 from step 29 on.");
    expect(summary).not.toContain("NaN");
  });
  it("config: defaults and clear errors", () => {
    expect(parseComparisonConfig({})).toEqual({ landscape: "book", steps: 30 });
    expect(() => parseComparisonConfig({ steps: 0 })).toThrow(/steps must be a whole number/);
  });
});
