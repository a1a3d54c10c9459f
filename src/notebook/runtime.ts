/**
 * Running a cell: transpile, wrap, evaluate, stream the output, remember the names.
 *
 * This is the part of the worker that needs no worker: tests (and chapter claims) run
 * cells with it in Node. A cell sees these builtins besides its own imports:
 *
 *   show(value, label?)        numbers, arrays and tensors as tables, anything else as text
 *   plot(options)              an Observable Plot options object, drawn under the cell
 *   progress(fraction, label?) a progress bar with the time left
 *   check(label, actual, expected?, { rtol, atol }?)  a ✓/✗ verdict for exercises
 *   checkTrajectory(yours, kobais, name)  the verdict of an optimizer exercise (cell-testing/)
 *   Plot                       Observable Plot itself, to build marks: Plot.lineY(…)
 *   console                    log / info / warn / error / table
 *
 * Every run starts from `seed(0)` (the host's `beforeRun`), so a study group sees the
 * same numbers.
 */
import { transpileCell, CellSyntaxError } from "./transpile";
import { NotebookScope, wrapCell } from "./scope";
import { describeError, locateInStack, sourceUrlFor, type CellError, type PositionMapper } from "./errors";
import { OutputBatcher, type BatcherOptions, type OutputItem } from "./protocol";
import { arrayTable, formatLogArguments, formatValue, isParameterLike, isTensorLike, tensorTable } from "./format";
import { evaluateCheck, type CheckOptions, type Verdict } from "./check";
import { evaluateTrajectory, type TrajectoryPoint } from "./cell-testing/trajectory";
import { setLocale, t, type Locale } from "../i18n";

/** What the place running the cells provides. */
export interface RuntimeHost {
  /** What `import … from "<name>"` gives, e.g. { kobai: core, "@observablehq/plot": Plot }. */
  modules: Record<string, unknown>;
  /** Draws Plot options into SVG markup `width` pixels wide. */
  renderPlot?(options: Record<string, unknown>, width: number): string;
  /** Called before each run, e.g. `seed(0)`. */
  beforeRun?(): void;
  /** Milliseconds clock. */
  now(): number;
  /**
   * Output a cell's code makes after its run ended (a `console.log` in a timer), batched
   * like a run's output. `cellId` is the cell whose code made it; without this, such
   * output is dropped.
   */
  sendLate?(cellId: string, batch: Parameters<BatcherOptions["send"]>[0]): void;
}

/** One run request. */
export interface RunRequest {
  cellId: string;
  source: string;
  plotWidth?: number;
  /**
   * The page's edition: the messages the builtins make (check's verdicts, errors) are in its
   * words. A worker has no `<html lang>` to go by, so the page says it with every run; the
   * host must have installed that edition's strings (worker.ts does).
   */
  locale?: Locale;
  send: BatcherOptions["send"];
}

export type RunResult = { ok: true } | { ok: false; error: CellError };

/** One output line may carry this many characters; the rest is cut with a note. */
export const MAX_TEXT_CHARS = 10_000;
/**
 * A chart may have this many elements (dots, lines, ticks…). The page draws a chart at
 * once, so 100,000 dots would hold it up for seconds; a clear error says what to do.
 */
export const MAX_CHART_ELEMENTS = 20_000;

/** Cuts a line of output to MAX_TEXT_CHARS, saying how much is not shown. */
export function capText(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  return (
    text.slice(0, MAX_TEXT_CHARS) + t("cell.textCut", { count: (text.length - MAX_TEXT_CHARS).toLocaleString("en-US") })
  );
}

/** Elements in markup: one per start tag. */
function countElements(markup: string): number {
  return markup.match(/<[A-Za-z]/g)?.length ?? 0;
}

interface CurrentRun {
  batcher: OutputBatcher;
  plotWidth: number;
}

// Captured before any cell runs: a cell may replace the globals.
const scheduleLater = setTimeout;
const ErrorBeforeCells = Error;

/** Late output is sent this long after its first line (lines meanwhile join the same batch). */
const LATE_BATCH_MS = 50;

/**
 * Runs a notebook's cells one after another in a shared scope.
 *
 * @example
 * const runtime = new CellRuntime({ modules: {}, now: () => Date.now() });
 * await runtime.run({ cellId: "a", source: "const x = 2;", send: () => {} });
 * await runtime.run({ cellId: "b", source: "console.log(x * 21);", send: (b) => console.info(b.items) }); // 42
 */
export class CellRuntime {
  readonly scope: NotebookScope;
  /** Position maps of every run so far, by source URL (functions from old runs stay callable). */
  private readonly mappers = new Map<string, PositionMapper>();
  private runs = 0;
  private current: CurrentRun | undefined;
  /** The value of the latest `throw` in any cell, and where it was. */
  private lastThrown: { value: unknown; cellId: string; line: number; column: number } | undefined;
  /** The cell of the latest run: late output nobody can place goes there. */
  private lastCellId: string | undefined;
  /** Output made after a cell's run ended, by cell, waiting to be sent. */
  private readonly late = new Map<string, OutputBatcher>();

  constructor(private readonly host: RuntimeHost) {
    this.scope = new NotebookScope(this.builtins());
  }

