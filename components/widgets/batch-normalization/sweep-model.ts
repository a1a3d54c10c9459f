/**
 * The sweep of 図6-18/図6-19 (ch06/batch_norm_test.py): for each initial weight scale W,
 * a network with batch norm and one without, trained in lockstep on the same batches
 * (src/run's "batch-norm" preset), train accuracy per epoch. Pure state, no DOM: the
 * element feeds it the events of each job and draws what it returns.
 *
 *   book ("Reproduce"): W ∈ np.logspace(0, −4, 16), 20 epochs each
 *   lesson:             every other one of those scales (8: 1, 0.293, … 0.000185), 10 epochs
 *                       each at lr 0.1 (the preset's lesson rate)
 */
import { BOOK_WEIGHT_SCALES, formatScale } from "../../../src/run/settings";
import { sweepSpecs, type SweepJob } from "../../../src/run/sweep";
import { EtaEstimator } from "../../../src/run/eta";
import type { HandleEvent } from "../../../src/run/handle";
import type { EvalPoint, TrainResult } from "../../../src/run/events";
import type { Scale } from "../../../src/run/presets";
import { formatPercent } from "../../../src/plot/text";
import { duration } from "../../training/view-model";
import { t } from "../../../src/i18n";
import { withTimeLeft, type JobPhase } from "../../../src/widgets/job-model";

/** Indices into BOOK_WEIGHT_SCALES trained at each preset scale. */
export const SWEEP_INDICES: Record<Scale, readonly number[]> = {
  book: BOOK_WEIGHT_SCALES.map((_, i) => i),
  lesson: [0, 2, 4, 6, 8, 10, 12, 14],
};

/** Epochs per scale, as the preset builds them (batch_norm_test.py: max_epochs = 20). */
export const SWEEP_EPOCHS: Record<Scale, number> = { book: 20, lesson: 10 };

/**
 * The jobs of a sweep: one "batch-norm" preset spec per weight scale, same seed.
 *
 * @example
 * sweepJobs("lesson", 0).map((j) => j.value); // [1, 0.0464…, 0.00215…, 0.0001]
 */
export function sweepJobs(scale: Scale, seed: number): SweepJob[] {
  const values = SWEEP_INDICES[scale].map((i) => BOOK_WEIGHT_SCALES[i]);
  return sweepSpecs("batch-norm", scale, "weightScale", values, { seed });
}

/** A sweep's phase (job-model.ts): it starts running at once, with no loading phase. */
export type SweepPhase = Exclude<JobPhase, "loading">;

/** One panel: the curves at one weight scale. */
export interface SweepPanel {
  scale: number;
  bn: EvalPoint[];
  plain: EvalPoint[];
  /** The step at which the run without BN diverged (its loss exploded), if it did. */
  plainDivergedAt?: number;
  bnDivergedAt?: number;
  finished: boolean;
}

/** Follows a sweep's jobs one after another (or several at once) and summarises them. */
export class SweepView {
  phase: SweepPhase = "idle";
  errorMessage = "";
  readonly panels: SweepPanel[];
  private readonly stepsPerJob: number;
  private readonly steps: number[];
  private readonly elapsed: number[];
  private readonly eta = new EtaEstimator();
  private started = 0;

  constructor(
    readonly jobs: readonly SweepJob[],
    stepsPerJob: number,
  ) {
    this.panels = jobs.map((j) => ({ scale: j.value, bn: [], plain: [], finished: false }));
    this.stepsPerJob = stepsPerJob;
    this.steps = jobs.map(() => 0);
    this.elapsed = jobs.map(() => 0);
  }

  /** Feeds an event of job `index`. */
  apply(index: number, event: HandleEvent): void {
    const panel = this.panels[index];
    if (event.type === "loading") return;
    if (event.type === "error") {
      this.phase = "error";
      this.errorMessage = event.message;
      return;
    }
    if (event.type === "progress") {
      if (this.phase === "idle") this.phase = "running";
      for (const run of event.runs) {
        const target = run.label === "bn" ? panel.bn : panel.plain;
        target.push(...run.evals);
        if (run.divergedAt !== undefined) {
          if (run.label === "bn") panel.bnDivergedAt = run.divergedAt;
          else panel.plainDivergedAt = run.divergedAt;
        }
      }
      this.steps[index] = event.step;
      this.elapsed[index] = event.elapsedMs;
      this.eta.update(this.totalDone(), this.totalElapsed());
    } else if (event.type === "done") {
      this.finished(index, event.result);
    }
  }

