/**
 * What a computed trajectory did, in one word for the status line beside the controls:
 *
 *   diverged     the run blew up: runOptimizer stopped it by the core's one divergence
 *                rule (isDiverged: f not finite, or past 10⁴ × its start): "diverged at step N"
 *   converged    f − f* < 10⁻³ at the end, where f* is the value of the minimum nearest to
 *                the last point (the global one or a local one), and it stayed below from
 *                step K on: "converged: f − f* < 0.001 from step K"
 *   oscillating  not converged, and the last steps keep reversing direction along an axis
 *                (the zig-zag of 図6-3, or momentum swinging around the minimum)
 *   stalled      not converged, the steps have shrunk to under 5 % of the first step's
 *                length, and the optimizer's own per-axis step size (η/(√h + ε)) has fallen
 *                to under a quarter of its first value on some axis: AdaGrad's ever-growing
 *                h. (Plain SGD slowing down near a minimum is "moving", not stalled: its
 *                step size is η throughout.)
 *   rising       none of these, and f ends higher than it started: moving away from the
 *                minimum, though not (yet) past the divergence rule
 *   moving       none of these: still on its way after N steps
 *
 * The tolerance 10⁻³ is the one the chapters quote ("needs N steps to reach f < 0.001").
 */
import type { CriticalPoint, Landscape, Point } from "kobai";

/** f − f* below this counts as converged. */
export const CONVERGED_TOLERANCE = 1e-3;
/** How many of the last steps the oscillation test looks at. */
const OSCILLATION_WINDOW = 10;
/** Steps shorter than this fraction of the first step mean the run has stalled… */
const STALL_RATIO = 0.05;
/** …if the optimizer's per-axis step size has also shrunk below this fraction of its first value. */
const STEP_SIZE_RATIO = 0.25;

export type RunStatus =
  | { kind: "diverged"; step: number }
  | { kind: "converged"; from: number; target: CriticalPoint }
  | { kind: "oscillating"; axis: "x" | "y" }
  | { kind: "stalled"; lastStep: number }
  | { kind: "rising" }
  | { kind: "moving" };

/**
 * The step at which a run diverged, or undefined: the step at which runOptimizer stopped it
 * by the core's divergence rule (Adam with β₂ = 0 and a tiny ε on the book's bowl flies out
 * of it and is stopped once f passes 10⁴ × 6.45).
 *
 * @example
 * divergedAt(bookBowl, runOptimizer(bookBowl, SGD, { lr: 1.05 }, { steps: 100 })); // 51
 */
export function divergedAt(
  _landscape: Landscape,
  run: { points: readonly Point[]; losses: readonly number[]; diverged: boolean },
): number | undefined {
  // One rule for every loop (the core's isDiverged): runOptimizer records points[0..k−1]
  // and stops at the step k that blew up.
  return run.diverged ? run.points.length : undefined;
}

/** The minimum (global or local) nearest to `p`, or undefined when the landscape has none. */
export function nearestMinimum(landscape: Landscape, p: Point): CriticalPoint | undefined {
  let best: CriticalPoint | undefined;
  let bestDistance = Infinity;
  for (const c of landscape.criticalPoints) {
    if (c.kind === "saddle") continue;
    const d = Math.hypot(c.point[0] - p[0], c.point[1] - p[1]);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/**
 * The first step K from which f_k − target < tol for every k ≥ K, or −1 if the run does
 * not end below tol.
 *
 * @example
 * firstStepBelow([5, 0.1, 0.0001, 0.002, 0.0005], 0); // 4 (it rose above 0.001 at step 3)
 */
export function firstStepBelow(losses: readonly number[], target: number, tol = CONVERGED_TOLERANCE): number {
  let k = losses.length;
  while (k > 0 && losses[k - 1] - target < tol) k--;
  return k === losses.length ? -1 : k;
}

/**
 * The axis along which the last steps keep reversing (at least 70 % of consecutive step
 * pairs flip sign, over at least 3 pairs), or undefined.
 */
export function oscillatingAxis(points: readonly Point[]): "x" | "y" | undefined {
  const tail = points.slice(-(OSCILLATION_WINDOW + 1));
  for (const axis of [1, 0] as const) {
    const deltas = tail.slice(1).map((p, i) => p[axis] - tail[i][axis]);
    let pairs = 0,
      flips = 0;
    for (let i = 1; i < deltas.length; i++) {
      if (Math.abs(deltas[i]) < 1e-12 || Math.abs(deltas[i - 1]) < 1e-12) continue;
      pairs++;
      if (Math.sign(deltas[i]) !== Math.sign(deltas[i - 1])) flips++;
    }
    if (pairs >= 3 && flips >= 0.7 * pairs) return axis === 0 ? "x" : "y";
  }
  return undefined;
}

/**
 * Classifies a run (see the file comment).
 *
 * @example
 * runStatus(bookBowl, runOptimizer(bookBowl, SGD, { lr: 1.5 }, { steps: 500 })); // { kind: "diverged", step: … }
 */
export function runStatus(
  landscape: Landscape,
  run: {
    points: readonly Point[];
    losses: readonly number[];
    diverged: boolean;
    states?: readonly Record<string, Point>[];
  },
): RunStatus {
  const { points, losses } = run;
  const blewUp = divergedAt(landscape, run);
  if (blewUp !== undefined) return { kind: "diverged", step: blewUp };
  const last = points[points.length - 1];
  const target = nearestMinimum(landscape, last);
  if (target) {
    const from = firstStepBelow(losses, target.value);
    if (from >= 0) return { kind: "converged", from, target };
  }
  const axis = oscillatingAxis(points);
  if (axis) return { kind: "oscillating", axis };
  if (points.length >= 3) {
    const length = (k: number) => Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]);
    const first = length(1),
      lastStep = length(points.length - 1);
    const sizes = run.states?.map((s) => s.effectiveLr);
    const firstSize = sizes?.[1],
      lastSize = sizes?.[points.length - 1];
    const shrunk = firstSize && lastSize && [0, 1].some((i) => lastSize[i] < STEP_SIZE_RATIO * firstSize[i]);
    if (first > 0 && lastStep < STALL_RATIO * first && shrunk) return { kind: "stalled", lastStep };
  }
  if (losses[losses.length - 1] > losses[0]) return { kind: "rising" };
  return { kind: "moving" };
}
