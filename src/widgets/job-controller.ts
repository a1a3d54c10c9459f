/**
 * JobController: the one way a widget runs long training jobs in Web Workers. It takes a
 * single job (its own worker) or a pool of jobs (src/run/pool: one worker per core, the
 * next job starts as one ends), and gives every widget the same Pause, Resume and Stop
 * (sent to every running job, and to a job the pool starts while paused), the same
 * throttled redraw, and the same button and settings locking (rules in job-model.ts).
 * What a job's events mean stays with each widget's view-model.
 *
 * @example
 * const job = new JobController({ start, pause, resume, stop }, () => settingsInputs);
 * job.run(specs, { event: (i, e) => view.apply(i, e), end: () => { view.phase = "done"; refresh(); } });
 * job.showControls(view.phase);
 */
import { startTraining, createTrainingWorker } from "../run/client";
import type { HandleEvent, TrainingHandle } from "../run/handle";
import type { TrainResult } from "../run/events";
import type { TrainingSpec } from "../run/spec";
import { runPool, defaultPoolSize, type PoolHandle } from "../run/pool";
import { startSplit } from "../run/split";
import { t } from "../i18n";
import { isActive, jobControls, redrawDelay, type JobPhase } from "./job-model";
import type { StatusLine, StatusTone } from "./status";

/** What a job's view-model tells the page (TrainingView, SearchView, SweepView). */
export interface JobView {
  readonly phase: JobPhase;
  /** How much is done, 0 … 1. */
  readonly fraction: number;
  progressText(): string;
  status(now: number): { message: string; tone: StatusTone };
}

/** The lines of a job's summary as list items, or one that says there is nothing yet. */
export function showSummary(list: HTMLElement, lines: readonly string[]): void {
  list.replaceChildren(
    ...(lines.length ? lines : [t("run.summary.none")]).map((line) =>
      Object.assign(list.ownerDocument.createElement("li"), { textContent: line }),
    ),
  );
}

/** True while the view's job holds its workers (loading, running or paused). */
export function jobActive(view: { readonly phase: JobPhase } | null): boolean {
  return view !== null && isActive(view.phase);
}

/** What a widget hears from its jobs (index: the job's place in the list; 0 for a single job). */
export interface JobCallbacks {
  event?(index: number, event: HandleEvent): void;
  jobDone?(index: number, result: TrainResult): void;
  jobError?(index: number, error: Error): void;
  /** Every job has ended (finished, stopped or failed); the workers are closed. */
  end(): void;
}

/** The widget's buttons: Pause and Resume may be one button (then `resume` is absent). */
export interface JobButtons {
  start: HTMLButtonElement;
  pause: HTMLButtonElement;
  resume?: HTMLButtonElement;
  stop: HTMLButtonElement;
}

export class JobController {
  private readonly handles = new Set<TrainingHandle>();
  private pool: PoolHandle | null = null;
  private single: TrainingHandle | null = null;
  private paused = false;
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private lastDraw = 0;

  /**
   * @param buttons the widget's job buttons
   * @param lockable the settings to lock while a job is active (asked each time: controls may be rebuilt)
   */
  constructor(
    private readonly buttons: JobButtons,
    private readonly lockable: () => readonly HTMLElement[],
  ) {}

  /** A widget's Start, Pause, Resume (if it has one) and Stop: its `[data-action="…"]` buttons. */
  static buttonsIn(widget: ParentNode): JobButtons {
    const button = (action: string) => widget.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    return {
      start: button("start")!,
      pause: button("pause")!,
      resume: button("resume") ?? undefined,
      stop: button("stop")!,
    };
  }

  /** True from `run` until every job has ended. */
  get active(): boolean {
    return this.single !== null || this.pool !== null;
  }

