/**
 * <kobai-descent-landscape>: the element behind DescentLandscape.astro. The controls come
 * from the widget kit, the settings live in the URL, every input recomputes the run with
 * the core (descent-model.ts), and the drawing is descent-view.ts, the same code the
 * build-time picture uses.
 */
import { t } from "../../../src/i18n";
import { pointerToData } from "../../../src/plot";
import {
  KobaiWidget,
  button,
  createPlayer,
  numberInput,
  playerControls,
  scrubber,
  select,
  slider,
  type Player,
} from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import {
  computeDescent,
  curvatureText,
  descentSchema,
  DEFAULT_SETTINGS,
  PRESETS,
  statusText,
  type DatasetName,
  type DescentResult,
  type DescentSettings,
} from "./descent-model";
import { drawFit, drawLandscape, gradientTableHtml } from "./descent-view";
import { runControls } from "./run-controls";
import type { Activation } from "./fit-model";

export class DescentLandscapeElement extends KobaiWidget<Partial<DescentSettings>, typeof descentSchema> {
  private settings!: DescentSettings;
  private result!: DescentResult;
  private k = 0;
  private player!: Player;
  private timeline!: ReturnType<typeof scrubber>;
  private curvature!: HTMLElement;
  private gradBox!: HTMLElement;
  private fitSlot!: HTMLElement;
  private updateButtons = () => {};
  private controls: {
    lr?: ReturnType<typeof slider>;
    steps?: ReturnType<typeof slider>;
    w0?: ReturnType<typeof numberInput>;
    b0?: ReturnType<typeof numberInput>;
    activation?: ReturnType<typeof select>;
    dataset?: ReturnType<typeof select>;
  } = {};

