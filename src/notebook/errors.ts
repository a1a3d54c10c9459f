/**
 * Errors that say what went wrong and where, in the reader's own line numbers.
 *
 * A thrown error's stack names the generated code by its `//# sourceURL` (one URL per
 * run of a cell, e.g. `kobai/cell-sgd/run-3.js:5:12`). Engines write frames differently
 * (V8: `at f (url:5:12)`, Firefox and Safari: `f@url:5:12`), but all of them end in
 * `url:line:column`, so one pattern finds the first frame in any cell's code; the
 * cell's position map turns it into the line and column the reader sees.
 */
import { WRAPPER_LINES_BEFORE } from "./scope";

/** What the output shows for a failed run. Lines and columns are 1-based. */
export interface CellError {
  kind: "syntax" | "runtime";
  name: string;
  message: string;
  /** The cell whose code the error points at (may be an earlier cell's function). */
  cellId?: string;
  line?: number;
  column?: number;
}

/** The source URL for one run of a cell. Cell ids are limited to letters, digits, - and _. */
export function sourceUrlFor(cellId: string, run: number): string {
  return `kobai/cell-${cellId}/run-${run}.js`;
}

const FRAME = /kobai\/cell-([A-Za-z0-9_-]+)\/run-(\d+)\.js:(\d+):(\d+)/;

/** Maps a 1-based generated line and column of one run back to the reader's code. */
export type PositionMapper = (line: number, column: number) => { line: number; column: number };

/**
 * Finds the first stack frame inside a cell and returns that cell's id and the reader's
 * line and column, or undefined when no frame is in a cell.
 *
 * @example
 * const maps = new Map([["kobai/cell-a/run-1.js", (l: number, c: number) => ({ line: l, column: c })]]);
 * locateInStack("Error: x\n    at eval (kobai/cell-a/run-1.js:3:8)", maps);
 * // { cellId: "a", line: 2, column: 8 }
 */
export function locateInStack(
  stack: string,
  mappers: ReadonlyMap<string, PositionMapper>,
): { cellId: string; line: number; column: number } | undefined {
  for (const frame of stack.split("\n")) {
    const match = FRAME.exec(frame);
    if (!match) continue;
    const [, cellId, run, line, column] = match;
    const mapper = mappers.get(sourceUrlFor(cellId, Number(run)));
    if (!mapper) continue;
    const generatedLine = Number(line) - WRAPPER_LINES_BEFORE;
    if (generatedLine < 1) continue; // in the prelude we wrote, not in the reader's code
    return { cellId, ...mapper(generatedLine, Number(column)) };
  }
  return undefined;
}

/**
 * Describes anything a cell threw. Syntax errors carry their own position; other errors
 * are located through their stack.
 *
 * @example
 * describeError(new TypeError("x is not a function"), new Map()).message; // "x is not a function"
 */
export function describeError(thrown: unknown, mappers: ReadonlyMap<string, PositionMapper>): CellError {
  if (thrown instanceof Error) {
    const positioned = thrown as Error & { line?: number; column?: number; cellId?: string };
    if (typeof positioned.line === "number" && typeof positioned.column === "number") {
      return {
        kind: "syntax",
        name: thrown.name,
        message: thrown.message,
        cellId: positioned.cellId,
        line: positioned.line,
        column: positioned.column,
      };
    }
    const where = locateInStack(thrown.stack ?? "", mappers);
    return { kind: "runtime", name: thrown.name || "Error", message: thrown.message, ...where };
  }
  // `throw "oops"` or `throw { code: 1 }`: no stack to go by.
  return { kind: "runtime", name: "Error", message: typeof thrown === "string" ? thrown : safeString(thrown) };
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
