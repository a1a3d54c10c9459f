/**
 * The page's notebook: one worker shared by the page's cells, and a queue that runs them
 * one at a time, in the order they were asked for. The worker lives in a sandboxed frame of
 * its own (runtime-frame.ts), so a cell that runs out of memory takes down only that frame.
 *
 * - Run: queue a cell (a cell already queued or running is not queued twice).
 * - Run all: queue every cell in page order; if one fails, the rest are not run.
 * - Stop: terminating the worker ends even `while (true) {}`; a fresh worker starts on the
 *   next run. Everything the cells defined is lost with the old worker, and the stopped
 *   cell says so (we do not rerun earlier cells behind the reader's back: they may be
 *   the slow ones).
 * - Restart: the same, without a running cell.
 * - Each run gets a fresh MessageChannel; only its port speaks for the run (protocol.ts).
 *   A cell that closes its runtime (`self.close()`) fails with a note, and the next run
 *   starts a fresh worker, as after Stop.
 */
import { decodeFromWorker, type FromWorker, type ToWorker } from "./protocol";
import { framedProcess, pageWorkerProcess, type CellProcess, type CellProcessFactory } from "./runtime-frame";
import type { CellError } from "./errors";
import { currentLocale, t } from "../i18n";

/** What the notebook needs from a cell element. */
export interface NotebookCell {
  readonly cellId: string;
  readonly element: HTMLElement;
  code(): string;
  plotWidth(): number;
  onQueued(): void;
  onStart(): void;
  onOutput(message: Extract<FromWorker, { type: "output" }>): void;
  /** Output the cell's code made after its run ended (a timer's console.log). */
  onLateOutput(message: Extract<FromWorker, { type: "output" }>): void;
  onDone(ms: number): void;
  onFailed(error: CellError, ms: number): void;
  /** An error from the cell's code after (or beside) its run: a timer, an unawaited promise. */
  onLateError(error: CellError): void;
  /** The cell was running when the reader pressed Stop. */
  onStopped(): void;
  /** The cell was waiting and will not run; `reason` says why. */
  onCancelled(reason: "earlierFailed" | "stopped" | "restarted"): void;
  /** The notebook restarted: whatever this cell showed is from before. */
  onRestarted(): void;
}

interface Job {
  cell: NotebookCell;
  /** Jobs of one "Run all" share a group: a failure cancels the rest of the group. */
  group?: number;
}

