/**
 * The six optimizers of 6.1.7 (図6-8) side by side on one landscape, without a DOM: the
 * settings of each panel, the runs (the optimizer explorer's own `computeExplorer`, so each
 * panel is exactly what OptimizerExplorer would draw for it) and the outcome of each run in
 * one short phrase, for the panels and for the chapter's "where each shines" table.
 *
 * Settings: the book's forms with the book's rates from ch06/optimizer_compare_naive.py
 * (SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3); the script has no Nesterov or RMSProp,
 * for which optimizer-specs.ts chooses 0.1 (Nesterov: Momentum's rate, so the panels differ
 * only by the look-ahead; RMSProp: its first step is 10·η = 1 per coordinate, like
 * AdaGrad's 1.5 and Adam's 0.3 the same order as the others').
 */
import { t } from "../../../src/i18n";
import { formatNumber } from "../../../src/plot/text";
import { divergedAt, firstStepBelow, nearestMinimum, runStatus } from "../shared/optimizers/run-status";
import {
  computeExplorer,
  initialSettings,
  landscapeById,
  MAX_STEPS,
  parseExplorerConfig,
  type ExplorerResult,
  type ExplorerSettings,
} from "../shared/optimizers/explorer-model";
import { statusText } from "../shared/optimizers/explorer-view";
import type { OptimizerName } from "../shared/optimizers/optimizer-specs";
import type { Landscape, Trajectory } from "kobai";
import { joinSentences } from "../../../src/i18n/sentences";

/** The six of 図6-8 (the book draws four; Nesterov and RMSProp join them here). */
export const SIX: readonly OptimizerName[] = ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"];

/** On a landscape without a minimum (the saddle), a run has escaped once f < this. */
export const ESCAPE_BELOW = -1;

/** The settings of one panel: the book's form and settings for `name` on `landscape`. */
export function panelSettings(name: OptimizerName, landscape: string, steps: number): ExplorerSettings {
  return initialSettings(parseExplorerConfig({ optimizer: name, landscape, form: "book", steps }));
}

/**
 * All six runs on one landscape.
 *
 * @example
 * computeComparison("book", 30).map((r) => r.settings.lr); // [0.95, 0.1, 0.1, 1.5, 0.1, 0.3]
 */
export function computeComparison(landscape: string, steps: number): ExplorerResult[] {
  landscapeById(landscape);
  return SIX.map((name) => computeExplorer(panelSettings(name, landscape, steps)));
}

/** How a run ended, in the terms of the table. */
export type Outcome =
  | { kind: "converged" | "local"; step: number }
  | { kind: "escaped"; step: number }
  | { kind: "diverged"; step: number }
  | { kind: "stalled" | "oscillating" | "moving"; f: number };

/**
 * The outcome of a run: the step from which f − f* < 0.001 for good (f* of the nearest
 * minimum, "local" when that is not the global one); on a landscape with no minimum, the
 * first step with f < −1; otherwise the explorer's status word.
 *
 * @example
 * outcome(bookBowl, runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" })); // { kind: "converged", step: 29 }
 */
export function outcome(landscape: Landscape, run: Pick<Trajectory, "points" | "losses" | "diverged">): Outcome {
  const steps = run.points.length - 1;
  if (!landscape.minimum) {
    const k = run.losses.findIndex((f) => f < ESCAPE_BELOW);
    if (k >= 0) return { kind: "escaped", step: k };
  }
  const blewUp = divergedAt(landscape, run);
  if (blewUp !== undefined) return { kind: "diverged", step: blewUp };
  const target = nearestMinimum(landscape, run.points[steps]);
  if (target) {
    const from = firstStepBelow(run.losses, target.value);
    if (from >= 0) return { kind: target.kind === "local minimum" ? "local" : "converged", step: from };
  }
  // Neither diverged nor converged: the explorer's word for it.
  const kind = runStatus(landscape, run).kind;
  return { kind: kind === "stalled" || kind === "oscillating" ? kind : "moving", f: run.losses[steps] };
}

/** The outcome in a few words ("29", "diverges at 26", "stalls (f = 0.53)"). */
export function outcomeText(o: Outcome): string {
  switch (o.kind) {
    case "converged":
      return t("cmp.outcome.converged", { step: o.step });
    case "local":
      return t("cmp.outcome.local", { step: o.step });
    case "escaped":
      return t("cmp.outcome.escaped", { step: o.step });
    case "diverged":
      return t("cmp.outcome.diverged", { step: o.step });
    default:
      return t(`cmp.outcome.${o.kind}`, { f: formatNumber(o.f) });
  }
}

/** One row of the table: a landscape and each optimizer's outcome. */
export interface TableRow {
  landscape: string;
  cells: { name: OptimizerName; outcome: Outcome; text: string }[];
}

/**
 * The chapter's table: every optimizer on every landscape for `steps` updates (book forms,
 * book settings), as the grid would run it.
 */
export function comparisonTable(landscapes: readonly string[], steps = 500): TableRow[] {
  return landscapes.map((id) => {
    const landscape = landscapeById(id);
    return {
      landscape: id,
      cells: computeComparison(id, steps).map((r) => {
        const o = outcome(landscape, r.run);
        return { name: r.settings.optimizer, outcome: o, text: outcomeText(o) };
      }),
    };
  });
}

/** The text alternative of the whole grid. */
export function comparisonSummary(results: readonly ExplorerResult[]): string {
  const first = results[0];
  const steps = first.settings.steps;
  return t("cmp.summary", {
    landscape: t(`opt.landscape.${first.landscape.id}` as "opt.landscape.book"),
    steps,
    results: joinSentences(
      results.map((r) => t("cmp.summary.one", { name: r.settings.optimizer, status: statusText(r).message })),
    ),
  });
}

/** The component's props, checked. */
export interface ComparisonConfig {
  landscape: string;
  steps: number;
}

/**
 * Checks the props of OptimizerComparison.astro.
 *
 * @example
 * parseComparisonConfig({}); // { landscape: "book", steps: 30 }
 */
export function parseComparisonConfig(raw: unknown): ComparisonConfig {
  const r = (raw ?? {}) as Record<string, unknown>;
  const landscape = String(r.landscape ?? "book");
  landscapeById(landscape);
  const steps = Number(r.steps ?? 30);
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS)
    throw new Error(`steps must be a whole number from 1 to ${MAX_STEPS}, got ${String(r.steps)}`);
  return { landscape, steps };
}
