/**
 * Turning a cell's values into something to read: text for `console.log`, tables for
 * `show(tensor)`.
 *
 * Numbers print to six significant digits (0.1 + 0.2 shows as 0.3, not
 * 0.30000000000000004) and switch to exponent notation when very large or small, the way
 * NumPy and PyTorch print. Big tensors and arrays are cut in the middle with "…", so a
 * 784 × 100 weight matrix prints its corners instead of 78 400 numbers.
 */

/** A tensor-like value: what `Tensor` from kobai looks like from outside. */
export interface TensorLike {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** A table for the output area. Cells already formatted; "…" marks cut rows/columns. */
export interface TableData {
  /** The full shape, before cutting. */
  shape: [number, number];
  /** "tensor" for a kobai Tensor, "array" for plain number arrays. */
  source: "tensor" | "array";
  /** A name to show above the table (e.g. a Parameter's name). */
  label?: string;
  rows: string[][];
}

export const ELLIPSIS = "…";

/** True for kobai's Tensor (and anything shaped like it). */
export function isTensorLike(value: unknown): value is TensorLike {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<TensorLike>;
  return (
    typeof v.rows === "number" &&
    typeof v.cols === "number" &&
    v.data instanceof Float64Array &&
    v.data.length === v.rows * v.cols
  );
}

/** True for kobai's Parameter: `{ name, value: Tensor, grad: Tensor }`. */
export function isParameterLike(value: unknown): value is { name: string; value: TensorLike; grad: TensorLike } {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === "string" && isTensorLike(v.value) && isTensorLike(v.grad);
}

/**
 * A number to six significant digits, exponent notation outside [1e-4, 1e6).
 *
 * @example
 * formatNumber(0.1 + 0.2); // "0.3"
 * formatNumber(1 / 3);     // "0.333333"
 * formatNumber(12345678);  // "12345678"
 * formatNumber(1.5e-7);    // "1.5e-7"
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Object.is(x, -0)) return "-0";
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) {
    const [mantissa, exponent] = x.toExponential(5).split("e");
    return `${stripZeros(mantissa)}e${exponent.replace("+", "")}`;
  }
  return stripZeros(x.toPrecision(6));
}

function stripZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** Indices to show out of `n`, with -1 where "…" goes: all if n ≤ max, else the two ends. */
export function visibleIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const head = Math.ceil(max / 2);
  const tail = Math.floor(max / 2);
  return [...Array.from({ length: head }, (_, i) => i), -1, ...Array.from({ length: tail }, (_, i) => n - tail + i)];
}

/** Limits for tables. */
export const TABLE_LIMITS = { rows: 10, cols: 8 };

/**
 * A table for a tensor, cut to at most 10 rows and 8 columns (plus "…").
 *
 * @example
 * tensorTable({ rows: 1, cols: 2, data: new Float64Array([0.5, 2]) }).rows; // [["0.5", "2"]]
 */
export function tensorTable(t: TensorLike, limits = TABLE_LIMITS): TableData {
  return gridTable(t.rows, t.cols, (i, j) => t.data[i * t.cols + j], "tensor", limits);
}

/** A table for number[] (one row) or number[][] (ragged rows are padded with blanks). */
export function arrayTable(values: readonly unknown[], limits = TABLE_LIMITS): TableData {
  const nested = values.length > 0 && values.every(Array.isArray);
  const rows = nested ? (values as unknown[][]) : [values];
  const cols = Math.max(0, ...rows.map((r) => r.length));
  return gridTable(rows.length, cols, (i, j) => rows[i][j], "array", limits);
}

function gridTable(
  rows: number,
  cols: number,
  at: (i: number, j: number) => unknown,
  source: TableData["source"],
  limits: typeof TABLE_LIMITS,
): TableData {
  const rowIndices = visibleIndices(rows, limits.rows);
  const colIndices = visibleIndices(cols, limits.cols);
  return {
    shape: [rows, cols],
    source,
    rows: rowIndices.map((i) => colIndices.map((j) => (i < 0 || j < 0 ? ELLIPSIS : cellText(at(i, j))))),
  };
}

