/**
 * Test helpers for the chapters' cells and claims (used by
 * content/lessons/<slug>/claims.test.ts; Node only, not shipped to the page).
 *
 * - `runCells(...sources)` / `runCell(source)`: run cells as the page does (src/notebook/testing.ts:
 *   one shared scope, seed 0) and return their printed lines and ✓/✗ verdicts.
 * - `withSolution(source, solution)`: the "your turn" cell with the lines between
 *   `// ▼ your code` and `// ▲ your code` replaced, to run the reference solution through
 *   the cell's own check.
 * - `readLesson(slug)`: a chapter's MDX, to assert that the numbers its prose states are
 *   the ones the core computes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { nodeNotebook } from "../testing";
import type { OutputItem } from "../protocol";

export interface CellOutcome {
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
      ok: run.result.ok,
      error: run.result.ok ? undefined : `${run.result.error.name}: ${run.result.error.message}`,
      texts: run.texts,
      verdicts: run.verdicts.map(({ ok, label, detail }) => ({ ok, label, detail })),
      items: run.items,
    });
  }
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

/** A cell's starting code, content/lessons/<slug>/<file>. */
export function readCell(slug: string, file: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../content/lessons/${slug}/${file}`, import.meta.url)), "utf8");
}
