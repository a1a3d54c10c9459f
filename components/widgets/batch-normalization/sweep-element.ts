/**
 * <kobai-bn-sweep>: the 図6-18/図6-19 experiment live. For each initial weight scale W a
 * job trains a network with and one without batch norm on the same batches, in Web
 * Workers (src/run: client, pool), one scale after another on a two-core laptop. Start,
 * Pause/Resume, Stop; progress with time left; the small multiples grow as epochs finish.
 */
import { t } from "../../../src/i18n";
import { PRESET_SECONDS } from "../../../src/run/durations";
import type { Scale } from "../../../src/run/presets";
import { KobaiWidget } from "../../../src/widgets";
import { seedField } from "../../../src/widgets/seed";
import { JobController, jobActive } from "../../../src/widgets/job-controller";
import { isActive } from "../../../src/widgets/job-model";
import { duration } from "../../training/view-model";
import { SWEEP_EPOCHS, SWEEP_INDICES, SweepView, sweepJobs } from "./sweep-model";
import { sweepChart } from "./sweep-chart";

export const sweepSchema = {
  scale: { type: "enum", default: "lesson", options: ["lesson", "book"] },
  seed: seedField,
} as const;

export class BnSweepElement extends KobaiWidget<Record<string, unknown>, typeof sweepSchema> {
  private view: SweepView | null = null;
  private job!: JobController;

  protected setup(): void {
    const c = this.bindControls(sweepSchema, () => {});
    const about = (s: Scale) => `~${duration(PRESET_SECONDS["batch-norm"][s] * SWEEP_INDICES[s].length)}`;
    const scale = c.segmented("scale", {
      label: t("bn.sweep.scale.label"),
      optionLabel: (s) =>
        s === "lesson"
          ? t("bn.sweep.scale.lesson", {
              scales: SWEEP_INDICES.lesson.length,
              epochs: SWEEP_EPOCHS.lesson,
              time: about("lesson"),
            })
          : t("bn.sweep.scale.book", { time: about("book") }),
    });
    const seed = c.numberInput("seed", { label: t("run.control.seed") });
    this.controlsSlot.append(scale.root, seed.root);
    this.querySelector("[data-status]")!.replaceWith(this.status.element);
    this.job = new JobController(JobController.buttonsIn(this), () => [this.controlsSlot]);
    for (const action of ["start", "pause", "resume", "stop"] as const)
      this.button(action).addEventListener("click", () => this[action]());
    this.onCleanup(() => this.job.dispose());
    this.job.showControls("idle");
  }

  private start(): void {
    if (jobActive(this.view) || this.job.active) return;
    this.url.flush();
    const scale = this.url.values.scale as Scale;
    const jobs = sweepJobs(scale, this.url.values.seed);
    // 1000 digits in batches of 100: 10 steps per epoch.
    const view = new SweepView(jobs, SWEEP_EPOCHS[scale] * 10);
    this.view = view;
    view.start(performance.now());
    this.job.run(
      jobs.map((j) => j.spec),
      {
        event: (index, e) => {
          view.apply(index, e);
          this.refresh(e.type !== "progress");
        },
        jobDone: (index, result) => {
          view.finished(index, result);
          this.refresh(true);
        },
        jobError: (_i, error) => {
          view.phase = "error";
          view.errorMessage = error.message;
          this.refresh(true);
        },
        end: () => {
          if (isActive(view.phase)) view.phase = view.done === jobs.length ? "done" : "stopped";
          this.refresh(true);
        },
      },
    );
    this.refresh(true);
  }

  private pause(): void {
    if (this.view?.phase !== "running") return;
    this.view.phase = "paused";
    this.job.pause();
    this.refresh(true);
  }

  private resume(): void {
    if (this.view?.phase !== "paused") return;
    this.view.phase = "running";
    this.job.resume();
    this.refresh(true);
  }

  private stop(): void {
    if (!jobActive(this.view)) return;
    this.view!.phase = "stopped";
    this.job.stop();
    this.refresh(true);
  }

  private refresh(now = false): void {
    this.updateText();
    this.job.redraw(() => this.requestRender(), now);
  }

  private updateText(): void {
    this.job.showProgress(this, this.view, this.status);
  }

  protected render(): void {
    const view = this.view;
    if (!view) return;
    const summary = view.summary();
    this.showChart(
      sweepChart({
        panels: view.panels,
        epochs: SWEEP_EPOCHS[this.url.values.scale as Scale],
        summary,
        width: this.chartWidth,
      }),
    );
    const points = view.panels.reduce((n, p) => n + p.bn.length + p.plain.length, 0);
    this.chartSlot.setAttribute("data-points", String(points));
  }
}
