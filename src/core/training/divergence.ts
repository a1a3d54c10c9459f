/**
 * Divergence: when kobai calls a run "blown up" and stops it. ONE rule for every loop (fit
 * and the training widgets, the 2-D optimizer walks, the gradient-descent widget):
 *
 *   diverged  ⇔  L is NaN or ±∞,   or   |L| > 10⁴ · max(|L₀|, 1)
 *
 * where L₀ is the run's starting loss (its first step's loss, or f at the start point).
 * The lessons say it the same way: "diverged at step N: the loss grew past 10⁴ × its start".
 *
 * Why not wait for NaN? Cross-entropy is stable for any finite logits, so a blown-up
 * network reports 10¹³ for a long while before anything overflows, and a point flying off
 * a 2-D landscape takes hundreds of steps to reach ∞. A healthy run's loss falls; one that
 * is ten thousand times its start has left every chart and will not come back. The
 * max(|L₀|, 1) keeps the rule sensible when the start is already near 0 (or negative, as
 * on the two-wells landscape).
 */

/** How many times its start a loss may grow before the run counts as diverged. @example DIVERGENCE_FACTOR // 10000 */
export const DIVERGENCE_FACTOR = 1e4;

/**
 * True when `loss` means the run has blown up (see the rule above).
 *
 * @example
 * isDiverged(NaN, 2.3);    // true
 * isDiverged(5e4, 2.3);    // true: more than 10⁴ × 2.3
 * isDiverged(40, 2.3);     // false: worse, but not blown up
 */
export function isDiverged(loss: number, startLoss: number): boolean {
  // Written so that NaN fails the comparison and counts as diverged.
  return !(Math.abs(loss) <= DIVERGENCE_FACTOR * Math.max(Math.abs(startLoss), 1));
}

/**
 * The words every loop uses: "diverged at step N: loss is NaN", or for a finite loss that
 * exploded, "diverged at step N: loss is 3.1e+5, over 10⁴ × its start 2.3".
 *
 * @example
 * divergenceMessage(3, NaN, 2.3);   // "diverged at step 3: loss is NaN"
 * divergenceMessage(7, 4.4e6, 6.45); // "diverged at step 7: loss is 4.4e+6, over 10⁴ × its start 6.45"
 */
export function divergenceMessage(step: number, loss: number, startLoss: number): string {
  const what = `diverged at step ${step}: loss is ${Number.isFinite(loss) ? short(loss) : loss}`;
  return Number.isFinite(loss) ? `${what}, over ${FACTOR_TEXT} × its start ${short(startLoss)}` : what;
}

/** DIVERGENCE_FACTOR as the lessons write it: "10⁴". */
const FACTOR_TEXT = `10${String(Math.log10(DIVERGENCE_FACTOR)).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)])}`;

/** Three significant digits, as a person would read it: 4.4e+6, 6.45, 0.0123. */
function short(v: number): string {
  return Math.abs(v) >= 1e5 ? v.toExponential(2).replace(/\.?0+e/, "e") : String(Number(v.toPrecision(3)));
}
