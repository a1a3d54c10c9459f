/**
 * <kobai-selection-bias>: pick the best of K equally good models on n test digits and see
 * how much its test score overstates what it does on fresh digits (selection-bias.ts).
 * K and n live in the URL.
 */
import { t } from "../../../src/i18n";
import { formatPercent } from "../../../src/plot";
import { KobaiWidget, defineWidget } from "../../../src/widgets/base-element";
import { createStatus } from "../../../src/widgets/status";
import { biasChart, selectionBias, type BiasResult } from "./selection-bias";

const schema = {
  models: { type: "number", default: 50, min: 1, max: 200, integer: true },
  n: { type: "number", default: 100, min: 20, max: 2000, integer: true },
} as const;

/** The chart's caption: what the marks are, with the two numbers. */
export function biasCaption(n: number, r: BiasResult): string {
  return t("hp.bias.caption", { n, best: formatPercent(r.bestScore), fresh: formatPercent(r.freshScore) });
}

/** The status sentence. */
export function biasText(models: number, n: number, r: BiasResult): string {
  return t("hp.bias.status", {
    models,
    n,
    best: formatPercent(r.bestScore),
    fresh: formatPercent(r.freshScore),
    gap: (100 * (r.bestScore - r.freshScore)).toFixed(1),
  });
}

class SelectionBias extends KobaiWidget<Record<string, unknown>, typeof schema> {
  private result!: BiasResult;

  protected setup(): void {
    const id = this.widgetId;
    const c = this.bindControls(schema, () => this.recompute());
    const models = c.slider("models", { label: t("hp.bias.models"), step: 1 });
    const n = c.slider("n", { label: t("hp.bias.testSize"), step: 0.05, log: true });
    const controls = document.createElement("div");
    controls.className = "kobai-frame__row";
    controls.append(models.root, n.root);
    this.prepend(controls);
    this.status = createStatus({ id: `${id}-status` });
    this.append(this.status.element);
    this.recompute();
  }

  private recompute(): void {
    const { models, n } = this.url.values;
    this.result = selectionBias({ models, testSize: n });
    this.status.set(biasText(models, n, this.result));
    this.requestRender();
  }

  protected render(): void {
    const { n } = this.url.values;
    this.showChart(
      biasChart(
        this.result,
        {
          title: t("hp.bias.title"),
          axis: t("hp.bias.axis"),
          count: t("hp.bias.count"),
          caption: biasCaption(n, this.result),
        },
        { width: this.chartWidth },
      ),
    );
  }
}

defineWidget("kobai-selection-bias", SelectionBias);
