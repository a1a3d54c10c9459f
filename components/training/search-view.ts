/**
 * What the TrainingRun widget shows for a random hyperparameter search: trials finished,
 * time left, the validation curves of the best trials and a ranked list (the text
 * alternative), like the book's 図6-24 ("Best-1 … Best-20").
 */
import { t } from "../../src/i18n";
import { EtaEstimator } from "../../src/run/eta";
import type { TrainResult } from "../../src/run/events";
import { fnv1a32Text } from "../../src/run/fingerprint";
import type { LineSeries } from "../../src/plot";
import { duration, type Phase } from "./view-model";
import { quietJobStatus, withTimeLeft, type JobStatus } from "../../src/widgets/job-model";
import type { JobCallbacks } from "../../src/widgets/job-controller";

/** How many of the best trials the chart draws. */
export const BEST_SHOWN = 5;

interface Trial {
  label: string;
  /** Progress of a running trial, 0 … 1. */
  fraction: number;
  result?: TrainResult;
}

const percent = (v: number | undefined) => (v === undefined ? "–" : `${(100 * v).toFixed(1)} %`);
const finalVal = (r: TrainResult) => r.runs[0].evals.at(-1)?.testAcc ?? 0;

export class SearchView {
  phase: Phase = "idle";
  readonly trials: Trial[];
  errorMessage = "";
  stopped = false;
  elapsedMs = 0;
  private readonly eta = new EtaEstimator(0.5);

  /**
   * @example
   * const view = new SearchView(0, trials.map((x) => x.spec.label!));
   */
  constructor(
    readonly seed: number,
    labels: string[],
  ) {
    this.trials = labels.map((label) => ({ label, fraction: 0 }));
  }

  /** A trial moved on (fraction of its steps). */
  progress(index: number, fraction: number, elapsedMs: number): void {
    this.phase = "running";
    this.trials[index].fraction = fraction;
    this.elapsedMs = Math.max(this.elapsedMs, elapsedMs);
  }

  /**
   * What the search hears from its pool of trials, applied to this view: progress, an error,
   * a trial done, the end. `changed(urgent)` follows each (urgent: redraw now); `trialDone`
   * lets the widget keep a trial's result for charts of its own.
   */
  callbacks(
    started: number,
    changed: (urgent: boolean) => void,
    trialDone?: (index: number, result: TrainResult) => void,
  ): JobCallbacks {
    return {
      event: (index, e) => {
        if (e.type === "progress") {
          this.progress(index, e.step / e.totalSteps, performance.now() - started);
          changed(false);
        }
        if (e.type === "error") {
          this.phase = "error";
          this.errorMessage = e.message;
          changed(true);
        }
      },
      jobDone: (index, result) => {
        this.finished(index, result, performance.now() - started);
        trialDone?.(index, result);
        changed(true);
      },
      end: () => {
        if (this.phase !== "error") this.phase = "done";
        changed(true);
      },
    };
  }

  /** A trial ended. */
  finished(index: number, result: TrainResult, wallMs: number): void {
    this.trials[index].result = result;
    this.trials[index].fraction = 1;
    this.elapsedMs = wallMs;
    // The rate is in whole trials per wall-clock second (trials run in parallel).
    this.eta.update(this.done, wallMs);
  }

  /** Trials finished. */
  get done(): number {
    return this.trials.filter((x) => x.result).length;
  }

  get fraction(): number {
    return this.trials.reduce((s, x) => s + x.fraction, 0) / this.trials.length;
  }

  progressText(): string {
    if (this.phase === "idle") return t("run.progress.idle");
    const text = t("run.progress.trials", {
      done: this.done,
      total: this.trials.length,
      percent: Math.floor(100 * this.fraction),
    });
    return withTimeLeft(text, this.phase, this.eta.secondsLeft(this.trials.length));
  }

  status(): JobStatus {
    const quiet = quietJobStatus(this.phase, this.done, this.errorMessage);
    if (quiet) return quiet;
    if (this.phase === "running") return { message: t("run.status.running"), tone: "info" };
    return this.stopped
      ? { message: t("run.status.stopped", { step: this.done, total: this.trials.length }), tone: "info" }
      : {
          message: t("run.status.searchFinished", { trials: this.done, time: duration(this.elapsedMs / 1000) }),
          tone: "success",
        };
  }

  /** Finished trials, best validation accuracy first. */
  ranked(): Trial[] {
    return this.trials.filter((x) => x.result).sort((a, b) => finalVal(b.result!) - finalVal(a.result!));
  }

  /** Validation accuracy per epoch of the best trials. */
  series(): LineSeries[] {
    return this.ranked()
      .slice(0, BEST_SHOWN)
      .map((trial) => {
        const evals = trial.result!.runs[0].evals.filter((e) => e.testAcc !== undefined);
        return { name: trial.label, x: evals.map((e) => e.epoch), y: evals.map((e) => e.testAcc!) };
      });
  }

  /** "1. lr 8.1e-3 · λ 2.2e-6: validation accuracy 71.0 %, train accuracy 78.3 %." for the best ten. */
  summary(): string[] {
    return this.ranked()
      .slice(0, 10)
      .map((trial, i) => {
        const last = trial.result!.runs[0].evals.at(-1);
        return t("run.summary.trial", {
          rank: i + 1,
          label: trial.label,
          val: percent(last?.testAcc),
          train: percent(last?.trainAcc),
        });
      });
  }

  /** Seed and a fingerprint over every finished trial's fingerprint, in trial order. */
  identity(): string {
    if (this.phase !== "done") return t("run.identity.pending", { seed: this.seed });
    const joined = this.trials.map((x) => x.result?.fingerprint ?? "-").join(",");
    return t("run.identity", { seed: this.seed, fingerprint: fnv1a32Text(joined) });
  }
}
