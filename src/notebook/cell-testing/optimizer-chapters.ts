/**
 * Helpers for the optimizer chapters' claims (content/lessons/{sgd,momentum,nesterov,adagrad,
 * rmsprop,adam}/claims.test.ts; Node only): each chapter walks the book's bowl with its
 * optimizer, and its "your turn" cell is a checkTrajectory exercise.
 */
import { expect } from "vitest";
import { bookBowl, runOptimizer, type Landscape, type OptimizerClass, type Point } from "kobai";
import { readLesson, runCells, withSolution, type CellOutcome } from "./lesson-cells";

/** What an optimizer's "your turn" cell must do: fail where `failsAt` says as given, pass with the chapter's solution. */
export interface YourTurnExpectations {
  /** Where the starting code's path first leaves kobai's, as its ✗ verdict names it: "step 1, x". */
  failsAt: string;
  /** The ✗ verdict's detail, if the test pins it: "Expected -6.7, got 2.48683.". */
  detail?: string;
  /** The optimizer the ✓ verdict names: "all 30 steps equal kobai's <optimizer>". */
  optimizer: string;
  /** Steps the cell compares (default 30). */
  steps?: number;
}

/** The exercise under each chapter's "your turn" cell that shows a solution, by edition. */
const SOLUTION_TITLES = { en: "A solution for the cell", ja: "セルの解答例" } as const;

/**
 * The code a chapter shows as the solution of its "your turn" cell: the ```ts block of its
 * <Exercise title="A solution for the cell"> (「セルの解答例」), the same code in both editions.
 */
export function solutionShown(slug: string): string {
  const [en, ja] = (["en", "ja"] as const).map((edition) => {
    const mdx = readLesson(slug, edition);
    const start = mdx.indexOf(`<Exercise title="${SOLUTION_TITLES[edition]}">`);
    const block = /```ts\n([\s\S]*?)\n```/.exec(mdx.slice(start, mdx.indexOf("</Exercise>", start)));
    expect(start >= 0 && block, `${edition}: ${slug}.mdx shows the solution in a ts block`).toBeTruthy();
    return block![1];
  });
  expect(ja, `content/ja/lessons/${slug}.mdx shows the English chapter's solution`).toBe(en);
  return en;
}

/**
 * The checks every optimizer chapter makes of its "your turn" cell (a checkTrajectory
 * exercise): the starting code (`start`, the cell's outcome) fails at the step it names, and
 * the cell with the solution the chapter shows (`solutionShown(slug)`) passes.
 *
 *   await expectYourTurn(start, "sgd", { failsAt: "step 1, x", optimizer: "SGD" });
 */
export async function expectYourTurn(
  start: CellOutcome,
  slug: string,
  { failsAt, detail, optimizer, steps = 30 }: YourTurnExpectations,
): Promise<void> {
  const label = `${failsAt}: yours should equal kobai's`;
  expect(start.verdicts).toEqual([
    expect.objectContaining(detail === undefined ? { ok: false, label } : { ok: false, label, detail }),
  ]);
  const solution = solutionShown(slug).replace(/^/gm, "  "); // indented as the function body is
  const [solved] = await runCells(withSolution(start.source, solution));
  expect(solved.verdicts).toEqual([{ ok: true, label: `all ${steps} steps equal kobai's ${optimizer}`, detail: "" }]);
}

/**
 * The largest difference of any coordinate between two paths, point by point (e.g. an
 * optimizer's PyTorch form and the book's form, which agree to rounding).
 */
export function largestGap(a: readonly ArrayLike<number>[], b: readonly ArrayLike<number>[]): number {
  return Math.max(...a.flatMap((p, k) => Array.from(p, (v, i) => Math.abs(v - b[k][i]))));
}

/**
 * An optimizer chapter's runs: `runOptimizer` with the chapter's settings as defaults, on the
 * book's bowl unless told otherwise.
 *
 *   const ada = chapterRuns(AdaGrad, { lr: 1.5 });
 *   ada({ form: "book" }).points; // runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" }, { steps: 30 }).points
 */
export function chapterRuns(optimizer: OptimizerClass<Record<string, unknown>>, defaults: Record<string, unknown>) {
  return (options: Record<string, unknown> = {}, steps = 30, start?: Point, landscape: Landscape = bookBowl) =>
    runOptimizer(landscape, optimizer, { ...defaults, ...options }, { steps, start });
}
