/**
 * What the batch-size widget shows, as pure functions of its settings: the three runs
 * (full batch, the chosen mini-batch, online), the overlaid loss curves, and the table of
 * updates per epoch and final losses. Used live and at build time.
 */
import { t } from "../../../src/i18n";
import { formatNumber, lossCurves, type ChartResult } from "../../../src/plot";
import { DATA_SIZE } from "./fit-model";
import { runBatches, type BatchRun } from "./batch-compare";
import { dataFor } from "./descent-model";

export interface BatchSettings {
  batchSize: number;
  epochs: number;
  lr: number;
  seed: number;
  replacement: boolean;
}

export const DEFAULT_BATCH: BatchSettings = { batchSize: 10, epochs: 20, lr: 1, seed: 0, replacement: false };
/** Every run starts on the sigmoid neuron's plateau, as the landscape's sigmoid preset does. */
export const BATCH_START: [number, number] = [-1.5, 2];

export const batchSchema = {
  batchSize: { type: "number", default: DEFAULT_BATCH.batchSize, min: 1, max: DATA_SIZE, integer: true },
  epochs: { type: "number", default: DEFAULT_BATCH.epochs, min: 1, max: 100, integer: true },
  lr: { type: "number", default: DEFAULT_BATCH.lr, min: 1e-3, max: 100 },
  seed: { type: "number", default: DEFAULT_BATCH.seed, min: 0, max: 1_000_000, integer: true },
  replacement: { type: "boolean", default: DEFAULT_BATCH.replacement },
} as const;

export interface NamedRun {
  name: string;
  run: BatchRun;
}

/** Full batch, the chosen B, and online, with the same data, start, η and seed. */
export function batchRuns(s: BatchSettings): NamedRun[] {
  const data = dataFor("chapter");
  const one = (batchSize: number) =>
    runBatches({
      activation: "sigmoid",
      data,
      start: BATCH_START,
      lr: s.lr,
      batchSize,
      epochs: s.epochs,
      seed: s.seed,
      replacement: s.replacement,
    });
  return [
    { name: t("gd.batch.full", { n: DATA_SIZE }), run: one(DATA_SIZE) },
    { name: t("gd.batch.mini", { b: s.batchSize }), run: one(s.batchSize) },
    { name: t("gd.batch.online"), run: one(1) },
  ];
}

/** The overlaid loss curves against epochs (log y). */
export function drawBatchCurves(
  runs: readonly NamedRun[],
  s: BatchSettings,
  options: { document?: Document; width?: number },
): ChartResult {
  return lossCurves({
    document: options.document,
    width: options.width,
    height: 300,
    logY: true,
    xLabel: t("chart.axis.epoch"),
    series: runs.map(({ name, run }) => ({ name, x: run.epochs, y: run.losses })),
    title: t("gd.batch.region"),
    caption: t("gd.batch.lead", { n: DATA_SIZE, seed: s.seed }),
  });
}

/** The comparison table as HTML. */
export function batchTableHtml(runs: readonly NamedRun[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const head = [
    "gd.batch.col.run",
    "gd.batch.col.updates",
    "gd.batch.col.total",
    "gd.batch.col.final",
    "gd.batch.col.noise",
  ] as const;
  const rows = runs.map(({ name, run }) => {
    const total = run.losses.length - 1;
    const final = run.diverged ? t("gd.batch.diverged", { name }) : formatNumber(run.losses[total]);
    return `<tr><th scope="row">${esc(name)}</th><td>${run.updatesPerEpoch}</td><td>${total}</td><td>${esc(final)}</td><td>${run.rises}</td></tr>`;
  });
  return `<table class="gd-batch-table"><thead><tr>${head.map((k) => `<th scope="col">${esc(t(k))}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** The status sentence about the chosen mini-batch. */
export function batchStatus(runs: readonly NamedRun[]): string {
  const { run } = runs[1];
  return t("gd.batch.status", {
    b: run.batchSize,
    updates: run.updatesPerEpoch,
    total: run.losses.length - 1,
    final: formatNumber(run.losses[run.losses.length - 1]),
  });
}
