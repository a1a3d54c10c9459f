/** <kobai-loss-curves>: the p slider and the slope toggle over curves-view.ts; state in the URL. */
import { t } from "../../../src/i18n";
import { KobaiWidget, createStatus, segmented, slider, type StatusLine, type UrlState } from "../../../src/widgets";
import { P_MIN } from "./loss-curves";
import { curvesStatus, curvesTableHtml, drawLossChart, drawSlopeChart, type SlopeView } from "./curves-view";

export const curvesSchema = {
  p: { type: "number", default: 0.1, min: P_MIN, max: 1 },
  view: { type: "enum", default: "z", options: ["p", "z"] },
} as const;

export class LossCurvesElement extends KobaiWidget {
  private url!: UrlState<typeof curvesSchema>;
  private status!: StatusLine;

  protected setup(): void {
    this.url = this.bindState(curvesSchema);
    const id = (s: string) => `${this.widgetId}-${s}`;
    const panel = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    this.status = createStatus({ id: id("status") });
    const p = slider({
      id: id("p"),
      label: t("lf.curves.p"),
      min: P_MIN,
      max: 1,
      step: 0.01,
      value: this.url.values.p,
      onInput: (v) => {
        this.url.update({ p: v });
        this.requestRender();
      },
    });
    const view = segmented({
      id: id("view"),
      label: t("lf.curves.view"),
      value: this.url.values.view,
      options: [
        { value: "p", label: t("lf.curves.view.p") },
        { value: "z", label: t("lf.curves.view.z") },
      ],
      onChange: (v) => {
        this.url.update({ view: v });
        this.requestRender();
      },
    });
    panel.append(p.root, view.root, this.status.element);
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
