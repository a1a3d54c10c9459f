/**
 * Why choosing on the test data cheats (『ゼロから作る』 6.5.1), as a simulation the page
 * runs in a millisecond:
 *
 *   K models, every one right with the same probability q = 0.9 on any digit
 *   score each on the same n test digits      →  sᵢ = (1/n) Σ [model i right on digit j]
 *   pick  i* = argmaxᵢ sᵢ                       →  s_{i*} is the "test accuracy" we would report
 *   score model i* on 10,000 fresh digits      →  ≈ q: what it really does
 *
 * The models are equally good, so every difference between the sᵢ is luck; the maximum of
 * K lucky draws is above q, and the more models we compare (or the fewer digits we use) the
 * more it overstates. Choosing on validation data has the same bias, which is why the test
 * data is kept for one final, unbiased measurement.
 */
import { createRng } from "kobai";
import * as Plot from "@observablehq/plot";
import { makeFigure, resolveDocument, type ChartBase, type ChartResult } from "../../../src/plot";
import { baseOptions } from "../../../src/plot/theme";

/** Settings of the simulation. */
export interface BiasOptions {
  /** How many models are compared (K). */
  models: number;
  /** Test digits each is scored on (n). */
  testSize: number;
  /** The accuracy every model really has (default 0.9). */
  trueAccuracy?: number;
  /** Fresh digits the chosen model is scored on afterwards (default 10,000). */
  fresh?: number;
  seed?: number;
}

/** What the simulation found. */
export interface BiasResult {
  /** Each model's accuracy on the n test digits. */
  scores: number[];
  /** Index of the best model on them. */
  best: number;
  bestScore: number;
  /** The chosen model on fresh digits. */
  freshScore: number;
}

/** The fraction of `n` digits a model with accuracy q gets right (one Bernoulli draw per digit). */
function score(n: number, q: number, rng: { uniform(): number }): number {
  let right = 0;
  for (let j = 0; j < n; j++) if (rng.uniform() < q) right++;
  return right / n;
}

/**
 * @example
 * const r = selectionBias({ models: 50, testSize: 100 });
 * r.bestScore; // well above 0.9
 * r.freshScore; // about 0.9
 */
export function selectionBias(options: BiasOptions): BiasResult {
  const { models, testSize, trueAccuracy: q = 0.9, fresh = 10_000, seed = 0 } = options;
  if (!Number.isInteger(models) || models < 1)
    throw new Error(`selectionBias: models must be a positive integer, got ${models}`);
  if (!Number.isInteger(testSize) || testSize < 1)
    throw new Error(`selectionBias: testSize must be a positive integer, got ${testSize}`);
  if (!(q >= 0 && q <= 1)) throw new Error(`selectionBias: trueAccuracy must be in [0, 1], got ${q}`);
  const rng = createRng(seed);
  const scores = Array.from({ length: models }, () => score(testSize, q, rng));
  let best = 0;
  for (let i = 1; i < models; i++) if (scores[i] > scores[best]) best = i;
  // The fresh digits are new draws: the chosen model's luck on the test digits does not carry over.
  return { scores, best, bestScore: scores[best], freshScore: score(fresh, q, createRng(seed + 1)) };
}

/** Labels for the chart (translated by the caller). */
export interface BiasLabels {
  title: string;
  axis: string;
  count: string;
  caption: string;
}

/**
 * A strip of every model's test score (the best ringed), with rules at the true accuracy
 * and at the chosen model's fresh score.
 */
export function biasChart(
  result: BiasResult,
  labels: BiasLabels,
  options: ChartBase & { trueAccuracy?: number } = {},
): ChartResult {
  const doc = resolveDocument(options.document);
  const width = options.width ?? 640;
  const q = options.trueAccuracy ?? 0.9;
  const lo = Math.min(q - 0.1, ...result.scores),
    hi = Math.max(q + 0.1, ...result.scores);
  const svg = Plot.plot({
    ...baseOptions(width, options.height ?? 170, doc),
    x: { domain: [Math.max(0, lo - 0.01), Math.min(1, hi + 0.01)], label: labels.axis, tickFormat: "%" },
    y: { axis: null },
    marks: [
      Plot.dotX(result.scores, Plot.dodgeY({ x: (d: number) => d, r: 3, fill: "currentColor", fillOpacity: 0.5 })),
      Plot.ruleX([q], { stroke: "currentColor", strokeDasharray: "4 3" }),
      Plot.ruleX([result.bestScore], { stroke: "var(--danger, #b42318)", strokeWidth: 2 }),
      Plot.ruleX([result.freshScore], { stroke: "var(--accent, #0a6a65)", strokeWidth: 2 }),
    ],
  }) as SVGSVGElement;
  return makeFigure(doc, svg, { kind: "selection-bias", title: labels.title, captionParts: [labels.caption] });
}
