/**
 * Running cells in Node, for tests: the same runtime as the page's worker (kobai, Plot,
 * show/plot/progress/check, a shared scope, seed(0) before each run), collecting output.
 *
 *   import code from "./cell-by-hand.ts?raw";
 *   const notebook = nodeNotebook();
 *   const { result, texts, verdicts } = await notebook.run("by-hand", code);
 *   expect(result.ok).toBe(true);
 */
import * as kobai from "kobai";
import * as Plot from "@observablehq/plot";
import { CellRuntime, type RunResult } from "./runtime";
import type { OutputItem } from "./protocol";
import { plotMarkup } from "./plot-markup";

/** What one run produced. */
export interface CellRun {
  result: RunResult;
  items: OutputItem[];
  /** The text lines (console.log, show of non-tables). */
  texts: string[];
  /** check(…) outcomes. */
  verdicts: Extract<OutputItem, { kind: "verdict" }>[];
  /** The last progress fraction reported, if any. */
  progress?: number;
}

/**
 * A notebook for tests: cells run one after another and share their names.
 *
 * @example
 * const notebook = nodeNotebook();
 * await notebook.run("a", "const x = 2;");
 * (await notebook.run("b", "console.log(x * 21)")).texts; // ["42"]
 */
export function nodeNotebook() {
  const runtime = new CellRuntime({
    modules: { kobai, "@observablehq/plot": Plot },
    now: () => performance.now(),
    beforeRun: () => kobai.seed(0),
    renderPlot: plotMarkup,
  });
  return {
    runtime,
    async run(cellId: string, source: string): Promise<CellRun> {
      const items: OutputItem[] = [];
      let progress: number | undefined;
      const result = await runtime.run({
        cellId,
        source,
        send: (batch) => {
          items.push(...batch.items);
          if (batch.progress) progress = batch.progress.fraction;
        },
      });
      return {
        result,
        items,
        texts: items.flatMap((i) => (i.kind === "text" ? [i.text] : [])),
        verdicts: items.flatMap((i) => (i.kind === "verdict" ? [i] : [])),
        progress,
      };
    },
  };
}
