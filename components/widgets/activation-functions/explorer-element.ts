/**
 * <kobai-activation-explorer>: pick an activation, choose x (slider, or click the chart),
 * and read off h(x) and h′(x) from the core's forward and backward, with the tangent drawn.
 * The formulas of all five functions are typeset at build time; the chosen one is shown.
 */
import { t } from "../../../src/i18n";
import { pointerToData } from "../../../src/plot";
import { KobaiWidget, type Slider } from "../../../src/widgets";
import { ACTIVATIONS, X_RANGE, type ActivationId } from "./model";
import { readoutText } from "./readout";
import { activationChart } from "./charts";

export const explorerSchema = {
  fn: { type: "enum", default: "sigmoid", options: ACTIVATIONS },
  x: { type: "number", default: 1, min: X_RANGE[0], max: X_RANGE[1] },
} as const;

export class ActivationExplorerElement extends KobaiWidget<Record<string, unknown>, typeof explorerSchema> {
  private xSlider!: Slider;
  private readout!: HTMLElement;

  protected setup(): void {
    const c = this.bindControls(explorerSchema);
    const picker = c.segmented("fn", { label: t("act.fn"), optionLabel: (a) => t(`act.fn.${a}`) });
    this.xSlider = c.slider("x", { label: t("act.x"), step: 0.1 });
    this.controlsSlot.append(picker.root, this.xSlider.root);
    this.readout = this.querySelector<HTMLElement>("[data-readout]")!;
    const onClick = (e: MouseEvent) => {
      const svg = this.chartSlot.querySelector<SVGSVGElement>("svg");
      const p = svg && pointerToData(svg, e);
      if (!p) return;
      const x = Math.min(X_RANGE[1], Math.max(X_RANGE[0], Math.round(p[0] * 10) / 10)) + 0;
      this.xSlider.set(x);
      this.url.update({ x });
      this.requestRender();
    };
    this.chartSlot.addEventListener("click", onClick);
    this.onCleanup(() => this.chartSlot.removeEventListener("click", onClick));
  }

  protected render(): void {
    const { x } = this.url.values;
    const fn = this.url.values.fn as ActivationId;
    this.showChart(activationChart({ id: fn, x, width: this.chartWidth }));
    this.readout.textContent = readoutText(fn, x);
    for (const el of Array.from(this.querySelectorAll<HTMLElement>("[data-formula-for]")))
      el.hidden = el.dataset.formulaFor !== fn;
  }
}
