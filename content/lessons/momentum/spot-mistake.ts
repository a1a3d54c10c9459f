/**
 * "Spot the mistake": Momentum written without a velocity,
 *
 *   wrong:  w ← γw − η∇            right:  v ← γv − η∇,  w ← w + v
 *
 * The wrong line shrinks the weights by γ at every step: it is SGD with weight decay,
 * w ← w − η(∇ + λw) with ηλ = 1 − γ. On the book's bowl, whose minimum is the origin, that
 * hides (shrinking toward 0 is shrinking toward the minimum); on the same bowl moved to
 * (6, 2) it stops at the penalised minimum of the weight-decay chapter. Computed once for
 * the page's chart and for claims.test.ts.
 */
import { bookBowl, runOptimizer, Momentum, SGD, type Landscape, type Point } from "kobai";
import { penalisedMinimum, shiftedBowl } from "../../../components/widgets/weight-decay/penalty";

export const SPOT = { lr: 0.1, gamma: 0.9, steps: 200, start: [-1, -2] as Point } as const;

/** The rule as it is sometimes written: w ← γw − η∇, no velocity at all. */
export function noVelocityPath(landscape: Landscape, start: Point, steps = SPOT.steps): Point[] {
  const points: Point[] = [start];
  for (let k = 0; k < steps; k++) {
    const [x, y] = points[k];
    const [gx, gy] = landscape.gradient(x, y);
    points.push([SPOT.gamma * x - SPOT.lr * gx, SPOT.gamma * y - SPOT.lr * gy]);
  }
  return points;
}

export function spotTheMistake() {
  const { lr, gamma, steps, start } = SPOT;
  const right = runOptimizer(shiftedBowl, Momentum, { lr, momentum: gamma }, { steps, start });
  const wrong = noVelocityPath(shiftedBowl, start);
  /** The same wrong path from the core: SGD with weightDecay λ = (1 − γ)/η. */
  const lambda = (1 - gamma) / lr;
  const asWeightDecay = runOptimizer(shiftedBowl, SGD, { lr, weightDecay: lambda }, { steps, start });
  const onBookBowl = {
    right: runOptimizer(bookBowl, Momentum, { lr, momentum: gamma }, { steps }),
    wrong: noVelocityPath(bookBowl, bookBowl.start),
  };
  const chart = {
    f: shiftedBowl.value,
    fnLabel: shiftedBowl.name,
    x: [-2, 8] as Point,
    y: [-2.5, 5.2] as Point,
    minimum: shiftedBowl.minimum!.point,
    grid: 80,
    paths: [
      { name: "Momentum: v ← γv − η∇, w ← w + v", points: right.points },
      { name: "the mistake: w ← γw − η∇", points: wrong },
    ],
  };
  return { right, wrong, asWeightDecay, lambda, penalised: penalisedMinimum(lambda), onBookBowl, chart };
}
