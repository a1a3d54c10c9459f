/**
 * <kobai-init-histograms>: choose the activation and the initial weight scale of a
 * five-layer stack of real core layers and see each layer's activations and weight
 * gradients as histograms (図6-10 … 図6-14), with the numbers per layer in a table.
 * The computation (stack.ts) runs in the page: 1000 × 100 through five 100 × 100 layers.
 */
import { t } from "../../../src/i18n";
import { formatNumber, formatPercent } from "../../../src/plot/text";
import { KobaiWidget, button, type Control } from "../../../src/widgets";
import { seedField } from "../../../src/widgets/seed";
import { ACTIVATIONS, SCALES, runStack, type ActivationName, type ScaleName, type StackResult } from "./stack";
import { activationChart, gradientChart, type RangeMode } from "./charts";
import { BOOK_FIGURES } from "./figures";

export const histogramsSchema = {
  activation: { type: "enum", default: "sigmoid", options: ACTIVATIONS },
  scale: { type: "enum", default: "1", options: SCALES },
  std: { type: "number", default: 0.05, min: 0.001, max: 3 },
  range: { type: "enum", default: "natural", options: ["natural", "book"] },
  seed: seedField,
} as const;

export class InitHistogramsElement extends KobaiWidget<Record<string, unknown>, typeof histogramsSchema> {
  private activation!: Control<string>;
  private scale!: Control<string>;
  private std!: Control<number>;
  private range!: Control<string>;
  private seed!: Control<number>;
  private result: StackResult | null = null;
  private key = "";

  protected setup(): void {
    const c = this.bindControls(histogramsSchema, (key) => {
      // Moving the custom σ chooses it.
      if (key === "std" && this.scale.value !== "custom") {
        this.scale.set("custom");
        this.url.update({ scale: "custom" });
      }
      this.requestRender();
    });
    this.activation = c.select("activation", {
      label: t("init.control.activation"),
      optionLabel: (a) => t(`init.activation.${a}`),
    });
    this.scale = c.select("scale", { label: t("init.control.scale"), optionLabel: (s) => t(`init.scale.${s}`) });
    this.std = c.slider("std", {
      label: t("init.control.customStd"),
      step: 0.01,
      log: true,
      format: (x) => formatNumber(Number(x.toPrecision(3))),
    });
    this.range = c.select("range", { label: t("init.control.range"), optionLabel: (r) => t(`init.range.${r}`) });
    this.seed = c.numberInput("seed", { label: t("init.control.seed") });
    const controls = this.querySelector<HTMLElement>("[data-controls]")!;
    controls.append(this.activation.root, this.scale.root, this.std.root, this.range.root, this.seed.root);

    const figures = this.querySelector<HTMLElement>("[data-figures]")!;
    for (const f of BOOK_FIGURES) {
      const b = button({
        label: t(`init.figure.${f.id}`),
        onClick: () => {
          this.activation.set(f.activation);
          this.scale.set(f.scale);
          this.url.update({ activation: f.activation, scale: f.scale });
          this.requestRender();
        },
      });
      b.setAttribute("data-figure", f.id);
      figures.append(b);
    }
    this.querySelector("[data-status]")!.replaceWith(this.status.element);
  }

  protected render(): void {
    const activation = this.activation.value as ActivationName,
      scale = this.scale.value as ScaleName,
      seed = this.seed.value;
    const key = `${activation}|${scale}|${this.std.value}|${seed}`;
    if (key !== this.key || !this.result) {
      const started = performance.now();
      try {
        this.result = runStack({ activation, scale, customStd: this.std.value, seed });
      } catch (e) {
        this.status.set((e as Error).message, "error");
        return;
      }
      this.key = key;
      this.status.set(
        t("init.status.computed", { std: formatNumber(this.result.std), ms: Math.round(performance.now() - started) }),
        "info",
      );
    }
    this.std.root.toggleAttribute("data-inactive", scale !== "custom");
    const result = this.result;
    const width = this.chartWidth;
    this.showChart(activationChart({ result, activation, range: this.range.value as RangeMode, width }));
    const gradSlot = this.querySelector<HTMLElement>("[data-gradient-slot]")!;
    gradSlot.replaceChildren(gradientChart({ result, activation, width }).element);
    this.renderTable(result, activation);
    this.setAttribute("data-std", String(result.std));
  }

  private renderTable(result: StackResult, activation: ActivationName): void {
    const table = this.querySelector<HTMLTableElement>("[data-table]")!;
    const head = [
      t("init.table.layer"),
      t("init.table.mean"),
      t("init.table.std"),
      t(`init.table.saturated.${activation}`),
      ...(activation === "relu" ? [t("init.table.dead")] : []),
      t("init.table.grad"),
    ];
    const cell = (tag: "th" | "td", text: string, scope?: string) => {
      const el = document.createElement(tag);
      el.textContent = text;
      if (scope) el.setAttribute("scope", scope);
      return el;
    };
    const caption = document.createElement("caption");
    caption.textContent = t("init.table.caption");
    const thead = document.createElement("thead");
    thead.append(Object.assign(document.createElement("tr"), {}));
    thead.firstElementChild!.append(...head.map((h) => cell("th", h, "col")));
    const tbody = document.createElement("tbody");
    for (const s of result.stats) {
      const tr = document.createElement("tr");
      tr.append(
        cell("th", String(s.layer), "row"),
        cell("td", formatNumber(s.mean)),
        cell("td", formatNumber(s.std)),
        cell("td", formatPercent(s.saturated)),
      );
      if (activation === "relu") tr.append(cell("td", String(s.deadUnits)));
      tr.append(cell("td", formatNumber(s.gradRms)));
      tbody.append(tr);
    }
    table.replaceChildren(caption, thead, tbody);
  }
}
