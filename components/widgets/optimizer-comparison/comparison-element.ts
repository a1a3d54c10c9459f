/**
 * <kobai-optimizer-comparison>: the element behind OptimizerComparison.astro. One landscape
 * select and one steps slider drive all six panels; every input recomputes the six runs
 * with the core (comparison-model.ts) and redraws each panel (panel-chart.ts). Settings
 * live in the URL (?w.<id>.land=…&w.<id>.n=…).
 */
import { t } from "../../../src/i18n";
import { KobaiWidget } from "../../../src/widgets";
import { landscapes } from "kobai";
import { MAX_STEPS } from "../shared/optimizers/explorer-model";
import { comparisonSummary, computeComparison, parseComparisonConfig, type ComparisonConfig } from "./comparison-model";
import { panelChart } from "./panel-chart";

const schema = (c: ComparisonConfig) => ({
  land: { type: "enum" as const, default: c.landscape, options: landscapes.map((l) => l.id) },
  n: { type: "number" as const, default: c.steps, min: 1, max: MAX_STEPS, integer: true },
});

export class OptimizerComparisonElement extends KobaiWidget<ComparisonConfig, ReturnType<typeof schema>> {
  protected parseConfig(raw: unknown): ComparisonConfig {
    return parseComparisonConfig(raw);
  }

  protected setup(): void {
    const c = this.bindControls(schema(this.config));
    const land = c.select("land", {
      id: c.id("landscape"),
      label: t("cmp.landscape"),
      optionLabel: (id) => t(`opt.landscape.${id}` as "opt.landscape.book"),
    });
    const steps = c.slider("n", { id: c.id("steps"), label: t("cmp.steps"), step: 1 });
    this.controlsSlot.replaceChildren(land.root, steps.root);
    this.querySelector("[data-summary]")?.replaceWith(this.status.element);
  }

  protected render(): void {
    const { land, n } = this.url.values;
    const results = computeComparison(land, n);
    for (const result of results) {
      const slot = this.querySelector<HTMLElement>(`[data-panel="${result.settings.optimizer}"]`);
      if (!slot) continue;
      const width = Math.round(slot.clientWidth) || 300;
      const chart = panelChart(result, { width });
      const old = slot.querySelector("figure.kobai-chart");
      if (old) old.replaceWith(chart.element);
      else slot.append(chart.element);
    }
    this.status.set(comparisonSummary(results), "info");
  }
}
