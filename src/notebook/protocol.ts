/**
 * The messages between the page and the worker that runs the cells, and the batching
 * that keeps a chatty training loop from flooding the page.
 *
 *   page → worker:  { type: "run", runId, cellId, source, plotWidth, locale }
 *   worker → page:  { type: "output", runId, items, progress?, omitted?, late? }   (many)
 *                   { type: "done", runId, ms } | { type: "failed", runId, ms, error }
 *
 * Output is collected and posted at most every 50 ms: a loop that logs 100 000 lines
 * makes a few hundred messages, not 100 000. Only the first 400 items are kept; after
 * that the worker counts what it drops ("… N more lines") and keeps the last 20 to show
 * when the run ends. Messages from the worker are checked before use, because code in a
 * cell can call `postMessage` itself.
 */
import type { CellError } from "./errors";
import type { TableData } from "./format";
import { locales, type Locale } from "../i18n/locale";

/** One piece of output under a cell. */
export type OutputItem =
  | { kind: "text"; level: "log" | "info" | "warn" | "error"; text: string }
  | { kind: "table"; table: TableData }
  | { kind: "plot"; svg: string }
  | { kind: "verdict"; ok: boolean; label: string; detail: string };

export interface Progress {
  fraction: number;
  label?: string;
}

/**
 * A run request. It comes with a fresh MessagePort (`event.ports[0]`): every message about
 * the run goes back through that port, which the cell's own code cannot reach, so a cell
 * cannot end its run early or speak for another run by posting messages itself.
 */
export type ToWorker = {
  type: "run";
  runId: number;
  cellId: string;
  source: string;
  plotWidth: number;
  /** The page's edition (English when absent): what the builtins print (check's verdicts, errors) is in its words. */
  locale?: Locale;
};

export type FromWorker =
  | {
      type: "output";
      runId: number;
      items: OutputItem[];
      progress?: Progress;
      omitted?: number;
      /** Made after the run ended (a timer's console.log): shown under the cell, marked as late. */
      late?: true;
    }
  | { type: "done"; runId: number; ms: number }
  | { type: "failed"; runId: number; ms: number; error: CellError }
  /** An error the run did not catch, thrown later (a timer) or a rejected promise nobody awaited. */
  | { type: "late"; runId: number; error: CellError }
  /** The cell's code called `self.close()`: the runtime is gone. */
  | { type: "closed"; runId: number };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isString = (x: unknown): x is string => typeof x === "string";
const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * Checks one output item's shape (not its content: text is shown as text, and plot SVG is
 * sanitised before it reaches the page).
 *
 * @example
 * isOutputItem({ kind: "text", level: "log", text: "hi" }); // true
 * isOutputItem({ kind: "html", html: "<script>" });         // false
 */
export function isOutputItem(x: unknown): x is OutputItem {
  if (!isObject(x)) return false;
  switch (x.kind) {
    case "text":
      return isString(x.text) && ["log", "info", "warn", "error"].includes(x.level as string);
    case "plot":
      return isString(x.svg);
    case "verdict":
      return typeof x.ok === "boolean" && isString(x.label) && isString(x.detail);
    case "table": {
      const t = x.table;
      return (
        isObject(t) &&
        Array.isArray(t.shape) &&
        t.shape.length === 2 &&
        t.shape.every(isNumber) &&
        (t.source === "tensor" || t.source === "array") &&
        (t.label === undefined || isString(t.label)) &&
        Array.isArray(t.rows) &&
        t.rows.every((r) => Array.isArray(r) && r.every(isString))
      );
    }
    default:
      return false;
  }
}

function isCellError(e: unknown): e is CellError {
  return isObject(e) && isString(e.name) && isString(e.message) && (e.kind === "syntax" || e.kind === "runtime");
}

/**
 * Validates a message from the worker; returns undefined for anything malformed.
 *
 * @example
 * decodeFromWorker({ type: "done", runId: 1, ms: 12 }); // { type: "done", runId: 1, ms: 12 }
 * decodeFromWorker({ type: "done" });                   // undefined
 */
export function decodeFromWorker(x: unknown): FromWorker | undefined {
  if (!isObject(x) || !isNumber(x.runId)) return undefined;
  switch (x.type) {
    case "output": {
      if (!Array.isArray(x.items) || !x.items.every(isOutputItem)) return undefined;
      const progress = x.progress;
      if (
        progress !== undefined &&
        !(
          isObject(progress) &&
          isNumber(progress.fraction) &&
          (progress.label === undefined || isString(progress.label))
        )
      )
        return undefined;
      if (x.omitted !== undefined && !isNumber(x.omitted)) return undefined;
      if (x.late !== undefined && x.late !== true) return undefined;
      return x as FromWorker;
    }
    case "done":
      return isNumber(x.ms) ? (x as FromWorker) : undefined;
    case "failed":
      return isNumber(x.ms) && isCellError(x.error) ? (x as FromWorker) : undefined;
    case "late":
      return isCellError(x.error) ? (x as FromWorker) : undefined;
    case "closed":
      return x as FromWorker;
    default:
      return undefined;
  }
}

