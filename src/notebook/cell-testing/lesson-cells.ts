/**
 * Test helpers for the chapters' cells and claims (used by
 * content/lessons/<slug>/claims.test.ts; Node only, not shipped to the page).
 *
 * - `runCells(...sources)` / `runCell(source)`: run cells as the page does (src/notebook/testing.ts:
 *   one shared scope, seed 0) and return their printed lines and ✓/✗ verdicts;
 *   `runLessonCells(slug, ...files)` runs a chapter's cell files so and expects each to run.
 * - `expectYourTurn(start, …)`: an optimizer chapter's "your turn" checks (fails as named,
 *   passes with the solution the chapter states); `largestGap(a, b)` between two paths.
 * - `withSolution(source, solution)`: the "your turn" cell with the lines between
 *   `// ▼ your code` and `// ▲ your code` replaced, to run the reference solution through
 *   the cell's own check.
 * - `readLesson(slug)`: a chapter's MDX, to assert that the numbers its prose states are
 *   the ones the core computes.
 * - `statedIn(slug)`: checks that a claim is stated in the chapter, in every edition it is
 *   written in (the English sentence, and the Japanese one once the chapter has its twin).
 */
import { existsSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import { fileURLToPath } from "node:url";
import { bookBowl, runOptimizer, type Landscape, type OptimizerClass, type Point } from "kobai";
import { nodeNotebook } from "../testing";
import type { OutputItem } from "../protocol";

export interface CellOutcome {
  /** The code that ran. */
  source: string;
  ok: boolean;
  error?: string;
  texts: string[];
  verdicts: { ok: boolean; label: string; detail: string }[];
  items: OutputItem[];
}

/**
 * Runs cells one after another in one notebook, as a page does (so a name two cells
 * declare would fail here too), and returns each cell's outcome.
 */
export async function runCells(...sources: string[]): Promise<CellOutcome[]> {
  const notebook = nodeNotebook();
  const outcomes: CellOutcome[] = [];
  for (const [i, source] of sources.entries()) {
    const run = await notebook.run(`cell-${i}`, source);
    outcomes.push({
      source,
      ok: run.result.ok,
      error: run.result.ok ? undefined : `${run.result.error.name}: ${run.result.error.message}`,
      texts: run.texts,
      verdicts: run.verdicts.map(({ ok, label, detail }) => ({ ok, label, detail })),
      items: run.items,
    });
  }
  return outcomes;
}

/**
 * Runs cells of content/lessons/<slug>/ (file names) in page order in one notebook, and
 * expects each to run without an error (the failure names the file).
 */
export async function runLessonCells(slug: string, ...files: string[]): Promise<CellOutcome[]> {
  const outcomes = await runCells(...files.map((file) => readCell(slug, file)));
  outcomes.forEach((o, i) => expect(o.error, `content/lessons/${slug}/${files[i]}`).toBeUndefined());
  return outcomes;
}

/** Runs one cell in a fresh notebook. */
export async function runCell(source: string): Promise<CellOutcome> {
  return (await runCells(source))[0];
}

/** Replaces the reader's part of a "your turn" cell (between the ▼ and ▲ markers). */
export function withSolution(source: string, solution: string): string {
  const match = /(\/\/ ▼ your code[^\n]*\n)([\s\S]*?)(\n[ \t]*\/\/ ▲ your code)/.exec(source);
  if (!match) throw new Error("withSolution: the cell has no // ▼ your code … // ▲ your code block");
  return source.replace(match[0], `${match[1]}${solution}${match[3]}`);
}

/** content/lessons/<slug>.mdx as text. */
export function readLesson(slug: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../content/lessons/${slug}.mdx`, import.meta.url)), "utf8");
}

const foldSpace = (text: string) => text.replace(/\s+/g, " ");

/**
 * A check that the chapter states a claim in each edition's words, white space folded:
 *
 *   const said = statedIn("momentum");
 *   said("after 30 steps, Momentum is at $(0.90, 0.088)$", "30 回の更新の後、Momentum は $(0.90, 0.088)$");
 *
 * Once content/ja/lessons/<slug>.mdx exists, a claim without its Japanese sentence fails:
 * a number the Japanese edition states is asserted where the English one is.
 */
export function statedIn(slug: string): (en: string, ja?: string) => void {
  const english = foldSpace(readLesson(slug));
  const japaneseFile = fileURLToPath(new URL(`../../../content/ja/lessons/${slug}.mdx`, import.meta.url));
  const japanese = existsSync(japaneseFile) ? foldSpace(readFileSync(japaneseFile, "utf8")) : undefined;
  return (en, ja) => {
    expect(english, `content/lessons/${slug}.mdx should say "${en}"`).toContain(foldSpace(en));
    if (japanese === undefined) return;
    expect(ja, `the claim "${en}" needs the sentence content/ja/lessons/${slug}.mdx states it in`).toBeDefined();
    expect(japanese, `content/ja/lessons/${slug}.mdx should say "${ja}"`).toContain(foldSpace(ja!));
  };
}

/** A cell's starting code, content/lessons/<slug>/<file>. */
export function readCell(slug: string, file: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../content/lessons/${slug}/${file}`, import.meta.url)), "utf8");
}

/** What an optimizer's "your turn" cell must do: fail where `failsAt` says as given, pass with `solution`. */
export interface YourTurnExpectations {
  /** Where the starting code's path first leaves kobai's, as its ✗ verdict names it: "step 1, x". */
  failsAt: string;
  /** The ✗ verdict's detail, if the test pins it: "Expected -6.7, got 2.48683.". */
  detail?: string;
  /** The reader's lines of the reference solution; the chapter states each one (in both editions). */
  solution: string;
  /** The optimizer the ✓ verdict names: "all 30 steps equal kobai's <optimizer>". */
  optimizer: string;
  /** Steps the cell compares (default 30). */
  steps?: number;
}

/**
 * The checks every optimizer chapter makes of its "your turn" cell (a checkTrajectory
 * exercise): the starting code (`start`, the cell's outcome) fails at the step it names, the
 * solution is written in the chapter line by line (`said`: the chapter's statedIn), and the
 * cell with the solution passes.
 *
 *   await expectYourTurn(start, said, { failsAt: "step 1, x", solution, optimizer: "SGD" });
 */
export async function expectYourTurn(
  start: CellOutcome,
  said: (en: string, ja?: string) => void,
  { failsAt, detail, solution, optimizer, steps = 30 }: YourTurnExpectations,
): Promise<void> {
  const label = `${failsAt}: yours should equal kobai's`;
  expect(start.verdicts).toEqual([
    expect.objectContaining(detail === undefined ? { ok: false, label } : { ok: false, label, detail }),
  ]);
  for (const line of solution.split("\n")) said(line.trim(), line.trim());
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
