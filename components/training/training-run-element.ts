/**
 * <kobai-training-run>: the live training widget of the MNIST chapters. It builds the
 * spec of a preset from its controls, trains it in a Web Worker (or a pool of workers for
 * a hyperparameter search), and shows progress, time left, the curves as they grow, a
 * status line, the key numbers and the seed · fingerprint. Pure logic lives in
 * view-model.ts, search-view.ts and config.ts; this file only wires the page.
 */
import { t } from "../../src/i18n";
import { PRESETS, presetSpec, type Scale } from "../../src/run/presets";
import { sampleTrials } from "../../src/run/search";
import { CONTROL_DEFS, formatScale, type ControlId, type PresetSettings } from "../../src/run/settings";
import { KobaiWidget, defineWidget } from "../../src/widgets/base-element";
import { numberInput, segmented, select, slider, type Control } from "../../src/widgets/controls";
import { JobController, jobActive, showSummary } from "../../src/widgets/job-controller";
import { paramName, type Schema, type StateValues, type UrlState } from "../../src/widgets/url-state";
import { parseTrainingRunConfig, settingsFor, urlSchema, type TrainingRunConfig } from "./config";
import { SearchView } from "./search-view";
import { TrainingView, duration } from "./view-model";
import { mainChart, smallCharts } from "./run-charts";

class TrainingRunElement extends KobaiWidget<TrainingRunConfig> {
  private state!: UrlState<Schema>;
  private scale: Scale = "lesson";
  private settings!: PresetSettings;
  private controls = new Map<ControlId, Control<number> | Control<string>>();
  private scalePicker!: Control<Scale>;
  private view: TrainingView | SearchView | null = null;
  private job!: JobController;

  protected parseConfig(raw: unknown): TrainingRunConfig {
    return parseTrainingRunConfig(raw);
  }

  protected setup(): void {
    const config = this.config;
    const preset = PRESETS[config.preset];
    const schema = urlSchema(config);
    this.state = this.bindState(schema);
    this.scale = this.state.values.scale as Scale;
    // A link that selects the other scale gets that scale's defaults for the settings it does not name.
    const named = new URLSearchParams(location.search);
    const fromUrl = Object.fromEntries(
      config.controls.filter((id) => named.has(paramName(this.widgetId, id))).map((id) => [id, this.state.values[id]]),
    );
    this.settings = settingsFor(config, this.scale, this.scale === config.scale ? this.state.values : fromUrl);

    const box = this.querySelector<HTMLElement>("[data-controls]")!;
    const id = (name: string) => `${this.widgetId}-${name}`;
    const about = (scale: Scale) => (config.seconds ? `~${duration(config.seconds[scale])}` : "?");
    this.scalePicker = segmented<Scale>({
      id: id("scale"),
      label: t("run.scale.label"),
      value: this.scale,
      options: [
        { value: "lesson", label: t("run.scale.lesson", { time: about("lesson") }) },
        { value: "book", label: t("run.scale.book", { figure: preset.figure, time: about("book") }) },
      ],
      onChange: (scale) => this.changeScale(scale),
    });
    box.append(this.scalePicker.root);
    for (const control of config.controls) box.append(this.buildControl(control, id(control)).root);

    this.querySelector("[data-status]")!.replaceWith(this.status.element);
    this.job = new JobController(JobController.buttonsIn(this), () => [
      ...[...this.controls.values()].map((c) => c.input),
      this.scalePicker.input,
    ]);
    for (const action of ["start", "pause", "resume", "stop"] as const) {
      this.button(action).addEventListener("click", () => this[action]());
    }
    this.job.showControls("idle");
    this.updateIdentity();
    this.onCleanup(() => this.job.dispose());
  }

  private buildControl(control: ControlId, elementId: string): Control<number> | Control<string> {
    const def = CONTROL_DEFS[control];
    const label = t(`run.control.${control}`);
    let built: Control<number> | Control<string>;
    if (control === "weightScale") {
      built = select({
        id: elementId,
        label,
        value: formatScale(this.settings.weightScale),
        options: (def as { options: readonly string[] }).options.map((v) => ({ value: v, label: v })),
        onChange: (v) => this.change(control, v),
      });
    } else if (control === "seed") {
      built = numberInput({
        id: elementId,
        label,
        value: this.settings.seed,
        min: def.kind === "slider" ? def.min : 0,
        max: def.kind === "slider" ? def.max : undefined,
        step: 1,
        integer: true,
        onChange: (v) => this.change(control, v),
      });
    } else if (def.kind === "select") {
      built = select({
        id: elementId,
        label,
        value: String(this.settings[control]),
        options: def.options.map((v) => ({ value: v, label: v })),
        onChange: (v) => this.change(control, v),
      });
    } else {
      built = slider({
        id: elementId,
        label,
        min: def.min,
        max: def.max,
        step: def.step,
        log: def.log,
        value: this.settings[control] as number,
        onInput: (v) => this.change(control, v),
      });
    }
    this.controls.set(control, built);
    return built;
  }

