/**
 * The rules of a long job (a training run, a sweep of runs, a search over trials), without
 * a DOM: which phase it is in, what each button may do then, when the chart may redraw and
 * how the time left reads. The three long-job widgets (TrainingRun, the batch-norm sweep,
 * the hyperparameter search) all follow them through one JobController (job-controller.ts).
 *
 *   idle → loading → running ⇄ paused → done | stopped | error
 *
 * While a job is active (loading, running or paused) Start is off and the settings are
 * locked (a run's numbers must match the settings on show); Pause works only while running.
 */
import { t } from "../i18n";
import { formatDuration } from "../site/duration";
import type { StatusTone } from "./status";

export type JobPhase = "idle" | "loading" | "running" | "paused" | "done" | "stopped" | "error";

/** Redraw a growing chart at most this often while a job runs (text updates at once). */
export const REDRAW_MS = 300;

/** True while the job holds its workers: loading, running or paused. */
export function isActive(phase: JobPhase): boolean {
  return phase === "loading" || phase === "running" || phase === "paused";
}

/** What the buttons and settings of a job widget show in a phase. */
export interface JobControls {
  startDisabled: boolean;
  pauseDisabled: boolean;
  /** Widgets with separate Pause and Resume buttons show one of them. */
  pauseHidden: boolean;
  resumeHidden: boolean;
  /** Widgets with one Pause/Resume button label it so. */
  pauseLabel: "pause" | "resume";
  stopDisabled: boolean;
  /** The settings are locked while the job is active. */
  locked: boolean;
}

/**
 * @example
 * jobControls("running"); // { startDisabled: true, pauseDisabled: false, …, locked: true }
 */
export function jobControls(phase: JobPhase): JobControls {
  const active = isActive(phase);
  return {
    startDisabled: active,
    pauseDisabled: phase !== "running" && phase !== "paused",
    pauseHidden: phase === "paused",
    resumeHidden: phase !== "paused",
    pauseLabel: phase === "paused" ? "resume" : "pause",
    stopDisabled: !active,
    locked: active,
  };
}

/**
 * How long to wait before the next redraw: at once when `urgent` (a phase change, a job
 * done) or when the last one is REDRAW_MS old, else the rest of that interval.
 *
 * @example
 * redrawDelay(1100, 1000, false); // 200
 */
export function redrawDelay(now: number, lastDraw: number, urgent: boolean, interval = REDRAW_MS): number {
  return urgent ? 0 : Math.max(0, interval - (now - lastDraw));
}

/**
 * A progress sentence with the time left while the job runs or is paused (that much
 * training is still to come): "…" · "about 12 s left", or "estimating time left…" before
 * the rate is known; the sentence alone in other phases.
 *
 * @example
 * withTimeLeft("Step 120 of 300 (40 %)", "running", 12); // "Step 120 of 300 (40 %) · about 12 s left"
 */
export function withTimeLeft(text: string, phase: JobPhase, secondsLeft: number | null): string {
  if (phase !== "running" && phase !== "paused") return text;
  return `${text} · ${secondsLeft === null ? t("run.progress.estimating") : t("run.progress.left", { time: formatDuration(secondsLeft) })}`;
}

/** A job widget's status line and its tone. */
export interface JobStatus {
  message: string;
  tone: StatusTone;
}

/**
 * The status line of a run or a search that is not running and not finished: empty while
 * idle, "loading…", the error, or paused at `step`; undefined in the phases each widget words
 * itself (running, done).
 *
 * @example
 * quietJobStatus("paused", 120, ""); // { message: "Paused at step 120.", tone: "info" }
 */
export function quietJobStatus(phase: JobPhase, step: number, errorMessage: string): JobStatus | undefined {
  switch (phase) {
    case "idle":
      return { message: "", tone: "info" };
    case "loading":
      return { message: t("run.status.loading"), tone: "info" };
    case "error":
      return { message: t("run.status.error", { message: errorMessage }), tone: "error" };
    case "paused":
      return { message: t("run.status.paused", { step }), tone: "info" };
    default:
      return undefined;
  }
}
