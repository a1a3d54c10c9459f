/**
 * <kobai-regression-fit>: sliders for w and b, a drag on the chart moves the nearer end of
 * the line (dragHandle), a toggle between squares and segments, a least-squares button.
 * State in the URL.
 */
import { t } from "../../../src/i18n";
import { pointerToData } from "../../../src/plot";
import { KobaiWidget, button, slider, type Slider } from "../../../src/widgets";
import { h, listen } from "../../../src/widgets/dom";
import { HANDLE_X, dragHandle, leastSquares, regressionPoints } from "./regression";
import { drawRegression, regressionNumbers } from "./regression-view";

export const regressionSchema = {
  w: { type: "number", default: 0.3, min: -2, max: 3 },
  b: { type: "number", default: 2, min: -3, max: 5 },
  show: { type: "enum", default: "squares", options: ["squares", "segments"] },
} as const;

const round2 = (v: number) => Number(v.toFixed(2));

export class RegressionFitElement extends KobaiWidget<Record<string, unknown>, typeof regressionSchema> {
  private numbers!: HTMLElement;
  private sliders!: { w: Slider; b: Slider };

  protected setup(): void {
    const c = this.bindControls(regressionSchema);
    const id = (s: string) => `${this.widgetId}-${s}`;
    this.numbers = this.querySelector<HTMLElement>("[data-numbers]") ?? h(document, "ul");
    // Dragging snaps to 0.01; the least-squares button sets the exact line.
    const set = (w: number, b: number, exact = false) => {
      const s = regressionSchema;
      const cw = Math.min(s.w.max, Math.max(s.w.min, exact ? w : round2(w)));
      const cb = Math.min(s.b.max, Math.max(s.b.min, exact ? b : round2(b)));
      this.url.update({ w: cw, b: cb });
      this.sliders.w.set(cw);
      this.sliders.b.set(cb);
      this.requestRender();
    };
    this.sliders = {
      w: slider({
        id: id("w"),
        label: t("lf.reg.w"),
        min: -2,
        max: 3,
        step: 0.01,
        value: this.url.values.w,
        onInput: (w) => set(w, this.url.values.b),
      }),
      b: slider({
        id: id("b"),
        label: t("lf.reg.b"),
        min: -3,
        max: 5,
        step: 0.01,
        value: this.url.values.b,
        onInput: (b) => set(this.url.values.w, b),
      }),
    };
    const show = c.segmented("show", {
      label: t("lf.reg.show"),
      optionLabel: (v) => t(`lf.reg.show.${v}`),
    });
    const best = button({
      id: id("best"),
      label: t("lf.reg.best"),
      onClick: () => set(...leastSquares(regressionPoints()), true),
    });
    this.controlsSlot.append(
      this.sliders.w.root,
      this.sliders.b.root,
      show.root,
      best,
      h(document, "p", { class: "lf-note" }, t("lf.reg.hint")),
    );

    // Dragging on the chart moves the handle nearer in x to where the drag started.
    const slot = this.chartSlot;
    slot.classList.add("lf__chart--drag");
    let dragging: 0 | 1 | undefined;
    const at = (event: PointerEvent) => {
      const svg = slot.querySelector("svg");
      return svg ? pointerToData(svg as SVGSVGElement, event) : undefined;
    };
    const onDown = (event: PointerEvent) => {
      const p = at(event);
      if (!p) return;
      dragging = Math.abs(p[0] - HANDLE_X[0]) <= Math.abs(p[0] - HANDLE_X[1]) ? 0 : 1;
      slot.setPointerCapture?.(event.pointerId);
      set(...dragHandle(this.url.values.w, this.url.values.b, dragging, p[1]));
      event.preventDefault();
    };
    const onMove = (event: PointerEvent) => {
      if (dragging === undefined) return;
      const p = at(event);
      if (p) set(...dragHandle(this.url.values.w, this.url.values.b, dragging, p[1]));
    };
    const onUp = () => {
      dragging = undefined;
    };
    this.onCleanup(listen(slot, { pointerdown: onDown, pointermove: onMove, pointerup: onUp, pointercancel: onUp }));
  }

  protected render(): void {
    const { w, b, show } = this.url.values;
    const { chart, report } = drawRegression(w, b, show as "squares" | "segments", { width: this.chartWidth });
    this.showChart(chart);
    this.numbers.replaceChildren(...regressionNumbers(report).map((line) => h(document, "li", {}, line)));
  }
}
