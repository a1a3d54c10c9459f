/**
 * The notebook in a terminal: runs a chapter's cells in Node with the same runtime as the
 * page's worker (kobai, Plot, show/plot/progress/check, names shared between cells,
 * seed(0) before each cell) and prints what they output. Files saved with a chapter's
 * "Download cells" button call this.
 *
 *   import { runCells } from "./src/notebook/node-runtime.ts";
 *   await runCells([{ id: "a", title: "First", code: 'import { seed } from "kobai"; show([1, 2])' }]);
 */
import "../data/use-node"; // datasets.mnist() reads public/data/ from disk
import { nodeNotebook } from "./testing";
import type { OutputItem } from "./protocol";

/** A cell to run. */
export interface NodeCell {
  id: string;
  title?: string;
  code: string;
}

/** How the output leaves: one line at a time (console.log by default). */
export interface RunCellsOptions {
  write?: (line: string) => void;
}

/** What happened: how many cells ran, and whether all succeeded. */
export interface RunCellsSummary {
  ran: number;
  ok: boolean;
  checksPassed: number;
  checksFailed: number;
}

/**
 * Lines for one output item, as a terminal shows it.
 *
 * @example
 * formatItem({ kind: "verdict", ok: true, label: "gradient", detail: "" }); // ["✓ gradient"]
 */
export function formatItem(item: OutputItem): string[] {
  switch (item.kind) {
    case "text":
      return item.text
        .split("\n")
        .map((line) => (item.level === "log" || item.level === "info" ? line : `[${item.level}] ${line}`));
    case "table": {
      const title = `${item.table.label ? item.table.label + " " : ""}${item.table.source === "tensor" ? "Tensor" : "Array"} [${item.table.shape.join(", ")}]`;
      const widths =
        item.table.rows[0]?.map((_, c) => Math.max(...item.table.rows.map((row) => (row[c] ?? "").length))) ?? [];
      return [title, ...item.table.rows.map((row) => "  " + row.map((cell, c) => cell.padStart(widths[c])).join("  "))];
    }
    case "plot":
      return [`[plot: an SVG chart of ${item.svg.length} characters; it shows on the page]`];
    case "verdict":
      return [`${item.ok ? "✓" : "✗"} ${item.label}${item.detail ? ` — ${item.detail}` : ""}`];
  }
}

/**
 * Runs cells in order, printing each cell's output under a heading; stops at the first
 * cell that throws (as Run all does on the page) and sets a failing exit code.
 *
 * @example
 * const summary = await runCells([{ id: "a", code: "console.log(6 * 7)" }]);
 * summary.ok; // true (and "42" was printed)
 */
export async function runCells(
  cells: readonly NodeCell[],
  { write = (line) => console.log(line) }: RunCellsOptions = {},
): Promise<RunCellsSummary> {
  const notebook = nodeNotebook();
  const summary: RunCellsSummary = { ran: 0, ok: true, checksPassed: 0, checksFailed: 0 };
  for (const [i, cell] of cells.entries()) {
    write(`\n── Cell ${i + 1}${cell.title ? `: ${cell.title}` : ""} (${cell.id}) ──`);
    const run = await notebook.run(cell.id, cell.code);
    summary.ran++;
    for (const item of run.items) for (const line of formatItem(item)) write(line);
    if (run.progress !== undefined) write(`[progress: ${Math.round(run.progress * 100)} %]`);
    for (const verdict of run.verdicts) verdict.ok ? summary.checksPassed++ : summary.checksFailed++;
    if (!run.result.ok) {
      const { error } = run.result;
      write(
        `✗ ${error.name}: ${error.message}${error.line !== undefined ? ` (line ${error.line}${error.cellId && error.cellId !== cell.id ? ` of cell ${error.cellId}` : ""})` : ""}`,
      );
      summary.ok = false;
      if (typeof process !== "undefined") process.exitCode = 1;
      break;
    }
  }
  return summary;
}