  /** Records a finished job (its result is complete even if chunks were missed). */
  finished(index: number, result: TrainResult): void {
    const panel = this.panels[index];
    for (const run of result.runs) {
      if (run.label === "bn") {
        panel.bn = run.evals;
        panel.bnDivergedAt = run.divergedAt;
      } else {
        panel.plain = run.evals;
        panel.plainDivergedAt = run.divergedAt;
      }
    }
    // A diverged run stops early; the job still counts as all its steps for progress.
    panel.finished = result.reason !== "stopped";
    this.steps[index] = panel.finished ? this.stepsPerJob : result.step;
    this.elapsed[index] = result.elapsedMs;
  }

  private totalDone(): number {
    return this.steps.reduce((a, b) => a + b, 0);
  }

  private totalElapsed(): number {
    return this.elapsed.reduce((a, b) => a + b, 0);
  }

  /** Fraction of all steps of all scales done. */
  get fraction(): number {
    return Math.min(1, this.totalDone() / (this.stepsPerJob * this.jobs.length));
  }

  /** Scales whose job has ended. */
  get done(): number {
    return this.panels.filter((p) => p.finished).length;
  }

  /** "Scale 2 of 4 done · step 37 of 100 in this scale (46 %) · about 12 s left". */
  progressText(): string {
    const current = this.steps.findIndex((s, i) => !this.panels[i].finished && s < this.stepsPerJob);
    const step = current >= 0 ? this.steps[current] : this.stepsPerJob;
    const main = t("bn.sweep.progress.text", {
      done: this.done,
      total: this.jobs.length,
      step,
      steps: this.stepsPerJob,
      percent: Math.round(100 * this.fraction),
    });
    return withTimeLeft(main, this.phase, this.eta.secondsLeft(this.stepsPerJob * this.jobs.length));
  }

  /** Marks the start, for the final "finished in" line. */
  start(now: number): void {
    this.started = now;
    this.phase = "running";
  }

  /** The status line. */
  status(now: number): { message: string; tone: "info" | "success" | "warning" | "error" } {
    switch (this.phase) {
      case "error":
        return { message: t("bn.sweep.status.error", { message: this.errorMessage }), tone: "error" };
      case "paused":
        return { message: t("bn.sweep.status.paused"), tone: "info" };
      case "done":
        return {
          message: t("bn.sweep.status.finished", {
            total: this.jobs.length,
            time: duration((now - this.started) / 1000),
          }),
          tone: "success",
        };
      case "stopped":
        return { message: t("bn.sweep.status.stopped", { done: this.done, total: this.jobs.length }), tone: "warning" };
      default: {
        const current = this.panels.find((p) => !p.finished) ?? this.panels[this.panels.length - 1];
        return { message: t("bn.sweep.status.running", { scale: formatScale(current.scale) }), tone: "info" };
      }
    }
  }

  /** One line per scale with results: the last train accuracy with and without BN. */
  summary(): string[] {
    return this.panels
      .filter((p) => p.bn.length > 0)
      .map((p) => {
        const bn = p.bn[p.bn.length - 1],
          plain = p.plain[p.plain.length - 1];
        const acc = (e?: EvalPoint) => (e?.trainAcc === undefined ? "–" : formatPercent(e.trainAcc));
        if (p.plainDivergedAt !== undefined)
          return t("bn.sweep.summaryDiverged", { scale: formatScale(p.scale), bn: acc(bn), step: p.plainDivergedAt });
        return t("bn.sweep.summary", {
          scale: formatScale(p.scale),
          bn: acc(bn),
          plain: acc(plain),
          epoch: Math.round(bn.epoch),
        });
      });
  }
}
