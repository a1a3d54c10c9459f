/**
 * Checks shared by layers and losses: option names, option ranges and the shape of ∂L/∂y.
 *
 *   new Linear(2, 3, { inti: "he" })   →   Error: Linear: unknown option "inti" (known: init, std, rng)
 *   relu.backward(dout)                →   dout must have the shape of the last output y
 *
 * A misspelt option would otherwise be ignored silently and the reader would wonder why
 * nothing changed; a dout of the wrong shape would give a wrong gradient, not an error.
 */
import { shapeOf, type Tensor } from "../tensor";

/**
 * Throws if `options` holds a name that is not in `known`, naming the owner and the names it knows.
 *
 * @example
 * checkOptionNames("Dropout", { inverted: false }, ["rng", "inverted"]); // fine
 * checkOptionNames("Dropout", { invert: false }, ["rng", "inverted"]);   // throws
 */
export function checkOptionNames(owner: string, options: object | undefined, known: readonly string[]): void {
  if (options === undefined || options === null) return;
  if (typeof options !== "object")
    throw new Error(`${owner}: options must be an object like { ${known[0]}: … }, got ${String(options)}`);
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) throw new Error(`${owner}: unknown option "${name}" (known: ${known.join(", ")})`);
  }
}

/**
 * Throws unless `value` is a finite number in [min, max] (or [min, max) when `maxOpen`), naming the option.
 *
 * @example
 * checkNumberOption("Dropout", "p", 0.5, 0, 1); // fine
 * checkNumberOption("Dropout", "p", 1.5, 0, 1); // throws: Dropout: p must be in [0, 1], got 1.5
 */
export function checkNumberOption(
  owner: string,
  name: string,
  value: unknown,
  min = -Infinity,
  max = Infinity,
  maxOpen = false,
): number {
  const inRange =
    typeof value === "number" && Number.isFinite(value) && value >= min && (maxOpen ? value < max : value <= max);
  if (!inRange) {
    const range =
      max === Infinity
        ? min === -Infinity
          ? "a finite number"
          : `a number ≥ ${min}`
        : `in [${min}, ${max}${maxOpen ? ")" : "]"}`;
    throw new Error(`${owner}: ${name} must be ${range}, got ${String(value)}`);
  }
  return value as number;
}

/**
 * The tensor a layer saved in forward, or an error if backward came first.
 *
 * @example
 * const y = savedForBackward("ReLU", this.y);
 */
export function savedForBackward<T>(owner: string, saved: T | null): T {
  if (saved === null) throw new Error(`${owner}: backward called before forward`);
  return saved;
}

/**
 * Throws unless ∂L/∂y has the shape of the forward output y, naming both shapes.
 *
 * @example
 * checkDoutShape("Sigmoid", dout, this.y);
 */
export function checkDoutShape(owner: string, dout: Tensor, like: { rows: number; cols: number }): void {
  if (dout.rows !== like.rows || dout.cols !== like.cols) {
    throw new Error(
      `${owner}: dout has shape ${shapeOf(dout)}, expected [${like.rows}, ${like.cols}] (the shape of the last output)`,
    );
  }
}
