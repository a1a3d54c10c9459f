/**
 * <kobai-bn-panel>: one batch of four units' pre-activations through the core's BatchNorm,
 * with γ and β sliders, the batch size, training vs eval mode and the PyTorch vs book form.
 * Shows the dots before and after, the per-unit statistics, and what goes wrong with N = 1.
 */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import {
  KobaiWidget,
  createStatus,
  segmented,
  select,
  slider,
  type Control,
  type StatusLine,
  type UrlState,
} from "../../../src/widgets";
import { seedField, seedInput } from "../../../src/widgets/seed";
import { bnPanel, WARMUP_BATCHES, WARMUP_SIZE, type Form, type Mode, type PanelResult } from "./panel";
import { bnStripChart } from "./strip";

export const panelSchema = {
  n: { type: "number", default: 8, min: 1, max: 64, integer: true },
  gamma: { type: "number", default: 1, min: -2, max: 3 },
  beta: { type: "number", default: 0, min: -3, max: 3 },
  mode: { type: "enum", default: "training", options: ["training", "eval"] },
  form: { type: "enum", default: "pytorch", options: ["pytorch", "book"] },
  seed: seedField,
} as const;

export class BnPanelElement extends KobaiWidget {
  private url!: UrlState<typeof panelSchema>;
  private n!: Control<number>;
  private gamma!: Control<number>;
  private beta!: Control<number>;
  private mode!: Control<Mode>;
  private form!: Control<Form>;
  private seed!: Control<number>;
  private status!: StatusLine;

  protected setup(): void {
    this.url = this.bindState(panelSchema);
    const v = this.url.values;
    const id = (name: string) => `${this.widgetId}-${name}`;
    const changed = () => {
      this.save();
      this.requestRender();
    };
    this.n = slider({
      id: id("n"),
      label: t("bn.control.batch"),
      min: 1,
      max: 64,
      step: 1,
      value: v.n,
      format: (x) => String(Math.round(x)),
      onInput: changed,
    });
    this.gamma = slider({
      id: id("gamma"),
      label: t("bn.control.gamma"),
      min: -2,
      max: 3,
      step: 0.05,
      value: v.gamma,
      format: (x) => x.toFixed(2),
      onInput: changed,
    });
    this.beta = slider({
      id: id("beta"),
      label: t("bn.control.beta"),
      min: -3,
      max: 3,
      step: 0.05,
      value: v.beta,
      format: (x) => x.toFixed(2),
      onInput: changed,
    });
    this.mode = segmented<Mode>({
      id: id("mode"),
      label: t("bn.control.mode"),
      value: v.mode as Mode,
      options: (["training", "eval"] as const).map((m) => ({ value: m, label: t(`bn.mode.${m}`) })),
      onChange: changed,
    });
    this.form = select<Form>({
      id: id("form"),
      label: t("bn.control.form"),
      value: v.form as Form,
      options: (["pytorch", "book"] as const).map((f) => ({ value: f, label: t(`bn.form.${f}`) })),
      onChange: changed,
    });
    this.seed = seedInput({
      id: id("seed"),
      label: t("bn.control.seed"),
      value: v.seed,
      onChange: changed,
    });
    this.querySelector<HTMLElement>("[data-controls]")!.append(
      this.n.root,
      this.gamma.root,
      this.beta.root,
      this.form.root,
      this.seed.root,
      this.mode.root,
    );
    this.status = createStatus({ id: id("status") });
    this.querySelector("[data-status]")!.replaceWith(this.status.element);
    this.querySelector<HTMLElement>("[data-setup]")!.textContent = t("bn.panel.setup", {
      warmup: WARMUP_BATCHES,
      size: WARMUP_SIZE,
    });
  }

  private save(): void {
    this.url.update({
      n: Math.round(this.n.value),
      gamma: this.gamma.value,
      beta: this.beta.value,
      mode: this.mode.value,
      form: this.form.value,
      seed: this.seed.value,
    });
  }

  protected render(): void {
    const batch = Math.round(this.n.value),
      gamma = this.gamma.value,
      beta = this.beta.value,
      mode = this.mode.value,
      form = this.form.value;
    const result = bnPanel({ batch, gamma, beta, mode, form, seed: this.seed.value });
    this.showChart(bnStripChart({ result, gamma, beta, mode, width: this.chartWidth }));
    if (result.error) this.status.set(t("bn.status.batchOne", { message: result.error }), "error");
    else if (batch === 1 && mode === "training") this.status.set(t("bn.status.batchOneBook"), "warning");
    else this.status.set(t("bn.status.ok", { n: batch, mode: t(`bn.mode.${mode}`) }), "info");
    this.renderTable(result);
    this.setAttribute("data-out-mean", result.after ? formatNumber(result.units[0].meanAfter) : "none");
  }

  private renderTable(result: PanelResult): void {
    const table = this.querySelector<HTMLTableElement>("[data-table]")!;
    const cell = (tag: "th" | "td", text: string, scope?: string) => {
      const el = document.createElement(tag);
      el.textContent = text;
      if (scope) el.setAttribute("scope", scope);
      return el;
    };
    const keys = ["unit", "batchMean", "batchVar", "runningMean", "runningVar", "outMean", "outStd"] as const;
    const caption = document.createElement("caption");
    caption.textContent = t("bn.table.caption");
    const head = document.createElement("tr");
    head.append(...keys.map((k) => cell("th", t(`bn.table.${k}`), "col")));
    const thead = document.createElement("thead");
    thead.append(head);
    const tbody = document.createElement("tbody");
    const f = (v: number) => (Number.isNaN(v) ? "–" : formatNumber(Math.abs(v) < 1e-12 ? 0 : v));
    for (const u of result.units) {
      const tr = document.createElement("tr");
      tr.append(
        cell("th", String(u.unit), "row"),
        ...[u.batchMean, u.batchVar, u.runningMean, u.runningVar, u.meanAfter, u.stdAfter].map((v) => cell("td", f(v))),
      );
      tbody.append(tr);
    }
    table.replaceChildren(caption, thead, tbody);
  }
}
