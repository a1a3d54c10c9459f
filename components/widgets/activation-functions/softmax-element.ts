/**
 * <kobai-softmax>: three logits (number inputs), a temperature T and a constant C added to
 * every logit; bars of the core's stable softmax, and a table of the naive computation
 * beside it, which turns into NaN when exp overflows (or underflows).
 */
import { t } from "../../../src/i18n";
import { KobaiWidget, button } from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import { BOOK_LOGITS, LARGE_LOGITS, softmaxStatusText, softmaxTableElement } from "./softmax-view";
import { softmaxChart } from "./charts";
import { softmaxPanel } from "./model";

const LIMIT = 1e4;
export const softmaxSchema = {
  a1: { type: "number", default: BOOK_LOGITS[0], min: -LIMIT, max: LIMIT },
  a2: { type: "number", default: BOOK_LOGITS[1], min: -LIMIT, max: LIMIT },
  a3: { type: "number", default: BOOK_LOGITS[2], min: -LIMIT, max: LIMIT },
  T: { type: "number", default: 1, min: 0.1, max: 10 },
  C: { type: "number", default: 0, min: -LIMIT, max: LIMIT },
} as const;

export class SoftmaxElement extends KobaiWidget<Record<string, unknown>, typeof softmaxSchema> {
  protected setup(): void {
    const c = this.bindControls(softmaxSchema);
    const inputs = (["a1", "a2", "a3"] as const).map((key, k) =>
      c.numberInput(key, { label: t("sm.logit", { k: "₁₂₃"[k] }) }),
    );
    const shift = c.numberInput("C", { label: t("sm.shift") });
    const temperature = c.slider("T", { label: t("sm.temperature"), step: 0.05, log: true });
    const load = (logits: readonly number[]) => () => {
      inputs.forEach((input, k) => input.set(logits[k]));
      shift.set(0);
      temperature.set(1);
      this.url.update({ a1: logits[0], a2: logits[1], a3: logits[2], T: 1, C: 0 });
      this.requestRender();
    };
    const presets = h(
      document,
      "div",
      { class: "sm-presets", role: "group", "aria-label": t("sm.presets") },
      button({ id: c.id("book"), label: t("sm.preset.book"), onClick: load(BOOK_LOGITS) }),
      button({ id: c.id("large"), label: t("sm.preset.large"), onClick: load(LARGE_LOGITS) }),
    );
    this.controlsSlot.append(
      presets,
      h(document, "div", { class: "sm-logits" }, ...inputs.map((i) => i.root)),
      temperature.root,
      shift.root,
    );
    (this.querySelector<HTMLElement>("[data-status]") ?? this).append(this.status.element);
  }

  protected render(): void {
    const { a1, a2, a3, T, C } = this.url.values;
    const logits = [a1, a2, a3];
    this.showChart(softmaxChart({ logits, temperature: T, shift: C, width: this.chartWidth }));
    const panel = softmaxPanel(logits, T, C);
    this.querySelector("table[data-softmax-table]")?.replaceWith(softmaxTableElement(document, logits, panel, C));
    this.status.set(softmaxStatusText(panel), panel.status === "ok" ? "success" : "warning");
  }
}
