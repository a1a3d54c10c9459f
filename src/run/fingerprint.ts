/**
 * A short fingerprint of a training result, shown beside its seed, so the members of a
 * study group can tell at a glance that they got the identical curve ("seed 0 · 3fa9c2d1").
 *
 *   text = "kobai-fp1" ‖ for each run (by position; labels are for display): steps, diverged step,
 *                         the loss at ≤ 32 evenly spaced steps (incl. the last), 6 significant digits,
 *                         the last evaluation's accuracies, 6 decimals
 *   fingerprint = FNV-1a 32-bit hash of text, as 8 hex digits
 *
 * Why round instead of hashing the exact bits? In one browser engine the bits ARE
 * reproducible: kobai computes in float64 with a fixed order of operations and a seeded
 * integer generator, so Chromium today and Chromium next year agree bit for bit. But
 * `Math.exp` and `Math.log` (softmax, cross-entropy) are not required to be correctly
 * rounded, and engines may differ in the last bit for some inputs (V8 and SpiderMonkey use
 * fdlibm; Safari uses the system library). Training amplifies such a 1-ulp difference, but
 * only slowly (to roughly 1e-12 … 1e-9 relative after thousands of steps in our runs), so
 * six significant digits at a few checkpoints keep the fingerprint equal across engines
 * while ANY real change (another seed, learning rate, batch, layer) changes the first digits
 * of the loss and hence the fingerprint. Fewer checkpoints also means fewer chances that a
 * value sits exactly on a rounding boundary.
 */
import { fnv1a32Text } from "kobai";
import type { RunResult } from "./events";

export { fnv1a32Text };

/** How many loss values per run enter the fingerprint. */
export const FINGERPRINT_CHECKPOINTS = 32;

/**
 * @example
 * fingerprint(result.runs); // "3fa9c2d1"
 */
export function fingerprint(runs: readonly RunResult[]): string {
  return fnv1a32Text(canonicalText(runs));
}

/** The text that is hashed (exported so a curious reader can see what is compared). */
export function canonicalText(runs: readonly RunResult[]): string {
  const parts = ["kobai-fp1"];
  for (const run of runs) {
    const n = run.losses.length;
    const picks = checkpoints(n);
    const losses = picks.map((i) => `${i + 1}:${roundLoss(run.losses[i])}`).join(",");
    const last = run.evals[run.evals.length - 1];
    const acc = last ? `${last.step}:${roundAcc(last.trainAcc)}/${roundAcc(last.testAcc)}` : "-";
    parts.push(`${n}|${run.divergedAt ?? "-"}|${losses}|${acc}`);
  }
  return parts.join("\n");
}

/** Indices 0 … n−1 spread evenly, ending with n−1 (all of them when n ≤ 32). */
export function checkpoints(n: number, count = FINGERPRINT_CHECKPOINTS): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, k) => Math.round(((k + 1) * n) / count) - 1);
}

function roundLoss(v: number): string {
  return Number.isFinite(v) ? v.toPrecision(6) : String(v);
}

function roundAcc(v: number | undefined): string {
  return v === undefined ? "-" : v.toFixed(6);
}
