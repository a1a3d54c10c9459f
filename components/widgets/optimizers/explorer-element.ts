/**
 * <kobai-optimizer-explorer>: the element behind OptimizerExplorer.astro. It builds the
 * controls from the widget kit, keeps the settings in the URL, recomputes the whole
 * trajectory with the core on every input (explorer-model.ts), and draws the contour, the
 * paths up to the current step (controls: explorer-controls.ts), the optimizer's state there (overlay.ts) and the step's
 * formula with its numbers (formula.ts, typeset by KaTeX, loaded only by this widget).
 */
import { t } from "../../../src/i18n";
import { joinSentences } from "../../../src/i18n/sentences";
import { contourWithPath, pointerToData, type Trajectory as PlotPath } from "../../../src/plot";
import { formatNumber } from "../../../src/plot/text";
import { KobaiWidget, createPlayer, numberInput, playerControls, scrubber, type Player } from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import {
  applyPreset,
  computeExplorer,
  initialSettings,
  landscapeById,
  parseExplorerConfig,
  type ExplorerConfig,
  type ExplorerResult,
  type ExplorerSettings,
} from "../shared/optimizers/explorer-model";
import { captionText, drawablePoints, landscapeContour, runName, statusText } from "../shared/optimizers/explorer-view";
import { explorerSchema, settingsFromUrl, settingsToUrl } from "../shared/optimizers/explorer-url";
import { overlayAt, overlayMarks } from "../shared/optimizers/overlay";
import { lookAheadAt, lookAheadCaption, lookAheadMarks } from "../shared/optimizers/look-ahead";
import { ruleTex, stepFormula } from "../shared/optimizers/formula";
import { explorerControls } from "./explorer-controls";

type KatexModule = typeof import("katex");

export class OptimizerExplorerElement extends KobaiWidget<ExplorerConfig, ReturnType<typeof explorerSchema>> {
  private settings!: ExplorerSettings;
  private result: ExplorerResult | undefined;
  private error: string | undefined;
  /** The step on show; `atEnd` keeps it on the last step while the settings change. */
  private k = 0;
  private atEnd = true;
  private player!: Player;
  private timeline!: ReturnType<typeof scrubber>;
  private controlsBox!: HTMLElement;
  private startX!: ReturnType<typeof numberInput>;
  private startY!: ReturnType<typeof numberInput>;
  private formulaBox!: HTMLElement;
  private formulaLead!: HTMLElement;
  private legend!: HTMLElement;
  private katex: KatexModule | undefined;
  private updatePlayerButtons = () => {};

  protected parseConfig(raw: unknown): ExplorerConfig {
    return parseExplorerConfig(raw);
  }

  protected setup(): void {
    const start = initialSettings(this.config);
    this.url = this.bindState(explorerSchema(this.config, start));
    this.settings = settingsFromUrl(this.url.values);

    const id = (s: string) => `${this.widgetId}-${s}`;
    const panel = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    this.controlsBox = h(document, "div", { class: "ox-controls" });

    // Start point: typed (keyboard) or clicked on the chart.
    this.startX = numberInput({
      id: id("x0"),
      label: t("opt.start.x"),
      value: this.settings.x0,
      step: "any",
      min: -1e4,
      max: 1e4,
      onChange: (x0) => this.change({ x0 }),
    });
    this.startY = numberInput({
      id: id("y0"),
      label: t("opt.start.y"),
      value: this.settings.y0,
      step: "any",
      min: -1e4,
      max: 1e4,
      onChange: (y0) => this.change({ y0 }),
    });
    const startBox = h(
      document,
      "div",
      { class: "ox-start" },
      this.startX.root,
      this.startY.root,
      h(document, "p", { class: "ox-hint" }, t("opt.start.hint")),
    );

    // Player and timeline over the computed steps.
    let wasPlaying = false;
    this.player = createPlayer({
      stepsPerSecond: 8,
      step: () => {
        const n = this.stepCount();
        if (this.k >= n) return false;
        this.k += 1;
        this.atEnd = this.k >= n;
        return this.k < n;
      },
      onChange: (state) => {
        // Play from the start when the path is already drawn to its end.
        if (state.playing && !wasPlaying && this.k >= this.stepCount()) {
          this.k = 0;
          this.atEnd = false;
        }
        wasPlaying = state.playing;
        this.updatePlayerButtons();
        this.requestRender();
      },
      onReset: () => {
        this.k = 0;
        this.atEnd = false;
      },
    });
    this.onCleanup(() => this.player.dispose());
    const buttons = playerControls(this.player, { idPrefix: id("player") });
    this.updatePlayerButtons = buttons.update;
    this.timeline = scrubber({
      id: id("timeline"),
      max: this.settings.steps,
      value: this.settings.steps,
      onInput: (k) => {
        this.player.pause();
        this.k = k;
        this.atEnd = k >= this.stepCount();
        this.requestRender();
      },
    });

    panel.append(this.status.element, this.controlsBox, startBox, buttons.root, this.timeline.root);

    // The formula under the chart.
    this.formulaLead = h(document, "p", { class: "ox-formula__lead" });
    this.formulaBox = h(document, "div", { class: "ox-formula__tex" });
    this.legend = h(document, "p", { class: "ox-legend" });
    const formula = this.querySelector<HTMLElement>("[data-formula]") ?? this;
    formula.replaceChildren(this.legend, this.formulaLead, this.formulaBox);
    import("katex").then((m) => {
      this.katex = (m as unknown as { default?: KatexModule }).default ?? m;
      this.requestRender();
    });

    // A click on the chart sets the start point there.
    const slot = this.chartSlot;
    const onClick = (e: MouseEvent) => {
      const svg = (e.target as Element | null)?.closest?.("svg");
      if (!svg || !slot.contains(svg)) return;
      const p = pointerToData(svg as SVGSVGElement, e);
      if (!p || !p.every(Number.isFinite)) return;
      const view = landscapeById(this.settings.landscape).view;
      if (p[0] < view.x[0] || p[0] > view.x[1] || p[1] < view.y[0] || p[1] > view.y[1]) return;
      this.change({ x0: Number(p[0].toPrecision(3)), y0: Number(p[1].toPrecision(3)) });
    };
    slot.addEventListener("click", onClick);
    this.onCleanup(() => slot.removeEventListener("click", onClick));

    this.buildControls();
    this.recompute();
    this.k = this.stepCount();
  }

