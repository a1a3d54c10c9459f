/**
 * A duration for people, the one formatter of the site (a cell's run time, a training
 * run's time left, a preset's expected length):
 *
 *   0.12 s → "120 ms"   4.21 s → "4.2 s"      (only with `fine`: short runs of a cell)
 *   45 s   → "45 s"     185 s  → "3 min 05 s"   3720 s → "1 h 02 min"
 *
 * Words come from the string tables (`time.*`), so a Japanese edition swaps them.
 */
import { t } from "../i18n";

/**
 * Seconds as a short text. `fine` shows milliseconds under a second and tenths under ten
 * seconds (a cell that ran for 4.2 s); without it, whole seconds (a time left).
 *
 * @example
 * formatDuration(185);                 // "3 min 05 s"
 * formatDuration(4.21, { fine: true }); // "4.2 s"
 */
export function formatDuration(seconds: number, { fine = false }: { fine?: boolean } = {}): string {
  const clamped = Math.max(0, seconds);
  if (fine && clamped < 1) return t("time.ms", { n: Math.round(clamped * 1000) });
  if (fine && clamped < 10) return t("time.s", { n: clamped.toFixed(1) });
  const total = Math.round(clamped);
  const h = Math.floor(total / 3600),
    m = Math.floor((total % 3600) / 60),
    s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  if (h > 0) return t("time.h", { h, m: two(m) });
  if (m > 0) return t("time.min", { m, s: two(s) });
  return t("time.s", { n: s });
}
