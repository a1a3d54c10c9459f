/**
 * The words on a chart (titles, axis labels, captions) come from the site's string
 * tables (`src/i18n/en/charts.ts`), never from literals in the builders, so a Japanese
 * edition only swaps the table.
 */
import { t, type StringKey, type Params } from "../i18n";

/** The string for `key` with `{placeholders}` filled in (the site's `t`). */
export function text(key: StringKey, vars?: Params): string {
  return t(key, vars);
}

/**
 * A number for a caption: integers as they are, two decimals around 1, two significant
 * digits below, and exponent notation for the very large or very small (1.2e−5), with a
 * real minus sign.
 */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  const abs = Math.abs(v);
  let s: string;
  if (v === 0) s = "0";
  else if (Number.isInteger(v) && abs < 1e5) s = String(v);
  else if (abs >= 1e5 || abs < 1e-3) s = v.toExponential(1).replace("e+", "e");
  else if (abs >= 100) s = v.toFixed(0);
  else if (abs >= 1) s = v.toFixed(2);
  else s = v.toPrecision(2);
  return s.replace(/-/g, "−");
}

/**
 * Two numbers a sentence sets side by side ("6.39 → 6.38"), with as many significant digits
 * as it takes (up to 6) for them to read differently; undefined when they still read the
 * same at 6 digits, so the sentence can say they barely differ instead of "6.39 → 6.39".
 *
 * @example
 * formatDistinct(6.3912, 6.3897); // ["6.391", "6.390"]
 * formatDistinct(0.5, 0.02);      // ["0.50", "0.020"]
 * formatDistinct(1, 1 + 1e-9);    // undefined
 */
export function formatDistinct(a: number, b: number): [string, string] | undefined {
  // "1" and "1.00" look different but say the same number.
  const same = ([x, y]: string[]) => x === y || Number(x.replace(/−/g, "-")) === Number(y.replace(/−/g, "-"));
  let pair: [string, string] = [formatNumber(a), formatNumber(b)];
  for (let digits = 3; same(pair) && digits <= 6; digits++) {
    pair = [a, b].map((v) =>
      Number.isFinite(v) ? v.toPrecision(digits).replace("e+", "e").replace(/-/g, "−") : formatNumber(v),
    ) as [string, string];
  }
  return same(pair) ? undefined : pair;
}

/** A number with its sign spaced out, for a term in a sum: "+ 0.50", "− 0.70". */
export function formatSignedTerm(v: number): string {
  const s = formatNumber(Math.abs(v));
  return v < 0 || Object.is(v, -0) ? `− ${s}` : `+ ${s}`;
}

/** A percentage with one decimal, e.g. "97.5%". */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