export class Notebook {
  readonly cells: NotebookCell[] = [];
  private worker: CellProcess | undefined;
  /** The running job; `startedAt` (performance.now()) times a run whose runtime is lost. */
  private active: (Job & { runId: number; startedAt: number }) | undefined;
  private queue: Job[] = [];
  private nextRunId = 1;
  /** The port of each cell's latest run, kept open for errors that come later. */
  private readonly ports = new Map<NotebookCell, MessagePort>();
  private nextGroup = 1;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly startWorker: CellProcessFactory) {}

  /** Adds a cell, keeping `cells` in page order. */
  register(cell: NotebookCell): void {
    this.cells.push(cell);
    this.cells.sort((a, b) =>
      a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    this.changed();
  }

  /** 1-based position of a cell on the page. */
  numberOf(cell: NotebookCell): number {
    return this.cells.indexOf(cell) + 1;
  }

  find(cellId: string): NotebookCell | undefined {
    return this.cells.find((c) => c.cellId === cellId);
  }

  /** "running", "queued" or "idle". */
  stateOf(cell: NotebookCell): "running" | "queued" | "idle" {
    if (this.active?.cell === cell) return "running";
    return this.queue.some((job) => job.cell === cell) ? "queued" : "idle";
  }

  get busy(): boolean {
    return this.active !== undefined || this.queue.length > 0;
  }

  /** Calls `listener` whenever a run starts, ends or is queued. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  run(cell: NotebookCell): void {
    this.enqueue([{ cell }]);
  }

  runAll(): void {
    const group = this.nextGroup++;
    this.enqueue(this.cells.map((cell) => ({ cell, group })));
  }

  /** Stops the running cell (terminating the worker) and drops the queue. */
  stop(): void {
    this.reset("stopped");
  }

  /** Takes a queued cell out of the queue. */
  unqueue(cell: NotebookCell): void {
    const before = this.queue.length;
    this.queue = this.queue.filter((job) => job.cell !== cell);
    if (this.queue.length !== before) cell.onCancelled("stopped");
    this.changed();
  }

  /** Clears everything the cells defined: a fresh worker on the next run. */
  restart(): void {
    this.reset("restarted");
  }

  private reset(reason: "stopped" | "restarted"): void {
    const active = this.active;
    this.terminate();
    this.cancelQueue(reason);
    active?.cell.onStopped();
    for (const cell of this.cells) if (cell !== active?.cell) cell.onRestarted();
    this.changed();
  }

  private enqueue(jobs: Job[]): void {
    for (const job of jobs) {
      if (this.stateOf(job.cell) !== "idle") continue;
      this.queue.push(job);
      job.cell.onQueued();
    }
    this.changed();
    this.pump();
  }

  private cancelQueue(reason: "earlierFailed" | "stopped" | "restarted", group?: number): void {
    const cancelled = group === undefined ? this.queue : this.queue.filter((job) => job.group === group);
    this.queue = group === undefined ? [] : this.queue.filter((job) => job.group !== group);
    for (const job of cancelled) job.cell.onCancelled(reason);
  }

  private pump(): void {
    if (this.active || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const runId = this.nextRunId++;
    this.active = { ...job, runId, startedAt: performance.now() };
    job.cell.onStart();
    this.changed();
    const message: ToWorker = {
      type: "run",
      runId,
      cellId: job.cell.cellId,
      source: job.cell.code(),
      plotWidth: job.cell.plotWidth(),
      locale: currentLocale(),
    };
    const worker = this.ensureWorker();
    const channel = new MessageChannel();
    this.ports.get(job.cell)?.close();
    this.ports.set(job.cell, channel.port1);
    channel.port1.onmessage = (event) => this.receive(worker, job.cell, runId, event.data);
    worker.run(message, channel.port2);
  }

  private ensureWorker(): CellProcess {
    if (this.worker) return this.worker;
    const worker: CellProcess = this.startWorker({
      // The worker did not start (or broke): like a crash, the next run starts a fresh one.
      error: (detail) => {
        if (worker === this.worker)
          this.lose({ kind: "runtime", name: "Error", message: t("cell.error.worker", { message: detail }) });
      },
      lost: () => {
        if (worker === this.worker) this.lose({ kind: "runtime", name: "Error", message: t("cell.error.crashed") });
      },
    });
    this.worker = worker;
    return worker;
  }

  private receive(worker: CellProcess, cell: NotebookCell, runId: number, data: unknown): void {
    const message = decodeFromWorker(data);
    if (!message || message.runId !== runId || worker !== this.worker) return;
    if (message.type === "late") return cell.onLateError(message.error);
    if (message.type === "output" && message.late) return cell.onLateOutput(message);
    if (message.type === "closed")
      return this.lose({ kind: "runtime", name: "Error", message: t("cell.error.closed") });
    if (this.active?.runId !== runId) return;
    if (message.type === "output") this.active.cell.onOutput(message);
    else this.finish(message);
  }

  /** The runtime is gone (closed or crashed): the running cell fails, the rest hear of a restart. */
  private lose(error: CellError): void {
    const active = this.active;
    this.terminate();
    this.cancelQueue("restarted");
    active?.cell.onFailed(error, active ? performance.now() - active.startedAt : 0);
    for (const cell of this.cells) if (cell !== active?.cell) cell.onRestarted();
    this.changed();
  }

  private finish(message: Extract<FromWorker, { type: "done" | "failed" }>): void {
    const job = this.active!;
    this.active = undefined;
    if (message.type === "done") job.cell.onDone(message.ms);
    else {
      job.cell.onFailed(message.error, message.ms);
      if (job.group !== undefined) this.cancelQueue("earlierFailed", job.group);
    }
    this.changed();
    this.pump();
  }

  private terminate(): void {
    for (const port of this.ports.values()) port.close();
    this.ports.clear();
    this.worker?.terminate();
    this.worker = undefined;
    this.active = undefined;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

let pageNotebook: Notebook | undefined;

/** The page's notebook (created on first use). */
export function notebookOfPage(): Notebook {
  pageNotebook ??= new Notebook(import.meta.env.DEV ? pageWorkerProcess : framedProcess);
  return pageNotebook;
}
