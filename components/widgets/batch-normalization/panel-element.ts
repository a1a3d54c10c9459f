/**
 * <kobai-bn-panel>: one batch of four units' pre-activations through the core's BatchNorm,
 * with γ and β sliders, the batch size, training vs eval mode and the PyTorch vs book form.
 * Shows the dots before and after, the per-unit statistics, and what goes wrong with N = 1.
 */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import { KobaiWidget } from "../../../src/widgets";
import { seedField } from "../../../src/widgets/seed";
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

export class BnPanelElement extends KobaiWidget<Record<string, unknown>, typeof panelSchema> {
  protected setup(): void {
    const c = this.bindControls(panelSchema);
    const twoPlaces = (x: number) => x.toFixed(2);
    this.querySelector<HTMLElement>("[data-controls]")!.append(
      c.slider("n", { label: t("bn.control.batch"), step: 1 }).root,
      c.slider("gamma", { label: t("bn.control.gamma"), step: 0.05, format: twoPlaces }).root,
      c.slider("beta", { label: t("bn.control.beta"), step: 0.05, format: twoPlaces }).root,
      c.select("form", { label: t("bn.control.form"), optionLabel: (f) => t(`bn.form.${f}`) }).root,
      c.numberInput("seed", { label: t("bn.control.seed") }).root,
      c.segmented("mode", { label: t("bn.control.mode"), optionLabel: (m) => t(`bn.mode.${m}`) }).root,
    );
    this.querySelector("[data-status]")!.replaceWith(this.status.element);
    this.querySelector<HTMLElement>("[data-setup]")!.textContent = t("bn.panel.setup", {
      warmup: WARMUP_BATCHES,
      size: WARMUP_SIZE,
    });
  }

  protected render(): void {
    const { n: batch, gamma, beta, seed } = this.url.values;
    const mode = this.url.values.mode as Mode,
      form = this.url.values.form as Form;
    const result = bnPanel({ batch, gamma, beta, mode, form, seed });
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
