/**
 * What a code cell can call besides its imports (provided by src/notebook/runtime.ts).
 * Declared globally so the cells' starting code (`content/lessons/<slug>/cell-*.ts`) is
 * type-checked like any other TypeScript.
 */

/** Shows a value under the cell: tensors, number arrays and Parameters as tables, anything else as text. */
declare function show(value: unknown, label?: string): void;

/** Draws an Observable Plot chart under the cell, e.g. `plot({ marks: [Plot.lineY([3, 1, 2])] })`. */
declare function plot(options: import("@observablehq/plot").PlotOptions): void;

/** Shows a progress bar with the time left; `fraction` is in [0, 1]. */
declare function progress(fraction: number, label?: string): void;

/**
 * Prints a ✓/✗ verdict for an exercise and returns whether it passed. With `expected`,
 * numbers, arrays and tensors are compared elementwise (|a − e| ≤ atol + rtol·|e|);
 * without it, `actual` is the condition.
 */
declare function check(
  label: string,
  actual: unknown,
  expected?: unknown,
  options?: { rtol?: number; atol?: number },
): boolean;

/**
 * Prints the ✓/✗ verdict of an optimizer exercise: compares your path with kobai's point by
 * point (point k = after k steps) and names the first step and coordinate that differ, or
 * says that all steps equal kobai's `name`. Tolerance: |yours − kobai's| ≤ 1e-9·(1 + |kobai's|).
 */
declare function checkTrajectory(
  yours: readonly ArrayLike<number>[],
  kobais: readonly ArrayLike<number>[],
  name: string,
  options?: { rtol?: number; atol?: number },
): boolean;

/** Observable Plot, for building marks: `Plot.lineY(data, { x: "step", y: "loss" })`. */
declare const Plot: typeof import("@observablehq/plot");
