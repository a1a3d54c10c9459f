/**
 * <kobai-batch-compare>: the element behind BatchCompare.astro. Sliders for B, epochs and
 * η, a seed, the book's with-replacement toggle; every input reruns the three trainings
 * with the core and redraws (batch-view.ts). Settings live in the URL.
 */
import { t } from "../../../src/i18n";
import {
  KobaiWidget,
  checkbox,
  createStatus,
  numberInput,
  slider,
  type StatusLine,
  type UrlState,
} from "../../../src/widgets";
import { DATA_SIZE } from "./fit-model";
import { batchRuns, batchSchema, batchStatus, batchTableHtml, drawBatchCurves, type BatchSettings } from "./batch-view";

export class BatchCompareElement extends KobaiWidget {
  private settings!: BatchSettings;
  private url!: UrlState<typeof batchSchema>;
  private status!: StatusLine;
  private tableBox!: HTMLElement;

  protected setup(): void {
    this.url = this.bindState(batchSchema);
    this.settings = { ...this.url.values };
    const id = (s: string) => `${this.widgetId}-${s}`;
    const panel = this.querySelector<HTMLElement>("[data-controls]") ?? this;
    this.tableBox = this.querySelector<HTMLElement>("[data-table]") ?? document.createElement("div");
    this.status = createStatus({ id: id("status") });
    const change = (partial: Partial<BatchSettings>) => {
      this.settings = { ...this.settings, ...partial };
      this.url.update(this.settings);
      this.requestRender();
    };
    const size = slider({
      id: id("batch"),
      label: t("gd.batch.size"),
      min: 1,
      max: DATA_SIZE,
      step: 1,
      value: this.settings.batchSize,
      format: (v) => String(Math.round(v)),
      onInput: (b) => change({ batchSize: Math.round(b) }),
    });
    const epochs = slider({
      id: id("epochs"),
      label: t("gd.batch.epochs"),
      min: 1,
      max: 100,
      step: 1,
      value: this.settings.epochs,
      format: (v) => String(Math.round(v)),
      onInput: (e) => change({ epochs: Math.round(e) }),
    });
    const lr = slider({
      id: id("lr"),
      label: t("gd.batch.lr"),
      min: 1e-3,
      max: 100,
      step: 0.01,
      log: true,
      value: this.settings.lr,
      onInput: (v) => change({ lr: v }),
    });
    const seed = numberInput({
      id: id("seed"),
      label: t("gd.batch.seed"),
      value: this.settings.seed,
      min: 0,
      max: 1_000_000,
      integer: true,
      step: 1,
      onChange: (v) => change({ seed: v }),
    });
    const replacement = checkbox({
      id: id("replacement"),
      label: t("gd.batch.replacement"),
      checked: this.settings.replacement,
      onChange: (v) => change({ replacement: v }),
    });
    panel.append(size.root, epochs.root, lr.root, seed.root, replacement.root, this.status.element);
  }

  protected render(): void {
    const runs = batchRuns(this.settings);
    this.showChart(drawBatchCurves(runs, this.settings, { width: this.chartWidth }));
    this.tableBox.innerHTML = batchTableHtml(runs);
    this.status.set(batchStatus(runs), runs.some((r) => r.run.diverged) ? "error" : "info");
  }
}
