/**
 * Checking an optimizer's options and parameters, so the rules themselves (sgd.ts …
 * adamw.ts) stay a few lines each. Every bad value throws an Error that names the optimizer
 * and the option: `Adam: option "beta2" must be a number in [0, 1), got 1.5`.
 *
 * The valid range of each option name is written once, here; the registry (registry.ts)
 * publishes the same ranges for widgets and run specs.
 */
import { Parameter } from "../parameter";

/** The values an option may take: a number in [min, max] (max excluded when `maxExclusive`), or one of `values`. @example const beta: OptionRange = { kind: "number", min: 0, max: 1, maxExclusive: true }; */
export type OptionRange =
  { kind: "number"; min: number; max: number; maxExclusive?: boolean } | { kind: "choice"; values: readonly string[] };

/** The valid range of every option name an optimizer in kobai knows. */
export const OPTION_RANGES: Readonly<Record<string, OptionRange>> = {
  lr: { kind: "number", min: 0, max: Infinity },
  weightDecay: { kind: "number", min: 0, max: Infinity },
  eps: { kind: "number", min: 0, max: Infinity },
  momentum: { kind: "number", min: 0, max: 1, maxExclusive: true },
  alpha: { kind: "number", min: 0, max: 1, maxExclusive: true },
  beta1: { kind: "number", min: 0, max: 1, maxExclusive: true },
  beta2: { kind: "number", min: 0, max: 1, maxExclusive: true },
  form: { kind: "choice", values: ["pytorch", "book"] },
};

/** Why `value` is outside `range` (a phrase), or null when it is fine. */
function problemWith(range: OptionRange, value: unknown): string | null {
  if (range.kind === "choice")
    return range.values.includes(value as string) ? null : `must be ${range.values.map((v) => `"${v}"`).join(" or ")}`;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= range.min &&
    (range.maxExclusive ? value < range.max : value <= range.max);
  if (ok) return null;
  return range.max === Infinity
    ? `must be a finite number ≥ ${range.min}`
    : `must be a number in [${range.min}, ${range.max}${range.maxExclusive ? ")" : "]"}`;
}

/**
 * The given options with every name known and every value in range; an option passed as
 * undefined is dropped (it means "the default", as in a destructured default).
 *
 * @example
 * validatedOptions("SGD", { lr: 0.1 }, ["lr", "weightDecay", "form"]); // { lr: 0.1 }
 */
export function validatedOptions<O extends object>(label: string, options: O, known: readonly string[]): Partial<O> {
  if (typeof options !== "object" || options === null)
    throw new Error(`${label}: options must be an object, got ${String(options)}`);
  for (const [name, value] of Object.entries(options)) {
    if (!known.includes(name))
      throw new Error(`${label}: unknown option "${name}" (known options: ${known.join(", ")})`);
    if (value === undefined) continue;
    const problem = OPTION_RANGES[name] && problemWith(OPTION_RANGES[name], value);
    if (problem) throw new Error(`${label}: option "${name}" ${problem}, got ${String(value)}`);
  }
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<O>;
}

/** A frozen copy of the parameter list, once it is a non-empty array of distinct Parameters. */
export function checkedParams(label: string, params: readonly Parameter[]): readonly Parameter[] {
  if (!Array.isArray(params)) throw new Error(`${label}: params must be an array of Parameters, got ${String(params)}`);
  if (params.length === 0) throw new Error(`${label}: got an empty parameter list (nothing to optimize)`);
  params.forEach((p, i) => {
    if (!(p instanceof Parameter))
      throw new Error(`${label}: params[${i}] is not a Parameter (use new Parameter(tensor))`);
  });
  if (new Set(params).size !== params.length) {
    throw new Error(`${label}: a parameter appears twice in the list; it would be updated twice per step`);
  }
  return Object.freeze([...params]);
}
