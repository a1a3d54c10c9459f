/**
 * What the TrainingRun widget shows, computed from the training events without a DOM:
 * progress and time left, the status line, the chart's series (downsampled so a 2000-step
 * curve stays cheap to redraw), the text alternative and the seed · fingerprint line.
 * The element (training-run-element.ts) only puts these into the page.
 */
import { t, tCount } from "../../src/i18n";
import { EtaEstimator } from "../../src/run/eta";
import { formatDuration } from "../../src/site/duration";
import { quietJobStatus, withTimeLeft, type JobPhase, type JobStatus } from "../../src/widgets/job-model";
import { HistoryRecorder, type HandleEvent } from "../../src/run/handle";
import type { RunResult, TrainResult } from "../../src/run/events";
import type { PresetSettings } from "../../src/run/settings";
import type { TrainingSpec } from "../../src/run/spec";
import type { LineSeries } from "../../src/plot";

/** The most points a series is drawn with. */
export const MAX_POINTS = 400;

/** A run's phase (job-model.ts); a stopped run ends "done" with its result's reason. */
export type Phase = Exclude<JobPhase, "stopped">;

/** A duration in the reader's units (the site's one formatter). */
export const duration = (seconds: number): string => formatDuration(seconds);

/**
 * Averages a series into at most `max` buckets (x = the bucket's last step). A run that
 * diverged ends with an ∞ at its divergence step, which the chart marks "diverged".
 *
 * @example
 * downsample([4, 3, 2, 1], 1, 2); // { x: [2, 4], y: [3.5, 1.5] }
 */
export function downsample(
  values: readonly number[],
  firstX: number,
  max = MAX_POINTS,
  divergedAt?: number,
): { x: number[]; y: number[] } {
  const finite = divergedAt === undefined ? values.length : Math.max(0, divergedAt - firstX);
  const size = Math.max(1, Math.ceil(finite / max));
  const x: number[] = [],
    y: number[] = [];
  for (let start = 0; start < finite; start += size) {
    const end = Math.min(finite, start + size);
    let sum = 0;
    for (let i = start; i < end; i++) sum += values[i];
    x.push(firstX + end - 1);
    y.push(sum / (end - start));
  }
  if (divergedAt !== undefined) {
    x.push(divergedAt);
    y.push(Infinity);
  }
  return { x, y };
}

/** The words for a run label of a preset ("no-decay" → "λ = 0"); other labels as they are. */
export function runName(label: string, settings: Partial<PresetSettings>): string {
  switch (label) {
    case "bn":
    case "no-bn":
    case "no-decay":
    case "no-dropout":
    case "run":
    case "relu":
    case "sigmoid":
      return t(`run.label.${label}` as "run.label.bn");
    case "decay":
      return t("run.label.decay", { lambda: settings.weightDecay ?? "?" });
    case "dropout":
      return t("run.label.dropout", { p: settings.dropout ?? "?" });
    default:
      return label;
  }
}

const percent = (v: number | undefined) => (v === undefined ? "–" : `${(100 * v).toFixed(1)} %`);

/** The state of one training job as the widget sees it. */
export class TrainingView {
  phase: Phase = "idle";
  readonly recorder = new HistoryRecorder();
  result: TrainResult | null = null;
  errorMessage = "";
  private readonly eta = new EtaEstimator();
  private firstDivergence: { label: string; step: number } | null = null;
  /** Bytes of the data file received so far, while it downloads (the book's MNIST is 11 MB). */
  private download: { loaded: number; total: number } | null = null;

  /**
   * @param spec the job being shown
   * @param settings the control values it was built from (for run names)
   * @param evalKind what testAcc measures: "test" or "validation"
   */
  constructor(
    readonly spec: TrainingSpec,
    readonly settings: Partial<PresetSettings>,
    readonly evalKind: "test" | "validation" = "test",
  ) {}

  /** Takes one event from the job's handle. */
  apply(event: HandleEvent): void {
    switch (event.type) {
      case "loading":
        this.phase = "loading";
        if (event.total) this.download = { loaded: event.loaded ?? 0, total: event.total };
        break;
      case "error":
        this.phase = "error";
        this.errorMessage = event.message;
        break;
      case "paused":
        this.phase = "paused";
        break;
      case "progress":
        this.phase = "running";
        this.recorder.add(event);
        this.eta.update(event.step, event.elapsedMs);
        if (!this.firstDivergence && event.diverged.length > 0) this.firstDivergence = event.diverged[0];
        break;
      case "done":
        this.phase = "done";
        this.result = event.result;
        break;
    }
  }

  /** Fraction done, 0 … 1. */
  get fraction(): number {
    if (this.phase === "loading" && this.download) return Math.min(1, this.download.loaded / this.download.total);
    const r = this.result ?? this.recorder;
    return r.totalSteps > 0 ? Math.min(1, r.step / r.totalSteps) : 0;
  }

