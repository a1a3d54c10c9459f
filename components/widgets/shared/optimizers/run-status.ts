/**
 * What a computed trajectory did, in one word for the status line beside the controls:
 *
 *   diverged     the run blew up: runOptimizer stopped it (a coordinate beyond 1e8), or its
 *                height above the minimum grew past 1000 × where it started (divergedAt):
 *                "diverged at step N"
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
  | { kind: "moving" };

/** f − f* above this many times its starting value (or 1, if that is smaller) is a blow-up. */
export const DIVERGENCE_GROWTH = 1000;

/**
 * The step at which a run diverged, or undefined. The one place the explorer decides it
 * (the core's shared divergence rule replaces the growth test when it lands): the core's
 * runOptimizer stops a run whose coordinates pass 1e8, but a run can fly far out of the
 * bowl and wander there without ever reaching that (Adam with β₂ = 0 and a tiny ε: f from
 * 6.45 to 3 × 10⁴ by step 11). So it also counts as diverged once its height above the
 * landscape's lowest point, f_k − f*, exceeds 1000 × max(f_0 − f*, 1).
 *
 * @example
 * divergedAt(bookBowl, { losses: [6.45, 20, 3.4e4], diverged: false, points }); // 2
 */
export function divergedAt(landscape: Landscape, run: { points: readonly Point[]; losses: readonly number[]; diverged: boolean }): number | undefined {
  // runOptimizer records points[0..k−1] and stops at the step k that blew up.
  if (run.diverged) return run.points.length;
  const floor = landscape.minimum?.value;
  if (floor === undefined) return undefined;
  const limit = DIVERGENCE_GROWTH * Math.max(run.losses[0] - floor, 1);
  const k = run.losses.findIndex((f) => f - floor > limit);
  return k < 0 ? undefined : k;
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
    let pairs = 0, flips = 0;
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
  run: { points: readonly Point[]; losses: readonly number[]; diverged: boolean; states?: readonly Record<string, Point>[] },
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
    const first = length(1), lastStep = length(points.length - 1);
    const sizes = run.states?.map((s) => s.effectiveLr);
    const firstSize = sizes?.[1], lastSize = sizes?.[points.length - 1];
    const shrunk = firstSize && lastSize && [0, 1].some((i) => lastSize[i] < STEP_SIZE_RATIO * firstSize[i]);
    if (first > 0 && lastStep < STALL_RATIO * first && shrunk) return { kind: "stalled", lastStep };
  }
  return { kind: "moving" };
}