  /** Starts one job (a spec) or a pool of jobs (an array of specs). */
  run(jobs: TrainingSpec | readonly TrainingSpec[], on: JobCallbacks): void {
    if (this.active) return;
    this.paused = false;
    const track = (handle: TrainingHandle) => {
      this.handles.add(handle);
      if (this.paused) handle.pause();
    };
    if (!Array.isArray(jobs)) {
      const handle = this.startSingle(jobs as TrainingSpec, (e) => on.event?.(0, e));
      this.single = handle;
      track(handle);
      handle.done
        .then(
          (result) => on.jobDone?.(0, result),
          (error: Error) => on.jobError?.(0, error),
        )
        .finally(() => {
          this.single = null;
          this.handles.clear();
          on.end();
        });
      return;
    }
    const specs = jobs as readonly TrainingSpec[];
    const workers = Array.from({ length: Math.min(defaultPoolSize(), specs.length) }, () => createTrainingWorker());
    const pool = runPool(
      specs,
      (spec, slot, index) => startTraining(spec, { worker: workers[slot], onEvent: (e) => on.event?.(index, e) }),
      {
        size: workers.length,
        onTrialStart: (_index, _slot, handle) => track(handle),
        onTrialDone: (index, result) => on.jobDone?.(index, result),
        onTrialError: (index, error) => on.jobError?.(index, error),
      },
    );
    this.pool = pool;
    void pool.done.then(() => {
      workers.forEach((w) => w.terminate());
      this.pool = null;
      this.handles.clear();
      on.end();
    });
  }

  /**
   * One job in its own worker; a lockstep job with several runs (an optimizer race) trains
   * its runs on several workers at once, reported as one job with the same numbers
   * (src/run/split.ts).
   */
  private startSingle(spec: TrainingSpec, onEvent: (e: HandleEvent) => void): TrainingHandle {
    const size = Math.min(defaultPoolSize(), spec.runs?.length ?? 1);
    if (size <= 1) return startTraining(spec, { onEvent });
    const workers = Array.from({ length: size }, () => createTrainingWorker());
    const handle = startSplit(spec, (part, slot, e) => startTraining(part, { worker: workers[slot], onEvent: e }), {
      size,
      onEvent,
    });
    void handle.done.catch(() => undefined).finally(() => workers.forEach((w) => w.terminate()));
    return handle;
  }

  /** Pauses every running job (and any the pool starts meanwhile). */
  pause(): void {
    if (!this.active || this.paused) return;
    this.paused = true;
    this.handles.forEach((h) => h.pause());
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.handles.forEach((h) => h.resume());
  }

  /** Stops every job; the pool starts no more. `end` follows once they have stopped. */
  stop(): void {
    if (this.pool) this.pool.stop();
    else this.single?.stop();
  }

  /** Calls `render` now when `urgent`, else at most every REDRAW_MS (many calls, one redraw). */
  redraw(render: () => void, urgent = false): void {
    clearTimeout(this.drawTimer);
    this.drawTimer = setTimeout(
      () => {
        this.lastDraw = performance.now();
        render();
      },
      redrawDelay(performance.now(), this.lastDraw, urgent),
    );
  }

  /** Sets the buttons and locks the settings for `phase`. */
  showControls(phase: JobPhase): void {
    const c = jobControls(phase);
    const { start, pause, resume, stop } = this.buttons;
    start.disabled = c.startDisabled;
    pause.disabled = c.pauseDisabled;
    if (resume) {
      pause.hidden = c.pauseHidden;
      resume.hidden = c.resumeHidden;
    } else pause.textContent = t(c.pauseLabel === "resume" ? "run.resume" : "run.pause");
    stop.disabled = c.stopDisabled;
    for (const root of this.lockable()) {
      const inputs = root.matches("input, select, textarea, button")
        ? [root]
        : Array.from(root.querySelectorAll("input, select, textarea"));
      for (const input of inputs as (HTMLInputElement | HTMLSelectElement)[]) {
        input.disabled = c.locked;
        input.title = c.locked ? t("run.control.locked") : "";
      }
    }
  }

  /**
   * Shows where the job is: the buttons and locks, the widget's data-state, its
   * `[data-progress]` bar and `[data-progress-text]`, and the status line (set only when
   * the message changes, so a screen reader hears it once).
   */
  showProgress(widget: HTMLElement, view: JobView | null, status: StatusLine): void {
    const phase = view?.phase ?? "idle";
    this.showControls(phase);
    widget.setAttribute("data-state", phase);
    if (!view) return;
    widget.querySelector<HTMLProgressElement>("[data-progress]")!.value = view.fraction;
    widget.querySelector("[data-progress-text]")!.textContent = view.progressText();
    const { message, tone } = view.status(performance.now());
    if (message !== status.message) status.set(message, tone);
  }

  /** Stops the jobs and any pending redraw (the widget is leaving the page). */
  dispose(): void {
    clearTimeout(this.drawTimer);
    this.stop();
  }
}
