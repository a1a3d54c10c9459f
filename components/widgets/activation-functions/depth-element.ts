/**
 * <kobai-gradient-depth>: a depth slider over stacks of real core layers (Linear +
 * sigmoid / tanh / ReLU); the chart shows, on a log axis, how large the gradient is when
 * it reaches each layer on the way back.
 */
import { t } from "../../../src/i18n";
import { KobaiWidget, slider } from "../../../src/widgets";
import { MAX_DEPTH } from "./model";
import { depthChart } from "./charts";

export const depthSchema = { depth: { type: "number", default: 10, min: 1, max: MAX_DEPTH, integer: true } } as const;

export class GradientDepthElement extends KobaiWidget<Record<string, unknown>, typeof depthSchema> {
  private depth!: number;

  protected setup(): void {
    this.url = this.bindState(depthSchema);
    this.depth = this.url.values.depth;
    const control = slider({
      id: `${this.widgetId}-depth`,
      label: t("act.depth"),
      min: 1,
      max: MAX_DEPTH,
      step: 1,
      value: this.depth,
      format: (v) => String(Math.round(v)),
      onInput: (depth) => {
        this.depth = Math.round(depth);
        this.url.update({ depth: this.depth });
        this.requestRender();
      },
    });
    (this.querySelector<HTMLElement>("[data-controls]") ?? this).append(control.root);
  }

  protected render(): void {
    this.showChart(depthChart({ depth: this.depth, width: this.chartWidth }));
  }
}
