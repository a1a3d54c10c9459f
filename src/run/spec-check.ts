/**
 * Small checks for specs that arrive as JSON (from a link, a preset, a message): each
 * failure names the field by its path, e.g. `spec.model[3].linear`, and shows the value.
 */

/** Throws `"<path>: <message>, got <value>"`. */
export function fail(path: string, message: string, value: unknown): never {
  throw new Error(`${path}: ${message}, got ${show(value)}`);
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? text.slice(0, 77) + "…" : text;
  } catch {
    return String(value);
  }
}

/** True for a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Rejects unknown keys, so a typo like `{ epoch: 3 }` does not pass silently. */
export function checkKeys(path: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new Error(`${path}: unknown field "${key}" (known: ${known.join(", ")})`);
  }
}

/** An integer in [min, max]. */
export function checkInteger(path: string, value: unknown, min: number, max: number): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `must be an integer in [${min}, ${max === Infinity ? "∞" : max}]`, value);
  }
}

/** A finite number in [min, max] (or [min, max) when `openMax`). */
export function checkNumber(
  path: string,
  value: unknown,
  min: number,
  max: number,
  openMax = false,
): asserts value is number {
  const tooBig = openMax ? (value as number) >= max : (value as number) > max;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || tooBig) {
    fail(path, `must be a number in [${min}, ${max === Infinity ? "∞" : max}${openMax ? ")" : "]"}`, value);
  }
}