  /** "Step 120 of 300 (40 %) · about 12 s left". */
  progressText(): string {
    if (this.phase === "idle") return t("run.progress.idle");
    if (this.phase === "loading" && this.download) {
      const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
      return t("run.progress.download", { loaded: mb(this.download.loaded), total: mb(this.download.total) });
    }
    const r = this.result ?? this.recorder;
    const steps = t("run.progress.steps", {
      step: r.step,
      total: r.totalSteps || "…",
      percent: Math.floor(100 * this.fraction),
    });
    return withTimeLeft(steps, this.phase, this.eta.secondsLeft(r.totalSteps));
  }

  /** The status line and its tone. */
  status(): JobStatus {
    const quiet = quietJobStatus(this.phase, this.recorder.step, this.errorMessage);
    if (quiet) return quiet;
    const diverged = this.firstDivergence;
    const divergedText = diverged
      ? t("run.status.diverged", { name: runName(diverged.label, this.settings), step: diverged.step })
      : "";
    if (this.phase === "running")
      return diverged ? { message: divergedText, tone: "warning" } : { message: t("run.status.running"), tone: "info" };
    const r = this.result!;
    if (r.reason === "diverged")
      return {
        message: t("run.status.allDiverged", { step: Math.min(...r.runs.map((x) => x.divergedAt ?? Infinity)) }),
        tone: "error",
      };
    if (r.reason === "stopped")
      return { message: t("run.status.stopped", { step: r.step, total: r.totalSteps }), tone: "info" };
    const finished = t("run.status.finished", {
      steps: tCount("count.steps", r.step),
      time: duration(r.elapsedMs / 1000),
    });
    return diverged
      ? { message: `${finished} ${divergedText}`, tone: "warning" }
      : { message: finished, tone: "success" };
  }

  /** The runs as recorded so far (or the final result). */
  runs(): RunResult[] {
    return this.result?.runs ?? this.recorder.runs;
  }

  /** Loss per step of each run, downsampled. */
  lossSeries(): LineSeries[] {
    return this.runs().map((run) => {
      const { x, y } = downsample(run.losses, 1, MAX_POINTS, run.divergedAt);
      return { name: runName(run.label, this.settings), x, y };
    });
  }

  /** Train (and test/validation) accuracy per epoch of each run. */
  accuracySeries(): LineSeries[] {
    const series: LineSeries[] = [];
    for (const run of this.runs()) {
      const name = runName(run.label, this.settings);
      const train = run.evals.filter((e) => e.trainAcc !== undefined);
      const test = run.evals.filter((e) => e.testAcc !== undefined);
      if (train.length)
        series.push({
          name: t("run.series.train", { name }),
          x: train.map((e) => e.epoch),
          y: train.map((e) => e.trainAcc!),
        });
      if (test.length)
        series.push({
          name: t("run.series.test", { name, evalKind: t(`run.evalKind.${this.evalKind}`) }),
          x: test.map((e) => e.epoch),
          y: test.map((e) => e.testAcc!),
        });
    }
    return series;
  }

  /** ‖W‖ per epoch of each run, when the spec measures it ("weightNorm" metric); else []. */
  weightNormSeries(): LineSeries[] {
    return this.runs().flatMap((run) => {
      const points = run.evals.filter((e) => e.weightNorm !== undefined);
      return points.length
        ? [
            {
              name: runName(run.label, this.settings),
              x: points.map((e) => e.epoch),
              y: points.map((e) => e.weightNorm!),
            },
          ]
        : [];
    });
  }

  /** The key numbers, one sentence per run (the text alternative beside the chart's caption). */
  summary(): string[] {
    const lines: string[] = [];
    for (const run of this.runs()) {
      const name = runName(run.label, this.settings);
      const last = run.evals.at(-1);
      if (last && last.step > 0 && last.trainAcc !== undefined) {
        lines.push(
          last.testAcc !== undefined
            ? t("run.summary.accuracy", {
                name,
                train: percent(last.trainAcc),
                test: percent(last.testAcc),
                evalKind: t(`run.evalKind.${this.evalKind}`),
                epoch: Number(last.epoch.toFixed(2)),
              })
            : t("run.summary.trainOnly", { name, train: percent(last.trainAcc), epoch: Number(last.epoch.toFixed(2)) }),
        );
      } else if (run.losses.length > 0 && run.divergedAt === undefined) {
        const window = Math.min(50, run.losses.length);
        const mean = run.losses.slice(-window).reduce((a, b) => a + b, 0) / window;
        lines.push(
          t("run.summary.loss", {
            name,
            first: run.losses[0].toFixed(3),
            last: run.losses.at(-1)!.toFixed(3),
            step: run.losses.length,
            window,
            mean: mean.toFixed(3),
          }),
        );
      }
      if (run.divergedAt !== undefined) lines.push(t("run.summary.diverged", { name, step: run.divergedAt }));
    }
    return lines;
  }

  /** "Seed 0 · fingerprint 3fa9c2d1" once the run has ended. */
  identity(): string {
    return this.result
      ? t("run.identity", { seed: this.spec.seed, fingerprint: this.result.fingerprint })
      : t("run.identity.pending", { seed: this.spec.seed });
  }
}