  async run(request: RunRequest): Promise<RunResult> {
    const url = sourceUrlFor(request.cellId, ++this.runs);
    const batcher = new OutputBatcher({ send: request.send, now: this.host.now });
    this.current = { batcher, plotWidth: request.plotWidth ?? 640 };
    if (request.locale) setLocale(request.locale);
    this.lastCellId = request.cellId;
    this.late.get(request.cellId)?.flush(); // what the cell's timers said before this run
    this.late.delete(request.cellId);
    let collect = () => {};
    try {
      this.host.beforeRun?.();
      let cell;
      try {
        cell = transpileCell(request.source);
      } catch (error) {
        if (error instanceof CellSyntaxError) Object.assign(error, { cellId: request.cellId });
        throw error;
      }
      this.mappers.set(url, cell.toOriginal);
      const cellId = request.cellId;
      const prepared = this.scope.prepare(cell.declarations, (value, line, column) => {
        this.lastThrown = { value, cellId, line, column };
        return value;
      });
      collect = prepared.collect;
      const cellFunction = (0, eval)(wrapCell(prepared.prelude, cell.js, url)) as (
        bindings: unknown,
      ) => Promise<unknown>;
      await cellFunction(prepared.bindings);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: this.describe(error) };
    } finally {
      collect();
      batcher.finish();
      this.current = undefined;
    }
  }

  /** Describes an error thrown outside a run's own await chain (a timer, an unawaited promise). */
  describe(thrown: unknown): CellError {
    const error = describeError(thrown, this.mappers);
    // A thrown string or null has no stack: the line comes from the `throw` that threw it.
    const last = this.lastThrown;
    if (error.line === undefined && !(thrown instanceof Error) && last && Object.is(last.value, thrown)) {
      return { ...error, cellId: last.cellId, line: last.line, column: last.column };
    }
    return error;
  }

  /** Forgets everything the cells defined. */
  restart(): void {
    this.scope.clear();
  }

  private emit(item: OutputItem): void {
    const capped = item.kind === "text" ? { ...item, text: capText(item.text) } : item;
    if (this.current) this.current.batcher.push(capped);
    else this.lateBatcher()?.push(capped);
  }

  /**
   * The batcher for output made between runs, under the cell whose code is on the stack
   * (the timer's callback), else the cell that ran last. Capped like a run's output.
   */
  private lateBatcher(): OutputBatcher | undefined {
    const sendLate = this.host.sendLate;
    const cellId = locateInStack(new ErrorBeforeCells().stack ?? "", this.mappers)?.cellId ?? this.lastCellId;
    if (!sendLate || cellId === undefined) return undefined;
    let batcher = this.late.get(cellId);
    if (!batcher) {
      // A timer's lines come one at a time with nothing after them to trigger a send: the
      // batcher sends them itself, LATE_BATCH_MS after the first.
      batcher = new OutputBatcher({
        send: (b) => sendLate(cellId, b),
        now: this.host.now,
        tailItems: 0,
        intervalMs: LATE_BATCH_MS,
        schedule: scheduleLater,
      });
      this.late.set(cellId, batcher);
    }
    return batcher;
  }

  private builtins(): Record<string, unknown> {
    const { modules } = this.host;
    const log =
      (level: "log" | "info" | "warn" | "error") =>
      (...args: unknown[]) =>
        this.emit({ kind: "text", level, text: formatLogArguments(args) });
    const show = (value: unknown, label?: string) => {
      if (isParameterLike(value))
        return this.emit({ kind: "table", table: { ...tensorTable(value.value), label: label ?? value.name } });
      if (isTensorLike(value)) return this.emit({ kind: "table", table: { ...tensorTable(value), label } });
      const numeric = (x: unknown) =>
        typeof x === "number" || (Array.isArray(x) && x.every((y) => typeof y === "number"));
      if ((Array.isArray(value) && value.length > 0 && value.every(numeric)) || ArrayBuffer.isView(value)) {
        return this.emit({ kind: "table", table: { ...arrayTable(Array.from(value as ArrayLike<unknown>)), label } });
      }
      this.emit({ kind: "text", level: "log", text: label ? `${label}: ${formatValue(value)}` : formatValue(value) });
    };
    const plot = (options: unknown) => {
      if (typeof options !== "object" || options === null || Array.isArray(options) || !this.host.renderPlot) {
        throw new TypeError(t("cell.error.plot"));
      }
      const width = this.current?.plotWidth ?? 640;
      const svg = this.host.renderPlot(options as Record<string, unknown>, width);
      const elements = countElements(svg);
      if (elements > MAX_CHART_ELEMENTS)
        throw new RangeError(
          t("cell.error.plotTooBig", {
            count: elements.toLocaleString("en-US"),
            max: MAX_CHART_ELEMENTS.toLocaleString("en-US"),
          }),
        );
      this.emit({ kind: "plot", svg });
    };
    const progress = (fraction: unknown, label?: unknown) => {
      if (typeof fraction !== "number" || Number.isNaN(fraction))
        throw new TypeError(t("cell.error.progress", { value: formatValue(fraction, 1) }));
      this.current?.batcher.setProgress({
        fraction: Math.min(1, Math.max(0, fraction)),
        ...(label === undefined ? {} : { label: String(label) }),
      });
    };
    const verdict = (v: Verdict) => {
      this.emit({ kind: "verdict", ...v });
      return v.ok;
    };
    const check = (label: string, actual: unknown, expected?: unknown, options?: CheckOptions) =>
      verdict(evaluateCheck(String(label), actual, expected, options));
    const checkTrajectory = (
      yours: TrajectoryPoint[],
      kobais: TrajectoryPoint[],
      name: string,
      options?: CheckOptions,
    ) => verdict(evaluateTrajectory(yours, kobais, String(name), options));
    const require = (name: string) => {
      if (!(name in modules)) throw new Error(t("cell.error.noModule", { name }));
      return modules[name];
    };
    const console = {
      log: log("log"),
      debug: log("log"),
      info: log("info"),
      warn: log("warn"),
      error: log("error"),
      table: (v: unknown) => show(v),
    };
    const builtins: Record<string, unknown> = { show, plot, progress, check, checkTrajectory, console, require };
    if ("@observablehq/plot" in modules) builtins.Plot = modules["@observablehq/plot"];
    return builtins;
  }
}
