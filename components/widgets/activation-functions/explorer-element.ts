/**
 * <kobai-activation-explorer>: pick an activation, choose x (slider, or click the chart),
 * and read off h(x) and h′(x) from the core's forward and backward, with the tangent drawn.
 * The formulas of all five functions are typeset at build time; the chosen one is shown.
 */
import { t } from "../../../src/i18n";
import { pointerToData } from "../../../src/plot";
import { KobaiWidget, segmented, slider, type UrlState } from "../../../src/widgets";
import { ACTIVATIONS, X_RANGE, type ActivationId } from "./model";
import { readoutText } from "./readout";
import { activationChart } from "./charts";

export const explorerSchema = {
  fn: { type: "enum", default: "sigmoid", options: ACTIVATIONS },
  x: { type: "number", default: 1, min: X_RANGE[0], max: X_RANGE[1] },
} as const;

export class ActivationExplorerElement extends KobaiWidget {
  private url!: UrlState<typeof explorerSchema>;
  private fn!: ActivationId;
  private x!: number;
  private xSlider!: ReturnType<typeof slider>;
  private readout!: HTMLElement;

  protected setup(): void {
    const id = (s: string) => `${this.widgetId}-${s}`;
    this.url = this.bindState(explorerSchema);
    this.fn = this.url.values.fn as ActivationId;
    this.x = this.url.values.x;
    const picker = segmented<ActivationId>({
      id: id("fn"),
      label: t("act.fn"),
      value: this.fn,
      options: ACTIVATIONS.map((a) => ({ value: a, label: t(`act.fn.${a}`) })),
      onChange: (fn) => {
        this.fn = fn;
        this.url.update({ fn });
        this.requestRender();
      },
    });
    this.xSlider = slider({
      id: id("x"),
      label: t("act.x"),
      min: X_RANGE[0],
      max: X_RANGE[1],
      step: 0.1,
      value: this.x,
      onInput: (x) => {
        this.x = x;
        this.url.update({ x });
        this.requestRender();
      },
    });
    const controls = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    controls.append(picker.root, this.xSlider.root);
    this.readout = this.querySelector<HTMLElement>("[data-readout]")!;
    const onClick = (e: MouseEvent) => {
      const svg = this.chartSlot.querySelector<SVGSVGElement>("svg");
      const p = svg && pointerToData(svg, e);
      if (!p) return;
      this.x = Math.min(X_RANGE[1], Math.max(X_RANGE[0], Math.round(p[0] * 10) / 10)) + 0;
      this.xSlider.set(this.x);
      this.url.update({ x: this.x });
      this.requestRender();
    };
    this.chartSlot.addEventListener("click", onClick);
    this.onCleanup(() => this.chartSlot.removeEventListener("click", onClick));
  }

  protected render(): void {
    this.showChart(activationChart({ id: this.fn, x: this.x, width: this.chartWidth }));
    this.readout.textContent = readoutText(this.fn, this.x);
    for (const el of Array.from(this.querySelectorAll<HTMLElement>("[data-formula-for]")))
      el.hidden = el.dataset.formulaFor !== this.fn;
  }
}
