/**
 * A worked example of the widget kit (used by /dev/charts/): a real core optimizer walks
 * a core landscape; the reader picks the optimizer and learning rate, plays the steps,
 * scrubs the timeline and clicks the chart to move the start. Every setting is in the
 * URL. Chapter widgets follow the same shape:
 *
 *   <kobai-bowl-demo id="demo"><script type="application/json" data-config>{…}</script>
 *     <div data-chart-slot><Chart kind="contour" … /></div></kobai-bowl-demo>
 */
import { bookBowl, runOptimizer, SGD, Momentum, AdaGrad, Adam, type Point, type Trajectory as Run } from "kobai";
import { contourWithPath, lossCurves, pointerToData, formatNumber } from "../../plot";
import { t } from "../../i18n";
import { KobaiWidget, defineWidget } from "../base-element";
import { segmented, slider } from "../controls";
import { createPlayer, playerControls, scrubber } from "../player";
import { createStatus } from "../status";
import { bindUrlState } from "../url-state";

const OPTIMIZERS = { SGD, Momentum, AdaGrad, Adam } as const;
type OptimizerName = keyof typeof OPTIMIZERS;

const schema = {
  optimizer: { type: "enum", default: "SGD", options: Object.keys(OPTIMIZERS) },
  lr: { type: "number", default: 0.95, min: 1e-3, max: 10 },
  x: { type: "number", default: bookBowl.start[0], min: -10, max: 10 },
  y: { type: "number", default: bookBowl.start[1], min: -5, max: 5 },
} as const;

/** Runs the optimizer for `steps` from the state's start (pure: no DOM). */
export function runDemo(optimizer: OptimizerName, lr: number, start: Point, steps = 30): Run {
  return runOptimizer(bookBowl, OPTIMIZERS[optimizer] as never, { lr } as never, { start, steps });
}

class BowlDemo extends KobaiWidget<{ steps?: number }> {
  private run!: Run;
  private shown = 0;

  protected setup(): void {
    const id = this.widgetId;
    const steps = this.config.steps ?? 30;
    const state = bindUrlState(id, schema);
    this.onCleanup(() => state.flush());
    const status = createStatus({ id: `${id}-status` });
    const recompute = (lead = "") => {
      const v = state.values;
      this.run = runDemo(v.optimizer as OptimizerName, v.lr, [v.x, v.y], steps);
      this.shown = Math.min(this.shown, this.run.points.length - 1);
      timeline.setMax(this.run.points.length - 1);
      const last = this.run.points.length - 1;
      const result = this.run.diverged
        ? t("dev.charts.diverged", { steps: last })
        : t("dev.charts.converged", { f: formatNumber(this.run.losses[last]), steps: last });
      status.set(lead ? `${lead} ${result}` : result, this.run.diverged ? "warning" : "info");
      this.requestRender();
    };
    const optimizer = segmented({
      id: `${id}-optimizer`,
      label: t("dev.charts.optimizer"),
      value: state.values.optimizer,
      options: Object.keys(OPTIMIZERS).map((name) => ({ value: name, label: name })),
      onChange: (value) => {
        state.update({ optimizer: value });
        recompute();
      },
    });
    const lr = slider({
      id: `${id}-lr`,
      label: t("dev.charts.lr"),
      min: 1e-3,
      max: 10,
      step: 0.05,
      log: true,
      value: state.values.lr,
      onInput: (value) => {
        state.update({ lr: value });
        recompute();
      },
    });
    const timeline = scrubber({
      id: `${id}-timeline`,
      max: steps,
      value: 0,
      onInput: (k) => {
        this.shown = k;
        this.requestRender();
      },
    });
    const player = createPlayer({
      stepsPerSecond: 8,
      step: () => {
        this.shown = Math.min(this.shown + 1, this.run.points.length - 1);
        return this.shown < this.run.points.length - 1;
      },
      onReset: () => {
        this.shown = 0;
      },
      onChange: () => {
        timeline.set(this.shown);
        buttons.update();
        this.requestRender();
      },
    });
    this.onCleanup(() => player.dispose());
    const buttons = playerControls(player, { idPrefix: id });
    // Clicking the chart moves the start there.
    const onClick = (event: MouseEvent) => {
      const svg = (event.target as Element).closest?.("svg[data-x-scale]") as SVGSVGElement | null;
      const p = svg && pointerToData(svg, event);
      if (!p) return;
      const [x, y] = p.map((v) => Number(v.toFixed(2)));
      state.update({ x, y });
      this.shown = 0;
      recompute(t("dev.charts.started", { x, y }));
    };
    this.chartSlot.addEventListener("click", onClick);
    this.onCleanup(() => this.chartSlot.removeEventListener("click", onClick));

    const controls = document.createElement("div");
    controls.className = "kobai-widget__controls";
    controls.append(optimizer.root, lr.root, buttons.root, timeline.root);
    this.prepend(controls);
    this.append(status.element);
    // A bad value in the URL is explained where the reader looks, before the result.
    recompute(state.problems.map((p) => p.message).join(" "));
  }

  protected render(): void {
    const points = this.run.points.slice(0, this.shown + 1);
    const name = `${(this.querySelector("input[type=radio]:checked") as HTMLInputElement | null)?.value ?? ""}`;
    this.showChart(
      contourWithPath({
        width: this.chartWidth,
        f: bookBowl.value,
        fnLabel: bookBowl.name,
        x: [-10, 10],
        y: [-5, 5],
        minimum: [0, 0],
        paths: [{ name, points }],
      }),
    );
    const lossSlot = this.querySelector<HTMLElement>("[data-loss-slot]");
    if (lossSlot) {
      const chart = lossCurves({
        width: lossSlot.clientWidth || this.chartWidth,
        height: 220,
        logY: true,
        xDomain: [0, this.run.points.length - 1],
        series: [{ name, y: this.run.losses.slice(0, this.shown + 1) }],
      });
      lossSlot.replaceChildren(chart.element);
    }
  }
}

defineWidget("kobai-bowl-demo", BowlDemo);