  private change(control: ControlId, value: number | string): void {
    this.state.update({ [control]: value } as Partial<StateValues<Schema>>);
    this.settings = settingsFor(this.config, this.scale, { ...this.currentValues(), [control]: value });
    this.updateIdentity();
  }

  private currentValues(): Record<string, number | string> {
    return Object.fromEntries([...this.controls].map(([k, c]) => [k, c.value]));
  }

  private changeScale(scale: Scale): void {
    this.scale = scale;
    // A preset loads its exact settings; the seed is the reader's.
    const seed = this.settings.seed;
    this.settings = { ...PRESETS[this.config.preset].defaults[scale], ...this.config.settings, seed };
    for (const [control, c] of this.controls) {
      const value = control === "weightScale" ? formatScale(this.settings.weightScale) : this.settings[control];
      (c as Control<number | string>).set(value);
    }
    this.state.update({ scale, ...this.currentValues() } as Partial<StateValues<Schema>>);
    this.updateIdentity();
  }

  private start(): void {
    if (jobActive(this.view) || this.job.active) return;
    this.state.flush();
    const preset = PRESETS[this.config.preset];
    const spec = presetSpec(this.config.preset, this.scale, this.settings);
    const started = performance.now();
    if (preset.search) {
      const trials = sampleTrials(spec, preset.search[this.scale], this.settings.trials, this.settings.seed);
      const view = new SearchView(
        this.settings.seed,
        trials.map((x) => x.spec.label ?? ""),
      );
      view.phase = "loading";
      this.view = view;
      this.job.run(
        trials.map((x) => x.spec),
        view.callbacks(started, (urgent) => this.refresh(urgent)),
      );
    } else {
      const data = spec.data;
      const view = new TrainingView(
        spec,
        this.settings,
        "validation" in data && data.validation ? "validation" : "test",
      );
      this.view = view;
      this.job.run(spec, {
        event: (_i, e) => {
          view.apply(e);
          this.refresh(e.type !== "progress");
        },
        end: () => this.refresh(true),
      });
    }
    this.setAttribute("data-state", "loading");
    this.refresh(true);
  }

  private pause(): void {
    if (!jobActive(this.view) || this.view!.phase === "paused") return;
    this.job.pause();
    // A single run reports "paused" itself; a search is paused once every trial is told.
    if (this.view instanceof SearchView) this.view.phase = "paused";
    this.refresh(true);
  }

  private resume(): void {
    if (this.view?.phase !== "paused") return;
    this.job.resume();
    if (this.view instanceof SearchView) this.view.phase = "running";
    this.refresh(true);
  }

  private stop(): void {
    if (!jobActive(this.view)) return;
    if (this.view instanceof SearchView) this.view.stopped = true;
    this.job.stop();
  }

  /** Updates the text at once and the chart at most every REDRAW_MS. */
  private refresh(now = false): void {
    this.updateText();
    this.job.redraw(() => this.requestRender(), now);
  }

  private updateText(): void {
    this.job.showProgress(this, this.view, this.status);
    if (!this.view) return;
    showSummary(this.querySelector<HTMLElement>("[data-summary]")!, this.view.summary());
    this.updateIdentity();
  }

  private updateIdentity(): void {
    const text = this.view ? this.view.identity() : t("run.identity.pending", { seed: this.settings.seed });
    const el = this.querySelector<HTMLElement>("[data-identity]")!;
    el.textContent = text;
    const done = this.view?.phase === "done";
    el.toggleAttribute("data-final", done);
  }

  protected render(): void {
    const view = this.view;
    if (!view) return;
    const main = mainChart(view, PRESETS[this.config.preset], this.chartWidth);
    this.showChart(main.chart);
    if (!(view instanceof SearchView))
      for (const { slot, chart } of smallCharts(view, PRESETS[this.config.preset], this.chartWidth))
        this.showSecondChart(slot, chart);
    this.countPoints(main.series);
  }

  private showSecondChart(selector: string, chart: Element): void {
    const slot = this.querySelector<HTMLElement>(selector);
    if (!slot) return;
    slot.hidden = false;
    slot.replaceChildren(chart);
  }

  private countPoints(series: { y: ArrayLike<number> }[]): void {
    // How many points are drawn (the end-to-end test watches the curve grow by this).
    this.chartSlot.setAttribute("data-points", String(series.reduce((n, s) => n + s.y.length, 0)));
  }
}

defineWidget("kobai-training-run", TrainingRunElement);
