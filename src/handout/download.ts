/**
 * "Download cells": a chapter's code cells, as the reader left them, in one TypeScript
 * file that runs outside the site with the same core.
 *
 * Cells on a page share their top-level names and may redeclare them, import the same
 * names twice, and use `show`/`plot`/`check` as globals. Pasting them into one module would
 * not compile, so the file keeps each cell's code verbatim (readable, copyable back into the
 * page) and hands it to the notebook runtime for Node (src/notebook/node-runtime.ts), which
 * runs cells exactly as the page's worker does and prints their output to the console.
 */

/** One cell as it stands on the page. */
export interface DownloadedCell {
  id: string;
  title: string;
  code: string;
}

/** Where the file expects to be saved: the root of a kobai checkout. */
export const RUNTIME_IMPORT = "./src/notebook/node-runtime.ts";

/**
 * A template literal that reproduces `code` exactly (backslashes, backticks and `${`
 * escaped).
 *
 * @example
 * templateLiteral("a `b` ${c}"); // "`a \\`b\\` \\${c}`"
 */
export function templateLiteral(code: string): string {
  return "`" + code.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
}

/**
 * The file name for a chapter's cells.
 *
 * @example
 * downloadFileName("sgd"); // "kobai-sgd-cells.ts"
 */
export function downloadFileName(slug: string): string {
  return `kobai-${slug.replace(/[^\w-]/g, "")}-cells.ts`;
}

/**
 * The whole file.
 *
 * @example
 * composeDownload({ slug: "sgd", title: "SGD", url: "https://…/lessons/sgd/", cells: [{ id: "a", title: "A", code: "show(1)" }] });
 * // "/**\n * kobai — SGD: …" (a module that runs with `npx tsx`)
 */
export function composeDownload(chapter: {
  slug: string;
  title: string;
  url: string;
  cells: readonly DownloadedCell[];
}): string {
  const file = downloadFileName(chapter.slug);
  const header = [
    "/**",
    ` * kobai — ${chapter.title}: the chapter's ${chapter.cells.length} code cells, as you left them.`,
    ` * From ${chapter.url}`,
    " *",
    " * How to run it: save this file in the root folder of a kobai checkout and run",
    ` *     npx tsx ${file}`,
    ' * Cells import from "kobai" (the repository\'s tsconfig maps it to src/core) and use',
    " * show / plot / progress / check as on the page; the Node runtime prints their output.",
    " * Each cell runs after the one before and sees its names, like Run all on the page,",
    " * and each starts from seed(0). Edit a cell's code between the backticks.",
    " */",
    `import { runCells } from ${JSON.stringify(RUNTIME_IMPORT)};`,
    "",
    "await runCells([",
  ];
  const body = chapter.cells.flatMap((cell, i) => [
    `  // ── Cell ${i + 1}${cell.title ? `: ${cell.title.replace(/\n/g, " ")}` : ""} ${"─".repeat(8)}`,
    `  { id: ${JSON.stringify(cell.id)}, title: ${JSON.stringify(cell.title)}, code: ${templateLiteral(cell.code)} },`,
  ]);
  return [...header, ...body, "]);", ""].join("\n");
}