  protected setup(): void {
    this.url = this.bindState(descentSchema);
    const v = this.url.values;
    this.settings = {
      activation: v.activation as Activation,
      dataset: v.dataset as DatasetName,
      lr: v.lr,
      steps: v.steps,
      w0: v.w0,
      b0: v.b0,
    };
    const id = (s: string) => `${this.widgetId}-${s}`;
    const panel = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    this.curvature = h(document, "p", { class: "gd-note" });
    this.gradBox = this.querySelector<HTMLElement>("[data-gradients]") ?? h(document, "div");
    this.fitSlot = this.querySelector<HTMLElement>("[data-fit-slot]") ?? h(document, "div");

    const presets = h(document, "div", { class: "gd-presets", role: "group", "aria-label": t("gd.presets") });
    for (const preset of PRESETS) {
      presets.append(
        button({
          label: t(`gd.preset.${preset.id}`),
          id: id(`preset-${preset.id}`),
          onClick: () => this.apply({ ...preset.settings }, true),
        }),
      );
    }
    this.controls.dataset = select({
      id: id("dataset"),
      label: t("gd.dataset"),
      value: this.settings.dataset,
      options: [
        { value: "chapter", label: t("gd.dataset.chapter", { n: 40, seed: 1 }) },
        { value: "book", label: t("gd.dataset.book") },
      ],
      onChange: (dataset) =>
        this.apply(
          {
            dataset: dataset as DatasetName,
            activation: dataset === "book" ? "identity" : this.settings.activation,
            ...(dataset === "book" ? { w0: -3, b0: 4 } : { w0: DEFAULT_SETTINGS.w0, b0: DEFAULT_SETTINGS.b0 }),
          },
          true,
        ),
    });
    const run = runControls(this.widgetId, this.settings, {
      activation: (activation) =>
        this.apply(
          {
            activation,
            ...(this.settings.dataset === "chapter"
              ? activation === "sigmoid"
                ? { w0: -1.5, b0: 2 }
                : { w0: DEFAULT_SETTINGS.w0, b0: DEFAULT_SETTINGS.b0 }
              : {}),
          },
          true,
        ),
      lr: (lr) => this.apply({ lr }, true),
      steps: (steps) => this.apply({ steps }, true),
    });
    this.controls.activation = run.activation;
    this.controls.lr = run.lr;
    this.controls.steps = run.steps;
    this.controls.w0 = numberInput({
      id: id("w0"),
      label: t("gd.start.w"),
      value: this.settings.w0,
      min: -100,
      max: 100,
      onChange: (w0) => this.apply({ w0 }, true),
    });
    this.controls.b0 = numberInput({
      id: id("b0"),
      label: t("gd.start.b"),
      value: this.settings.b0,
      min: -100,
      max: 100,
      onChange: (b0) => this.apply({ b0 }, true),
    });
    const start = h(
      document,
      "div",
      { class: "gd-start" },
      this.controls.w0.root,
      this.controls.b0.root,
      h(document, "p", { class: "gd-note" }, t("gd.start.hint")),
    );

    this.player = createPlayer({
      stepsPerSecond: 6,
      step: () => {
        const last = this.result.run.points.length - 1;
        if (this.k >= last) return false;
        this.k += 1;
        return this.k < last;
      },
      onReset: () => {
        this.k = 0;
      },
      onChange: () => {
        this.timeline.set(this.k);
        this.updateButtons();
        this.requestRender();
      },
    });
    this.onCleanup(() => this.player.dispose());
    const buttons = playerControls(this.player, { idPrefix: id("player"), speed: { min: 1, max: 30 } });
    this.updateButtons = buttons.update;
    this.timeline = scrubber({
      id: id("timeline"),
      max: this.settings.steps,
      value: 0,
      onInput: (k) => {
        this.player.pause();
        this.k = Math.round(k);
        this.requestRender();
      },
    });

    panel.append(
      presets,
      this.controls.dataset.root,
      this.controls.activation.root,
      this.controls.lr.root,
      this.controls.steps.root,
      start,
      buttons.root,
      this.timeline.root,
      this.status.element,
      this.curvature,
    );

    // A click on the contour sets the start.
    const onClick = (event: MouseEvent) => {
      const svg = (event.target as Element).closest?.("svg") as SVGSVGElement | null;
      const p = svg && pointerToData(svg, event);
      if (!p) return;
      const [w0, b0] = p.map((x) => Number(x.toFixed(2)));
      this.apply({ w0, b0 }, true);
    };
    this.chartSlot.addEventListener("click", onClick);
    this.onCleanup(() => this.chartSlot.removeEventListener("click", onClick));

    this.recompute();
    this.k = this.result.run.points.length - 1;
    this.timeline.set(this.k);
    this.showStatus();
  }

  /** Changes settings, recomputes and shows the whole new path. */
  private apply(partial: Partial<DescentSettings>, toEnd: boolean): void {
    this.player.pause();
    this.settings = { ...this.settings, ...partial };
    this.url.update(this.settings);
    const c = this.controls;
    c.dataset?.set(this.settings.dataset);
    c.activation?.set(this.settings.activation);
    c.lr?.set(this.settings.lr);
    c.steps?.set(this.settings.steps);
    c.w0?.set(this.settings.w0);
    c.b0?.set(this.settings.b0);
    this.recompute();
    if (toEnd) this.k = this.result.run.points.length - 1;
    this.timeline.set(this.k);
    this.showStatus();
  }

  private recompute(): void {
    try {
      this.result = computeDescent(this.settings);
    } catch (e) {
      this.status.set((e as Error).message, "error");
      return;
    }
    this.timeline.setMax(this.result.run.points.length - 1);
    this.k = Math.min(this.k, this.result.run.points.length - 1);
    this.curvature.textContent = curvatureText(this.settings);
    this.requestRender();
  }

  private showStatus(): void {
    const s = statusText(this.result, this.k);
    this.status.set(s.text, s.tone);
  }

  protected render(): void {
    if (!this.result) return;
    this.showChart(drawLandscape(this.result, this.k, { width: this.chartWidth }));
    const fit = drawFit(this.result, this.k, { width: this.fitSlot.clientWidth || 320 });
    this.fitSlot.replaceChildren(fit.element);
    this.gradBox.innerHTML = gradientTableHtml(this.result, this.k);
    this.showStatus();
  }
}
