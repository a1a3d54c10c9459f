/**
 * <kobai-softmax>: three logits (number inputs), a temperature T and a constant C added to
 * every logit; bars of the core's stable softmax, and a table of the naive computation
 * beside it, which turns into NaN when exp overflows (or underflows).
 */
import { t } from "../../../src/i18n";
import {
  KobaiWidget,
  button,
  createStatus,
  numberInput,
  slider,
  type StatusLine,
  type UrlState,
} from "../../../src/widgets";
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

export class SoftmaxElement extends KobaiWidget {
  private url!: UrlState<typeof softmaxSchema>;
  private logits!: number[];
  private T!: number;
  private C!: number;
  private status!: StatusLine;

  protected setup(): void {
    const id = (s: string) => `${this.widgetId}-${s}`;
    this.url = this.bindState(softmaxSchema);
    const v = this.url.values;
    this.logits = [v.a1, v.a2, v.a3];
    this.T = v.T;
    this.C = v.C;
    const store = () =>
      this.url.update({ a1: this.logits[0], a2: this.logits[1], a3: this.logits[2], T: this.T, C: this.C });
    const inputs = this.logits.map((value, k) =>
      numberInput({
        id: id(`a${k + 1}`),
        label: t("sm.logit", { k: "₁₂₃"[k] }),
        value,
        min: -LIMIT,
        max: LIMIT,
        onChange: (a) => {
          this.logits[k] = a;
          store();
          this.requestRender();
        },
      }),
    );
    const shift = numberInput({
      id: id("C"),
      label: t("sm.shift"),
      value: this.C,
      min: -LIMIT,
      max: LIMIT,
      onChange: (c) => {
        this.C = c;
        store();
        this.requestRender();
      },
    });
    const temperature = slider({
      id: id("T"),
      label: t("sm.temperature"),
      min: 0.1,
      max: 10,
      step: 0.05,
      log: true,
      value: this.T,
      onInput: (T) => {
        this.T = T;
        store();
        this.requestRender();
      },
    });
    const load = (logits: readonly number[]) => () => {
      this.logits = [...logits];
      inputs.forEach((input, k) => input.set(this.logits[k]));
      this.C = 0;
      shift.set(0);
      this.T = 1;
      temperature.set(1);
      store();
      this.requestRender();
    };
    const presets = h(
      document,
      "div",
      { class: "sm-presets", role: "group", "aria-label": t("sm.presets") },
      button({ id: id("book"), label: t("sm.preset.book"), onClick: load(BOOK_LOGITS) }),
      button({ id: id("large"), label: t("sm.preset.large"), onClick: load(LARGE_LOGITS) }),
    );
    this.status = createStatus({ id: id("status") });
    const controls = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    controls.append(
      presets,
      h(document, "div", { class: "sm-logits" }, ...inputs.map((i) => i.root)),
      temperature.root,
      shift.root,
    );
    (this.querySelector<HTMLElement>("[data-status]") ?? this).append(this.status.element);
  }

  protected render(): void {
    this.showChart(softmaxChart({ logits: this.logits, temperature: this.T, shift: this.C, width: this.chartWidth }));
    const panel = softmaxPanel(this.logits, this.T, this.C);
    this.querySelector("table[data-softmax-table]")?.replaceWith(
      softmaxTableElement(document, this.logits, panel, this.C),
    );
    this.status.set(softmaxStatusText(panel), panel.status === "ok" ? "success" : "warning");
  }
}
