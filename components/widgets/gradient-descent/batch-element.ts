/**
 * <kobai-batch-compare>: the element behind BatchCompare.astro. Sliders for B, epochs and
 * η, a seed, the book's with-replacement toggle; every input reruns the three trainings
 * with the core and redraws (batch-view.ts). Settings live in the URL.
 */
import { t } from "../../../src/i18n";
import { KobaiWidget } from "../../../src/widgets";
import { batchRuns, batchSchema, batchStatus, batchTableHtml, drawBatchCurves, type BatchSettings } from "./batch-view";

export class BatchCompareElement extends KobaiWidget<Record<string, unknown>, typeof batchSchema> {
  private tableBox!: HTMLElement;

  protected setup(): void {
    const c = this.bindControls(batchSchema);
    this.tableBox = this.querySelector<HTMLElement>("[data-table]") ?? document.createElement("div");
    this.controlsSlot.append(
      c.slider("batchSize", { id: c.id("batch"), label: t("gd.batch.size"), step: 1 }).root,
      c.slider("epochs", { label: t("gd.batch.epochs"), step: 1 }).root,
      c.slider("lr", { label: t("gd.batch.lr"), step: 0.01, log: true }).root,
      c.numberInput("seed", { label: t("gd.batch.seed") }).root,
      c.checkbox("replacement", { label: t("gd.batch.replacement") }).root,
      this.status.element,
    );
  }

  protected render(): void {
    const settings: BatchSettings = this.url.values;
    const runs = batchRuns(settings);
    this.showChart(drawBatchCurves(runs, settings, { width: this.chartWidth }));
    this.tableBox.innerHTML = batchTableHtml(runs);
    this.status.set(batchStatus(runs), runs.some((r) => r.run.diverged) ? "error" : "info");
  }
}
