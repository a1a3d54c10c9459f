/**
 * 2-D landscapes for watching optimizers, and `runOptimizer` to walk them.
 */
import type { Landscape } from "./landscape";
import { bookBowl } from "./book-bowl";
import { rosenbrock } from "./rosenbrock";
import { saddle } from "./saddle";
import { tiltedBowl } from "./tilted-bowl";
import { twoWells } from "./wells";

export type { Landscape, CriticalPoint, Point } from "./landscape";
export { bookBowl } from "./book-bowl";
export { rosenbrock, makeRosenbrock } from "./rosenbrock";
export { saddle } from "./saddle";
export { tiltedBowl, makeTiltedBowl } from "./tilted-bowl";
export { twoWells } from "./wells";
export {
  runOptimizer,
  runRule,
  type RunOptions,
  type Trajectory,
  type OptimizerClass,
  type OptimizerFactory,
  type UpdateRule,
} from "./run";

/**
 * Every landscape, in the order the lessons use them.
 *
 * @example
 * landscapes.map((l) => l.id); // ["book", "rosenbrock", "saddle", "tilted", "wells"]
 */
export const landscapes: readonly Landscape[] = [bookBowl, rosenbrock, saddle, tiltedBowl, twoWells];