/**
 * Validates a message from the page.
 *
 * @example
 * decodeToWorker({ type: "run", runId: 1, cellId: "a", source: "1", plotWidth: 640, locale: "ja" })?.cellId; // "a"
 */
export function decodeToWorker(x: unknown): ToWorker | undefined {
  if (!isObject(x) || x.type !== "run") return undefined;
  const ok =
    isNumber(x.runId) &&
    isString(x.cellId) &&
    /^[A-Za-z0-9_-]+$/.test(x.cellId) &&
    isString(x.source) &&
    isNumber(x.plotWidth) &&
    (x.locale === undefined || locales.includes(x.locale as Locale));
  return ok ? (x as ToWorker) : undefined;
}

export interface BatcherOptions {
  /** Posts one batch (an "output" message without type and runId). */
  send(batch: { items: OutputItem[]; progress?: Progress; omitted?: number }): void;
  /** Milliseconds clock; `performance.now` in the worker. */
  now(): number;
  intervalMs?: number;
  maxItems?: number;
  tailItems?: number;
  /**
   * A timer (setTimeout). Given, a push also schedules a send `intervalMs` later, for output
   * with no later call to trigger one (a console.log in a timer after the run ended).
   */
  schedule?(send: () => void, ms: number): void;
}

/**
 * Collects a run's output and sends it in batches: on a push or progress call, if
 * `intervalMs` has passed since the last send. (A busy loop never yields to a timer, so
 * the check happens in the calls the loop makes anyway.)
 *
 * @example
 * const sent: unknown[] = [];
 * const batcher = new OutputBatcher({ send: (b) => sent.push(b), now: () => 0 });
 * batcher.push({ kind: "text", level: "log", text: "hi" });
 * batcher.finish(); // sent: [{ items: [{ kind: "text", level: "log", text: "hi" }] }]
 */
export class OutputBatcher {
  private pending: OutputItem[] = [];
  private tail: OutputItem[] = [];
  private progress: Progress | undefined;
  private kept = 0;
  private omitted = 0;
  private omittedSent = 0;
  private lastSend: number;
  private scheduled = false;
  private readonly intervalMs: number;
  private readonly maxItems: number;
  private readonly tailItems: number;

  constructor(private readonly options: BatcherOptions) {
    this.intervalMs = options.intervalMs ?? 50;
    this.maxItems = options.maxItems ?? 400;
    this.tailItems = options.tailItems ?? 20;
    this.lastSend = options.now();
  }

  push(item: OutputItem): void {
    if (this.kept < this.maxItems) {
      this.kept++;
      this.pending.push(item);
    } else {
      this.omitted++;
      this.tail.push(item);
      if (this.tail.length > this.tailItems) this.tail.shift();
    }
    this.maybeSend();
    this.scheduleSend();
  }

  setProgress(progress: Progress): void {
    this.progress = progress;
    this.maybeSend();
  }

  /** Sends what is pending now. */
  flush(): void {
    const omittedChanged = this.omitted !== this.omittedSent;
    if (this.pending.length === 0 && !this.progress && !omittedChanged) return;
    const batch: { items: OutputItem[]; progress?: Progress; omitted?: number } = { items: this.pending };
    if (this.progress) batch.progress = this.progress;
    if (omittedChanged) batch.omitted = this.omitted;
    this.pending = [];
    this.progress = undefined;
    this.omittedSent = this.omitted;
    this.lastSend = this.options.now();
    this.options.send(batch);
  }

  /**
   * Ends the run: sends the rest, and if items were dropped, the last few of them (the
   * count of dropped lines then excludes those).
   */
  finish(): void {
    if (this.omitted > 0) {
      this.omitted -= this.tail.length;
      this.flush();
      this.pending = this.tail;
      this.tail = [];
    }
    this.flush();
  }

  private scheduleSend(): void {
    const { schedule } = this.options;
    if (!schedule || this.scheduled) return;
    this.scheduled = true;
    schedule(() => {
      this.scheduled = false;
      this.flush();
    }, this.intervalMs);
  }

  private maybeSend(): void {
    if (this.options.now() - this.lastSend >= this.intervalMs) this.flush();
  }
}
