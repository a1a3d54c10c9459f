/**
 * <kobai-bn-sweep>: the 図6-18/図6-19 experiment live. For each initial weight scale W a
 * job trains a network with and one without batch norm on the same batches, in Web
 * Workers (src/run: client, pool), one scale after another on a two-core laptop. Start,
 * Pause/Resume, Stop; progress with time left; the small multiples grow as epochs finish.
 */
import { t } from "../../../src/i18n";
import { startTraining, createTrainingWorker } from "../../../src/run/client";
import type { TrainingHandle } from "../../../src/run/handle";
import { runPool, defaultPoolSize, type PoolHandle } from "../../../src/run/pool";
import { PRESET_SECONDS } from "../../../src/run/durations";
import type { Scale } from "../../../src/run/presets";
import { KobaiWidget, createStatus, numberInput, segmented, type Control, type StatusLine, type UrlState } from "../../../src/widgets";
import { duration } from "../../training/view-model";
import { SWEEP_EPOCHS, SWEEP_INDICES, SweepView, sweepJobs } from "./sweep-model";
import { sweepChart } from "./sweep-chart";

export const sweepSchema = {
  scale: { type: "enum", default: "lesson", options: ["lesson", "book"] },
  seed: { type: "number", default: 0, min: 0, max: 9999, integer: true },
} as const;

const REDRAW_MS = 300;

export class BnSweepElement extends KobaiWidget {
  private url!: UrlState<typeof sweepSchema>;
  private scale!: Control<Scale>;
  private seed!: Control<number>;
  private status!: StatusLine;
  private view: SweepView | null = null;
  private pool: PoolHandle | null = null;
  private handles = new Set<TrainingHandle>();
  private workers: Worker[] = [];
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private lastDraw = 0;

  protected setup(): void {
    this.url = this.bindState(sweepSchema);
    const id = (name: string) => `${this.widgetId}-${name}`;
    const about = (s: Scale) => `~${duration(PRESET_SECONDS["batch-norm"][s] * SWEEP_INDICES[s].length)}`;
    this.scale = segmented<Scale>({
      id: id("scale"), label: t("bn.sweep.scale.label"), value: this.url.values.scale as Scale,
      options: [
        { value: "lesson", label: t("bn.sweep.scale.lesson", { scales: SWEEP_INDICES.lesson.length, epochs: SWEEP_EPOCHS.lesson, time: about("lesson") }) },
        { value: "book", label: t("bn.sweep.scale.book", { time: about("book") }) },
      ],
      onChange: (scale) => this.url.update({ scale }),
    });
    this.seed = numberInput({ id: id("seed"), label: t("run.control.seed"), value: this.url.values.seed, min: 0, max: 9999, step: 1, integer: true, onChange: (seed) => this.url.update({ seed }) });
    this.querySelector<HTMLElement>("[data-controls]")!.append(this.scale.root, this.seed.root);
    this.status = createStatus({ id: id("status") });
    this.querySelector("[data-status]")!.replaceWith(this.status.element);
    for (const action of ["start", "pause", "resume", "stop"] as const) this.button(action).addEventListener("click", () => this[action]());
    this.onCleanup(() => this.stop());
    this.updateButtons();
  }

  private button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  private get running(): boolean {
    return this.view !== null && (this.view.phase === "running" || this.view.phase === "paused");
  }

  private start(): void {
    if (this.running) return;
    this.url.flush();
    const scale = this.scale.value;
    const jobs = sweepJobs(scale, this.seed.value);
    // 1000 digits in batches of 100: 10 steps per epoch.
    const view = new SweepView(jobs, SWEEP_EPOCHS[scale] * 10);
    this.view = view;
    view.start(performance.now());
    this.workers = Array.from({ length: Math.min(defaultPoolSize(), jobs.length) }, () => createTrainingWorker());
    const pool = runPool(jobs.map((j) => j.spec), (spec, slot, index) => startTraining(spec, {
      worker: this.workers[slot],
      onEvent: (e) => { view.apply(index, e); this.refresh(e.type !== "progress"); },
    }), {
      size: this.workers.length,
      onTrialStart: (_i, _slot, handle) => {
        this.handles.add(handle);
        if (view.phase === "paused") handle.pause();
      },
      onTrialDone: (index, result) => { view.finished(index, result); this.refresh(true); },
      onTrialError: (_i, error) => { view.phase = "error"; view.errorMessage = error.message; this.refresh(true); },
    });
    this.pool = pool;
    void pool.done.then(() => {
      this.workers.forEach((w) => w.terminate());
      this.workers = [];
      this.handles.clear();
      if (view.phase === "running" || view.phase === "paused") view.phase = view.done === jobs.length ? "done" : "stopped";
      this.pool = null;
      this.refresh(true);
    });
    this.refresh(true);
  }

  private pause(): void {
    if (this.view?.phase !== "running") return;
    this.view.phase = "paused";
    this.handles.forEach((h) => h.pause());
    this.refresh(true);
  }

  private resume(): void {
    if (this.view?.phase !== "paused") return;
    this.view.phase = "running";
    this.handles.forEach((h) => h.resume());
    this.refresh(true);
  }

  private stop(): void {
    if (!this.pool || !this.running) return;
    this.view!.phase = "stopped";
    this.pool.stop();
    this.refresh(true);
  }

  private refresh(now = false): void {
    this.updateText();
    clearTimeout(this.drawTimer);
    const wait = now ? 0 : Math.max(0, REDRAW_MS - (performance.now() - this.lastDraw));
    this.drawTimer = setTimeout(() => this.requestRender(), wait);
  }

  private updateButtons(): void {
    const phase = this.view?.phase ?? "idle";
    const running = this.running;
    this.button("start").disabled = running;
    this.button("pause").hidden = phase === "paused";
    this.button("pause").disabled = phase !== "running";
    this.button("resume").hidden = phase !== "paused";
    this.button("stop").disabled = !running;
    for (const c of [this.scale, this.seed]) {
      for (const input of Array.from(c.root.querySelectorAll("input"))) input.disabled = running;
    }
  }

  private updateText(): void {
    this.updateButtons();
    const view = this.view;
    if (!view) return;
    this.setAttribute("data-state", view.phase);
    this.querySelector<HTMLProgressElement>("[data-progress]")!.value = view.fraction;
    this.querySelector("[data-progress-text]")!.textContent = view.progressText();
    const { message, tone } = view.status(performance.now());
    if (message !== this.status.message) this.status.set(message, tone);
  }

  protected render(): void {
    this.lastDraw = performance.now();
    const view = this.view;
    if (!view) return;
    const summary = view.summary();
    this.showChart(sweepChart({ panels: view.panels, epochs: SWEEP_EPOCHS[this.scale.value], summary, width: this.chartWidth }));
    const points = view.panels.reduce((n, p) => n + p.bn.length + p.plain.length, 0);
    this.chartSlot.setAttribute("data-points", String(points));
  }
}
