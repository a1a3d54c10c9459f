/**
 * Dataset: the shape every kobai data set shares.
 *
 *   X ∈ ℝ^{N×D}  (one row per sample, one column per feature),  y ∈ {0, …, K−1}^N
 *
 * A classification data set is a feature matrix `x` and one class index per row in `y`,
 * plus names for the features and the classes so a chart can label its axes and legend.
 */
import { Tensor } from "../tensor";

/**
 * A labelled data set: N samples of D features and their classes.
 *
 * @example
 * const data: Dataset = datasets.iris();
 * data.x.shape;     // [150, 4]
 * data.classes;     // 3
 * data.classNames;  // ["setosa", "versicolor", "virginica"]
 */
export interface Dataset {
  /** Features, N × D. */
  x: Tensor;
  /** Class index of each row, 0 … classes − 1. */
  y: number[];
  /** Number of classes K. */
  classes: number;
  /** A name per column of x, e.g. ["x₁", "x₂"] or ["sepal length (cm)", …]. */
  featureNames: string[];
  /** A name per class, e.g. ["setosa", "versicolor", "virginica"]. */
  classNames: string[];
}

/**
 * Builds a Dataset from rows of features and their labels (checking they agree).
 *
 * @example
 * const d = labelled([[0, 0], [1, 1]], [0, 1], ["x₁", "x₂"], ["0", "1"]);
 * d.x.shape; // [2, 2]
 */
export function labelled(
  rows: readonly (readonly number[])[],
  y: readonly number[],
  featureNames: string[],
  classNames: string[],
): Dataset {
  if (rows.length !== y.length) throw new Error(`dataset: ${rows.length} rows but ${y.length} labels`);
  return { x: Tensor.from(rows), y: [...y], classes: classNames.length, featureNames, classNames };
}

/** Checks that an option is an integer ≥ min; names the option otherwise. */
export function checkCount(where: string, name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${where}: ${name} must be an integer ≥ ${min}, got ${value}`);
}

/** Checks that an option is a finite number ≥ 0; names the option otherwise. */
export function checkNonNegative(where: string, name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${where}: ${name} must be a finite number ≥ 0, got ${value}`);
}

/** Throws if `options` has a key not in `known` (a typo like `{ nosie: 0.1 }` should not pass silently). */
export function checkOptionNames(where: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new Error(`${where}: unknown option "${key}" (known: ${known.join(", ")})`);
  }
}
