/**
 * A widget's settings in the URL, so a link reproduces exactly what the reader sees:
 *
 *   /lessons/sgd/?w.sgd-bowl.lr=0.95&w.sgd-bowl.steps=30
 *
 * One query parameter per setting, `w.<widgetId>.<key>`, written only when it differs
 * from the default. Reading validates every value against a schema; a bad one falls back
 * to the default with a message the widget shows in its status line. Writing uses
 * `history.replaceState`, debounced, so dragging a slider does not flood the history.
 */
import { t } from "../i18n";

export type FieldSpec =
  | { type: "number"; default: number; min?: number; max?: number; integer?: boolean }
  | { type: "enum"; default: string; options: readonly string[] }
  | { type: "boolean"; default: boolean }
  | { type: "string"; default: string; pattern?: RegExp; maxLength?: number };

export type Schema = Record<string, FieldSpec>;

/** The values a schema describes: numbers, strings and booleans by key. */
export type StateValues<S extends Schema> = {
  [K in keyof S]: S[K] extends { type: "number" } ? number : S[K] extends { type: "boolean" } ? boolean : string;
};

export interface UrlProblem {
  key: string;
  raw: string;
  /** A sentence for the reader, e.g. "lr: “abc” is not a number, so 0.01 is used." */
  message: string;
}

/** A widget id: it names URL parameters (`w.<id>.lr`) and element ids, so letters, digits, "-" and "_" only. */
export const WIDGET_ID = /^[A-Za-z0-9_-]+$/;

function checkId(widgetId: string): void {
  if (!WIDGET_ID.test(widgetId))
    throw new Error(`url-state: widget id must be letters, digits, "-" or "_", got "${widgetId}"`);
}

/** The query parameter name of one setting: `w.<widgetId>.<key>`. */
export function paramName(widgetId: string, key: string): string {
  return `w.${widgetId}.${key}`;
}

/** The defaults of a schema. */
export function defaults<S extends Schema>(schema: S): StateValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
  return out as StateValues<S>;
}

function encode(spec: FieldSpec, value: unknown): string {
  if (spec.type === "boolean") return value ? "1" : "0";
  return String(value);
}

/** Reads one raw string against its spec: the value, or a problem message. */
export function parseField(
  key: string,
  spec: FieldSpec,
  raw: string,
): { value: number | string | boolean } | { problem: string } {
  const fallback = encode(spec, spec.default);
  switch (spec.type) {
    case "number": {
      const v = raw.trim() === "" ? NaN : Number(raw);
      if (!Number.isFinite(v)) return { problem: t("widget.url.notNumber", { key, raw, fallback }) };
      if (spec.integer && !Number.isInteger(v)) return { problem: t("widget.url.notInteger", { key, raw, fallback }) };
      if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) {
        return {
          problem: t("widget.url.outOfRange", { key, raw, min: spec.min ?? "−∞", max: spec.max ?? "∞", fallback }),
        };
      }
      return { value: v };
    }
    case "enum":
      return spec.options.includes(raw)
        ? { value: raw }
        : { problem: t("widget.url.notOption", { key, raw, options: spec.options.join(", "), fallback }) };
    case "boolean":
      if (raw === "1" || raw === "true") return { value: true };
      if (raw === "0" || raw === "false") return { value: false };
      return { problem: t("widget.url.notBoolean", { key, raw, fallback }) };
    case "string":
      if ((spec.maxLength !== undefined && raw.length > spec.maxLength) || (spec.pattern && !spec.pattern.test(raw))) {
        return { problem: t("widget.url.badString", { key, raw, fallback }) };
      }
      return { value: raw };
  }
}

/**
 * A widget's state from a query string: every key of the schema, from the URL when it
 * is there and valid, else the default (with a problem saying why).
 */
export function parseUrlState<S extends Schema>(
  search: string | URLSearchParams,
  widgetId: string,
  schema: S,
): { values: StateValues<S>; problems: UrlProblem[] } {
  checkId(widgetId);
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const values = defaults(schema) as Record<string, unknown>;
  const problems: UrlProblem[] = [];
  for (const [key, spec] of Object.entries(schema)) {
    const raw = params.get(paramName(widgetId, key));
    if (raw === null) continue;
    const parsed = parseField(key, spec, raw);
    if ("value" in parsed) values[key] = parsed.value;
    else problems.push({ key, raw, message: parsed.problem });
  }
  return { values: values as StateValues<S>, problems };
}

/**
 * The query string with this widget's values written in (defaults left out, so a
 * pristine widget adds nothing) and every other parameter kept as it was.
 */
export function serializeUrlState<S extends Schema>(
  search: string,
  widgetId: string,
  schema: S,
  values: Partial<StateValues<S>>,
): string {
  checkId(widgetId);
  const params = new URLSearchParams(search);
  for (const [key, spec] of Object.entries(schema)) {
    const name = paramName(widgetId, key);
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined || value === spec.default) params.delete(name);
    else params.set(name, encode(spec, value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export interface UrlState<S extends Schema> {
  /** The schema the values follow (ranges and options, for controls bound to them). */
  readonly schema: S;
  /** The current values (read from the URL at creation, then as updated). */
  readonly values: StateValues<S>;
  /** What could not be read from the URL; show these in the widget's status line. */
  readonly problems: readonly UrlProblem[];
  /** Changes some values and schedules a URL update. */
  update(partial: Partial<StateValues<S>>): void;
  /** Writes a pending update now. */
  flush(): void;
  /** Cancels a pending update. */
  dispose(): void;
}

export interface UrlStateEnv {
  location: { search: string; pathname: string; hash: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void; state: unknown };
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/**
 * Binds a widget's state to the page URL. `env` defaults to the browser's window; tests
 * pass a fake one.
 *
 * @example
 * const state = bindUrlState("sgd-bowl", { lr: { type: "number", default: 0.95, min: 0, max: 2 } });
 * state.problems.forEach((p) => status.set(p.message, "warning"));
 * slider({ ..., value: state.values.lr, onInput: (lr) => state.update({ lr }) });
 */
export function bindUrlState<S extends Schema>(
  widgetId: string,
  schema: S,
  options: { debounceMs?: number; env?: UrlStateEnv } = {},
): UrlState<S> {
  const env = options.env ?? (globalThis as unknown as UrlStateEnv);
  const debounceMs = options.debounceMs ?? 250;
  const { values, problems } = parseUrlState(env.location.search, widgetId, schema);
  let current = values;
  let timer: unknown;
  const write = () => {
    timer = undefined;
    const search = serializeUrlState(env.location.search, widgetId, schema, current);
    if (search === env.location.search || (search === "" && env.location.search === "?")) return;
    env.history.replaceState(env.history.state, "", `${env.location.pathname}${search}${env.location.hash}`);
  };
  return {
    schema,
    get values() {
      return current;
    },
    problems,
    update(partial) {
      current = { ...current, ...partial };
      if (timer !== undefined) env.clearTimeout(timer);
      timer = env.setTimeout(write, debounceMs);
    },
    flush() {
      if (timer === undefined) return;
      env.clearTimeout(timer);
      write();
    },
    dispose() {
      if (timer !== undefined) env.clearTimeout(timer);
      timer = undefined;
    },
  };
}