function cellText(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "number" ? formatNumber(value) : formatValue(value, 1);
}

/**
 * A tensor as aligned text, for console.log: a "Tensor [r, c]" header, then the rows.
 *
 * @example
 * tensorText({ rows: 2, cols: 2, data: new Float64Array([1, 0.5, -2, 10]) });
 * // "Tensor [2, 2]\n   1  0.5\n  -2   10"
 */
export function tensorText(t: TensorLike, limits = TABLE_LIMITS): string {
  const table = tensorTable(t, limits);
  const widths = table.rows[0]?.map((_, j) => Math.max(...table.rows.map((r) => r[j].length))) ?? [];
  const lines = table.rows.map((r) => "  " + r.map((cell, j) => cell.padStart(widths[j])).join("  "));
  return [`Tensor [${t.rows}, ${t.cols}]`, ...lines].join("\n");
}

const MAX_ITEMS = 100;
const MAX_DEPTH = 3;

/**
 * Any value as text, like a console would print it: strings bare at the top level and
 * quoted inside structures, arrays and objects cut after 100 items, nesting cut after 3
 * levels, cycles marked.
 *
 * @example
 * formatValue([1, 0.5, "a"]);          // '[1, 0.5, "a"]'
 * formatValue({ lr: 0.01, n: [1, 2] }); // "{ lr: 0.01, n: [1, 2] }"
 */
export function formatValue(value: unknown, depth = 0, seen = new Set<object>()): string {
  switch (typeof value) {
    case "number":
      return formatNumber(value);
    case "string":
      return depth === 0 ? value : JSON.stringify(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "boolean":
    case "symbol":
      return String(value);
    case "function":
      return value.name ? `[Function ${value.name}]` : "[Function]";
  }
  if (value === null) return "null";
  const object = value as object;
  if (isTensorLike(object)) return depth === 0 ? tensorText(object) : `Tensor [${object.rows}, ${object.cols}]`;
  if (object instanceof Error) return depth === 0 && object.stack ? object.stack : `${object.name}: ${object.message}`;
  if (object instanceof Date) return object.toISOString();
  if (seen.has(object)) return "[Circular]";
  if (depth >= MAX_DEPTH) return Array.isArray(object) ? "[Array]" : "[Object]";
  seen.add(object);
  try {
    if (Array.isArray(object) || ArrayBuffer.isView(object)) {
      const items = Array.from(object as ArrayLike<unknown>);
      const prefix = Array.isArray(object) ? "" : `${object.constructor.name}(${items.length}) `;
      return `${prefix}[${listItems(
        items.map((v) => formatValue(v, depth + 1, seen)),
        items.length,
      )}]`;
    }
    if (object instanceof Map) {
      const items = [...object].map(
        ([k, v]) => `${formatValue(k, depth + 1, seen)} => ${formatValue(v, depth + 1, seen)}`,
      );
      return `Map(${object.size}) {${items.length ? ` ${listItems(items, items.length)} ` : ""}}`;
    }
    if (object instanceof Set) {
      const items = [...object].map((v) => formatValue(v, depth + 1, seen));
      return `Set(${object.size}) {${items.length ? ` ${listItems(items, items.length)} ` : ""}}`;
    }
    const entries = Object.entries(object).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${formatValue(v, depth + 1, seen)}`,
    );
    const name = object.constructor && object.constructor !== Object ? `${object.constructor.name} ` : "";
    return entries.length ? `${name}{ ${listItems(entries, entries.length)} }` : `${name}{}`;
  } finally {
    seen.delete(object);
  }
}

function listItems(items: string[], total: number): string {
  const shown = items.slice(0, MAX_ITEMS);
  if (total > MAX_ITEMS) shown.push(`… ${total - MAX_ITEMS} more`);
  return shown.join(", ");
}

/**
 * A console line from console.log's arguments, separated by spaces.
 *
 * @example
 * formatLogArguments(["loss", 0.123456789]); // "loss 0.123457"
 */
export function formatLogArguments(args: readonly unknown[]): string {
  return args.map((a) => formatValue(a)).join(" ");
}
