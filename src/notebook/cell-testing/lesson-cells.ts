/**
 * Test helpers for the chapters' cells and claims (used by
 * content/lessons/<slug>/claims.test.ts; Node only, not shipped to the page).
 *
 * - `runCells(...sources)` / `runCell(source)`: run cells as the page does (src/notebook/testing.ts:
 *   one shared scope, seed 0) and return their printed lines and ✓/✗ verdicts;
 *   `runLessonCells(slug, ...files)` runs a chapter's cell files so and expects each to run.
 * - `runPageCells(slug)`: every cell of a chapter, in page order (`cellsOnPage`), run so.
 * - The optimizer chapters' own helpers are in optimizer-chapters.ts.
 * - `withSolution(source, solution)`: the "your turn" cell with the lines between
 *   `// ▼ your code` and `// ▲ your code` replaced, to run the reference solution through
 *   the cell's own check.
 * - `readLesson(slug)`: a chapter's MDX, to assert that the numbers its prose states are
 *   the ones the core computes.
 * - `statedIn(slug)`: checks that a claim is stated in the chapter, in every edition it is
 *   written in (the English sentence, and the Japanese one once the chapter has its twin).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect } from "vitest";
import { fileURLToPath } from "node:url";
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

/**
 * Every cell of content/lessons/<slug>.mdx in the order the page shows them, run in one
 * notebook as the page runs them (each must run): the outcomes by file, e.g. cells["cell-your-turn.ts"].
 */
export async function runPageCells(slug: string): Promise<Record<string, CellOutcome>> {
  const page = fileURLToPath(new URL(`../../../content/lessons/${slug}.mdx`, import.meta.url));
  const files = cellsOnPage(page).map(({ file }) => file.slice(file.lastIndexOf("/") + 1));
  const outcomes = await runLessonCells(slug, ...files);
  return Object.fromEntries(files.map((file, i) => [file, outcomes[i]]));
}

/**
 * The code cells of a page (a chapter's MDX or an .astro view) in page order, read from
 * `import x from "./…/cell-y.ts?raw"` and `<CodeCell id="…" code={x}`: each cell's id and file.
 */
export function cellsOnPage(page: string): { id: string; file: string }[] {
  const source = readFileSync(page, "utf8");
  const files = new Map(
    [...source.matchAll(/import\s+(\w+)\s+from\s+"([^"]+\.ts)\?raw"/g)].map(([, name, path]) => [
      name,
      resolve(dirname(page), path),
    ]),
  );
  return [...source.matchAll(/<CodeCell\b[^>]*>/g)].map(([tag]) => {
    const id = /\bid="([^"]+)"/.exec(tag)![1];
    const file = files.get(/\bcode=\{(\w+)\}/.exec(tag)![1]);
    if (!file) throw new Error(`${page}: the cell "${id}" has no ?raw import for its code`);
    return { id, file };
  });
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

/** content/lessons/<slug>.mdx as text (content/ja/lessons/<slug>.mdx for the Japanese edition). */
export function readLesson(slug: string, edition: "en" | "ja" = "en"): string {
  const path = edition === "ja" ? `../../../content/ja/lessons/${slug}.mdx` : `../../../content/lessons/${slug}.mdx`;
  return readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
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
