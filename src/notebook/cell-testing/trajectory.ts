/**
 * `checkTrajectory(yours, kobais, name)`: the verdict of an optimizer's "your turn" cell.
 *
 * The reader writes one optimizer step for a point (x, y); the cell runs it from the
 * chapter's start and hands both paths here:
 *
 *   const kobais = runOptimizer(bookBowl, Momentum, { lr: eta, momentum: mu }, { steps: 30 }).points;
 *   checkTrajectory(yours, kobais, "Momentum");
 *
 * Point k of each path is the position after k steps (point 0 is the shared start). The
 * check walks the steps in order and reports the first step and coordinate that differ, as
 * `check` would for those two numbers, because that is where the reader's rule went wrong;
 * a later difference only repeats it. Coordinates compare with `check`'s rule
 * |yours − kobai's| ≤ atol + rtol·|kobai's|, here with rtol = atol = 1e-9: the same rule in
 * the same order of operations agrees to the last few bits, and a slip (a missing square
 * root, a β in the wrong place) is off by far more.
 */
import { t } from "../../i18n";
import { evaluateCheck, type CheckOptions, type Verdict } from "../check";

/** A position of the parameters, e.g. the point [x, y] of a 2-D landscape. */
export type TrajectoryPoint = ArrayLike<number>;

const AXES = ["x", "y", "z"];

/** "x", "y", "z" for the first three coordinates (the lessons' names), "[3]" and on after. */
const axisName = (i: number, dimensions: number) => (dimensions <= AXES.length ? AXES[i] : `[${i}]`);

/**
 * Compares the reader's path with kobai's, step by step.
 *
 * @example
 * evaluateTrajectory([[0, 0], [1, 2]], [[0, 0], [1, 2]], "SGD").label;  // "all 1 steps equal kobai's SGD"
 * evaluateTrajectory([[0, 0], [1, 3]], [[0, 0], [1, 2]], "SGD").label;  // "step 1, y: yours should equal kobai's"
 */
export function evaluateTrajectory(
  yours: readonly TrajectoryPoint[],
  kobais: readonly TrajectoryPoint[],
  name: string,
  { rtol = 1e-9, atol = 1e-9 }: CheckOptions = {},
): Verdict {
  const steps = kobais.length - 1;
  for (let k = 1; k <= steps; k++) {
    const expected = kobais[k];
    for (let i = 0; i < expected.length; i++) {
      const label = t("cell.trajectory.step", { step: k, axis: axisName(i, expected.length) });
      const verdict = evaluateCheck(label, yours[k]?.[i], expected[i], { rtol, atol });
      if (!verdict.ok) return verdict;
    }
  }
  if (yours.length > kobais.length) {
    return {
      ok: false,
      label: t("cell.trajectory.length", { name }),
      detail: t("cell.check.mismatch", { expected: kobais.length, actual: yours.length }),
    };
  }
  return { ok: true, label: t("cell.trajectory.pass", { steps, name }), detail: "" };
}
