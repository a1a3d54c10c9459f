/**
 * <kobai-bn-sweep>: the 図6-18/図6-19 experiment live. For each initial weight scale W a
 * job trains a network with and one without batch norm on the same batches, in Web
 * Workers (src/run: client, pool), one scale after another on a two-core laptop. Start,
 * Pause/Resume, Stop; progress with time left; the small multiples grow as epochs finish.
 */
import { t } from "../../../src/i18n";
import { PRESET_SECONDS } from "../../../src/run/durations";
import type { Scale } from "../../../src/run/presets";
import { KobaiWidget, createStatus, type Control, type StatusLine } from "../../../src/widgets";
import { seedField } from "../../../src/widgets/seed";
import { JobController } from "../../../src/widgets/job-controller";
import { isActive } from "../../../src/widgets/job-model";
import { duration } from "../../training/view-model";
import { SWEEP_EPOCHS, SWEEP_INDICES, SweepView, sweepJobs } from "./sweep-model";
import { sweepChart } from "./sweep-chart";

export const sweepSchema = {
  scale: { type: "enum", default: "lesson", options: ["lesson", "book"] },
  seed: seedField,
} as const;

export class BnSweepElement extends KobaiWidget<Record<string, unknown>, typeof sweepSchema> {
  private scale!: Control<string>;
  private seed!: Control<number>;
  private status!: StatusLine;
  private view: SweepView | null = null;
  private job!: JobController;

  protected setup(): void {
    const c = this.bindControls(sweepSchema, () => {});
    const id = c.id;
    const about = (s: Scale) => `~${duration(PRESET_SECONDS["batch-norm"][s] * SWEEP_INDICES[s].length)}`;
    this.scale = c.segmented("scale", {
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
    this.seed = c.numberInput("seed", { label: t("run.control.seed") });
    this.querySelector<HTMLElement>("[data-controls]")!.append(this.scale.root, this.seed.root);
    this.status = createStatus({ id: id("status") });
    this.querySelector("[data-status]")!.replaceWith(this.status.element);
    this.job = new JobController(
      {
        start: this.button("start"),
        pause: this.button("pause"),
        resume: this.button("resume"),
        stop: this.button("stop"),
      },
      () => [this.scale.root, this.seed.root],
    );
    for (const action of ["start", "pause", "resume", "stop"] as const)
      this.button(action).addEventListener("click", () => this[action]());
    this.onCleanup(() => this.job.dispose());
    this.job.showControls("idle");
  }

  private get running(): boolean {
    return this.view !== null && isActive(this.view.phase);
  }

  private start(): void {
    if (this.running || this.job.active) return;
    this.url.flush();
    const scale = this.scale.value as Scale;
    const jobs = sweepJobs(scale, this.seed.value);
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
    if (!this.running) return;
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
        epochs: SWEEP_EPOCHS[this.scale.value as Scale],
        summary,
        width: this.chartWidth,
      }),
    );
    const points = view.panels.reduce((n, p) => n + p.bn.length + p.plain.length, 0);
    this.chartSlot.setAttribute("data-points", String(points));
  }
}