  /** The steps the current run actually has (fewer than asked when it diverged). */
  private stepCount(): number {
    return this.result ? this.result.run.points.length - 1 : 0;
  }

  /** Applies a change from a control: new settings, URL, recompute, redraw. */
  private change(partial: Partial<ExplorerSettings>, rebuild = false): void {
    this.settings = { ...this.settings, ...partial };
    this.url.update(settingsToUrl(this.settings));
    if (rebuild) this.buildControls();
    this.startX.set(this.settings.x0);
    this.startY.set(this.settings.y0);
    this.recompute();
    this.requestRender();
  }

  private recompute(): void {
    try {
      this.result = computeExplorer(this.settings);
      this.error = undefined;
    } catch (e) {
      this.result = undefined;
      this.error = (e as Error).message;
    }
    const n = this.stepCount();
    if (this.atEnd || this.k > n) this.k = n;
    this.timeline.setMax(n);
  }

  /** The optimizer/landscape/form choices, the hyperparameter sliders, steps, comparisons, presets. */
  private buildControls(): void {
    this.controlsBox.replaceChildren(
      ...explorerControls(this.settings, this.config, (x) => `${this.widgetId}-${x}`, {
        change: (partial, rebuild) => this.change(partial, rebuild),
        loadPreset: (preset) => this.loadPreset(preset),
      }),
    );
  }

  private loadPreset(preset: Parameters<typeof applyPreset>[1]): void {
    this.player.pause();
    this.atEnd = true;
    this.settings = applyPreset(this.settings, preset);
    this.change({}, true);
  }

  protected render(): void {
    const result = this.result;
    if (!result) {
      this.status.set(t("opt.status.error", { message: this.error ?? "?" }), "error");
      return;
    }
    const { run, settings: s, landscape } = result;
    const n = run.points.length - 1;
    const k = Math.min(this.k, n);
    this.timeline.set(k);
    const st = statusText(result);
    this.status.set(st.message, st.tone);

    const cut = (points: readonly [number, number][]) => drawablePoints(points.slice(0, k + 1), landscape);
    const paths: PlotPath[] = [{ name: runName(s.optimizer, s.form), points: cut(run.points) }];
    for (const g of result.ghosts) {
      paths.push({
        name: g.kind === "sgd" ? t("opt.ghost.sgd") : runName(s.optimizer, s.form === "book" ? "pytorch" : "book"),
        points: cut(g.run.points),
      });
    }
    const overlay = overlayAt(s.optimizer, s.form, s, landscape, run.states, k);
    const lookAhead = this.config.lookAhead
      ? lookAheadAt(s.optimizer, s.form, s, run.states, run.points, k)
      : undefined;
    const chart = contourWithPath({
      width: this.chartWidth,
      ...landscapeContour(landscape),
      paths,
      marks: [...overlayMarks(overlay, run.points[k]), ...lookAheadMarks(lookAhead)],
      title: t("opt.region", { name: runName(s.optimizer, s.form) }),
      caption: joinSentences([captionText(result, k), lookAheadCaption(lookAhead, k)]),
    });
    this.showChart(chart);

    // What the overlay means, with its drawing scale.
    const scale = overlay.ellipseScale !== undefined ? formatNumber(overlay.ellipseScale) : "";
    this.legend.textContent = overlay.arrows.some((a) => a.kind === "velocity")
      ? joinSentences([t("opt.legend.velocity"), lookAhead && t("opt.legend.lookAhead")])
      : overlay.ellipse
        ? t(s.optimizer.startsWith("Adam") ? "opt.legend.adam" : "opt.legend.ellipse", { scale })
        : "";
    this.legend.hidden = this.legend.textContent === "";

    // The step's formula with its numbers (the symbolic rule at step 0).
    this.formulaLead.textContent = k === 0 ? t("opt.formula.start") : t("opt.formula.step", { k, steps: n });
    const tex =
      k === 0
        ? ruleTex(s.optimizer, s.form)
        : stepFormula({
            name: s.optimizer,
            form: s.form,
            hypers: s,
            landscape,
            points: run.points,
            states: run.states,
            k,
          }).tex;
    if (this.katex) {
      this.katex.render(tex, this.formulaBox, { displayMode: true, throwOnError: false });
      // A wide formula scrolls inside its box on a phone: keyboard users must reach it (axe scrollable-region-focusable).
      this.formulaBox.querySelector(".katex-display")?.setAttribute("tabindex", "0");
    } else this.formulaBox.textContent = tex;
  }
}
