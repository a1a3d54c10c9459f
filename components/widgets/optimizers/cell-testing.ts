/**
 * Test helpers for the optimizer chapters' cells and claims (used by
 * content/lessons/<slug>/claims.test.ts; not shipped to the page).
 *
 * - `runCell(source)`: runs a cell's code as the page does (src/notebook/runtime.ts, seed 0)
 *   and returns its printed lines and ✓/✗ verdicts.
 * - `withSolution(source, solution)`: the "your turn" cell with the lines between
 *   `// ▼ your code` and `// ▲ your code` replaced, to run the reference solution through
 *   the cell's own check.
 * - `readLesson(slug)`: a chapter's MDX, to assert that the numbers its prose states are
 *   the ones the core computes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as kobai from "kobai";
import { CellRuntime } from "../../../src/notebook/runtime";
import type { OutputItem } from "../../../src/notebook/protocol";

export interface CellOutcome {
  ok: boolean;
  error?: string;
  texts: string[];
  verdicts: { ok: boolean; label: string; detail: string }[];
  items: OutputItem[];
}

/** Runs one cell in a fresh notebook. */
export async function runCell(source: string): Promise<CellOutcome> {
  const runtime = new CellRuntime({ modules: { kobai }, now: () => 0, beforeRun: () => kobai.seed(0) });
  const items: OutputItem[] = [];
  const result = await runtime.run({ cellId: "test", source, send: (batch) => items.push(...batch.items) });
  return {
    ok: result.ok,
    error: result.ok ? undefined : `${result.error.name}: ${result.error.message}`,
    texts: items.flatMap((i) => (i.kind === "text" ? [i.text] : [])),
    verdicts: items.flatMap((i) => (i.kind === "verdict" ? [{ ok: i.ok, label: i.label, detail: i.detail }] : [])),
    items,
  };
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
