/**
 * `check(...)`: the verdict of a "your turn" cell.
 *
 * An exercise cell ends with a call like
 *
 *   check("dW matches the numerical gradient", dW, numericalGradient(f, w));
 *   check("the loss went down", after < before);
 *
 * and the output shows a clear ✓ or ✗ with what differed. Numbers, arrays and tensors
 * compare elementwise with NumPy's `allclose` rule, |actual − expected| ≤ atol + rtol·|expected|,
 * so floating-point noise does not fail a correct answer.
 */
import { t } from "../i18n";
import { formatNumber, formatValue, isTensorLike, type TensorLike } from "./format";

/** Tolerances for `check`. */
export interface CheckOptions {
  rtol?: number;
  atol?: number;
}

/** The outcome of a check, shown under the cell. */
export interface Verdict {
  ok: boolean;
  label: string;
  detail: string;
}

type Grid = { shape: [number, number]; at(i: number, j: number): unknown };

function asGrid(value: unknown): Grid | undefined {
  if (isTensorLike(value)) {
    const tensor: TensorLike = value;
    return { shape: [tensor.rows, tensor.cols], at: (i, j) => tensor.data[i * tensor.cols + j] };
  }
  if (typeof value === "number") return { shape: [1, 1], at: () => value };
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    if (items.length > 0 && items.every(Array.isArray)) {
      const rows = items as unknown[][];
      return { shape: [rows.length, rows[0].length], at: (i, j) => rows[i]?.[j] };
    }
    return { shape: [1, items.length], at: (_, j) => items[j] };
  }
  return undefined;
}

const shapeText = ([r, c]: [number, number]) => `[${r}, ${c}]`;

/**
 * Compares `actual` with `expected` (or checks a boolean) and says what differs.
 *
 * @example
 * evaluateCheck("sum", 0.1 + 0.2, 0.3).ok;             // true
 * evaluateCheck("shape", [[1, 2]], [1, 2, 3]).detail;  // "Expected shape [1, 3], got [1, 2]."
 * evaluateCheck("went down", 0.4 < 0.2).ok;            // false
 */
export function evaluateCheck(
  label: string,
  actual: unknown,
  expected?: unknown,
  { rtol = 1e-6, atol = 1e-8 }: CheckOptions = {},
): Verdict {
  if (expected === undefined) {
    const ok = Boolean(actual);
    return { ok, label, detail: ok ? "" : t("cell.check.falsy") };
  }
  const a = asGrid(actual);
  const e = asGrid(expected);
  if (!a || !e) {
    const ok = Object.is(actual, expected) || formatValue(actual, 1) === formatValue(expected, 1);
    return {
      ok,
      label,
      detail: ok
        ? ""
        : t("cell.check.mismatch", { expected: formatValue(expected, 1), actual: formatValue(actual, 1) }),
    };
  }
  if (a.shape[0] !== e.shape[0] || a.shape[1] !== e.shape[1]) {
    return {
      ok: false,
      label,
      detail: t("cell.check.shape", { expected: shapeText(e.shape), actual: shapeText(a.shape) }),
    };
  }
  for (let i = 0; i < e.shape[0]; i++) {
    for (let j = 0; j < e.shape[1]; j++) {
      const x = a.at(i, j);
      const y = e.at(i, j);
      const close =
        typeof x === "number" &&
        typeof y === "number" &&
        (Object.is(x, y) || Math.abs(x - y) <= atol + rtol * Math.abs(y));
      if (!close) {
        const where = e.shape[0] === 1 && e.shape[1] === 1 ? "" : e.shape[0] === 1 ? `[${j}]` : `[${i}, ${j}]`;
        const show = (v: unknown) => (typeof v === "number" ? formatNumber(v) : formatValue(v, 1));
        const tol = formatNumber(typeof y === "number" ? atol + rtol * Math.abs(y) : atol);
        const detail = where
          ? t("cell.check.element", { where, expected: show(y), actual: show(x), tol })
          : t("cell.check.mismatch", { expected: show(y), actual: show(x) });
        return { ok: false, label, detail };
      }
    }
  }
  return { ok: true, label, detail: "" };
}
