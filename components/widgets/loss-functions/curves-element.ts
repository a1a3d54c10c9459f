/** <kobai-loss-curves>: the p slider and the slope toggle over curves-view.ts; state in the URL. */
import { t } from "../../../src/i18n";
import { KobaiWidget } from "../../../src/widgets";
import { P_MIN } from "./loss-curves";
import { curvesStatus, curvesTableHtml, drawLossChart, drawSlopeChart, type SlopeView } from "./curves-view";

export const curvesSchema = {
  p: { type: "number", default: 0.1, min: P_MIN, max: 1 },
  view: { type: "enum", default: "z", options: ["p", "z"] },
} as const;

export class LossCurvesElement extends KobaiWidget<Record<string, unknown>, typeof curvesSchema> {
  protected setup(): void {
    const c = this.bindControls(curvesSchema);
    const p = c.slider("p", { label: t("lf.curves.p"), step: 0.01 });
    const view = c.segmented("view", { label: t("lf.curves.view"), optionLabel: (v) => t(`lf.curves.view.${v}`) });
    this.controlsSlot.append(p.root, view.root, this.status.element);
  }

  protected render(): void {
    const { p, view } = this.url.values;
    const slot = this.querySelector<HTMLElement>("[data-slope-slot]");
    this.showChart(drawLossChart(p, { width: this.chartWidth }));
    if (slot)
      slot.replaceChildren(
        drawSlopeChart(p, view as SlopeView, { width: slot.clientWidth || this.chartWidth }).element,
      );
    const table = this.querySelector<HTMLElement>("[data-table]");
    if (table) table.innerHTML = curvesTableHtml(p);
    this.status.set(curvesStatus(p));
  }
}
