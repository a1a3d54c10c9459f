/**
 * Landscape: a loss surface over two parameters, f(x, y), with its analytic gradient.
 *
 *   ∇f(x, y) = (∂f/∂x, ∂f/∂y)
 *
 * The optimizer lessons let the reader watch each rule walk downhill on a few of these:
 * the book's elongated bowl (『ゼロから作るDeep Learning』 6.1.3, f = x²/20 + y²), Rosenbrock's
 * curved valley, a saddle, a rotated bowl and a pair of wells. Each carries what a widget
 * needs to draw it: a view box, a default start and its known minimum and other critical
 * points (∇f = 0). The gradients are checked against PyTorch's autograd in the tests.
 */

/** A point (x, y). @example const start: Point = [-7, 2]; bookBowl.value(...start) // 6.45 */
export type Point = [x: number, y: number];

/** A point where ∇f = 0, and what kind it is. @example saddle.criticalPoints[0].kind // "saddle" */
export interface CriticalPoint {
  point: Point;
  value: number;
  kind: "global minimum" | "local minimum" | "saddle";
}

/**
 * A 2-D test function for optimizers.
 *
 * @example
 * const bowl: Landscape = bookBowl;
 * bowl.value(-7, 2);      // 6.45
 * bowl.gradient(-7, 2);   // [-0.7, 4]
 * bowl.minimum?.point;    // [0, 0]
 */
export interface Landscape {
  /** A stable identifier, e.g. "book"; UIs translate their labels by it. */
  readonly id: string;
  /** A short English name, e.g. "Rosenbrock's valley". */
  readonly name: string;
  /** The formula as KaTeX source. */
  readonly tex: string;
  /** f(x, y). */
  value(x: number, y: number): number;
  /** ∇f(x, y), computed analytically. */
  gradient(x: number, y: number): Point;
  /** The region worth drawing. */
  readonly view: { x: [min: number, max: number]; y: [min: number, max: number] };
  /** Where the lessons start the optimizers. */
  readonly start: Point;
  /** The global minimum, or null when f is unbounded below (the saddle). */
  readonly minimum: CriticalPoint | null;
  /** Every critical point inside the view (minima and saddles). */
  readonly criticalPoints: readonly CriticalPoint[];
}
