/**
 * Steps the specs of long jobs share (a TrainingRun, a sweep, a search): press Start, Pause,
 * Resume or Stop and wait for the state it leads to; watch the chart grow; read the identity
 * line a finished job shows.
 */
import { expect, type Locator } from "@playwright/test";

/** How many points a long job's chart has drawn so far (its data-points), read afresh at each call. */
export function chartPoints(job: Locator): () => Promise<number> {
  return async () => Number(await job.locator("[data-chart-slot]").first().getAttribute("data-points"));
}

/** Waits until the job's chart has more than `above` points, then until it draws more: its curves grow as it runs. */
export async function expectChartToGrow(job: Locator, above: number, timeout: number): Promise<void> {
  const points = chartPoints(job);
  await expect.poll(points, { timeout }).toBeGreaterThan(above);
  const first = await points();
  await expect.poll(points, { timeout }).toBeGreaterThan(first);
}

/** Presses a long job's Start / Pause / Resume / Stop button and, when given, waits for the state it leads to. */
export async function pressJob(
  job: Locator,
  action: "start" | "pause" | "resume" | "stop",
  state?: "running" | "paused" | "stopped" | "done",
  timeout?: number,
): Promise<void> {
  await job.locator(`[data-action="${action}"]`).click();
  if (state !== undefined) await expect(job).toHaveAttribute("data-state", state, { timeout });
}

/** A finished job: its identity line shows its seed and the fingerprint of what it computed, and no NaN shows in it. */
export async function expectFinished(job: Locator, seed = 0): Promise<void> {
  await expect(job.locator("[data-identity]")).toHaveText(new RegExp(`^Seed ${seed} · fingerprint [0-9a-f]{8}$`));
  await expect(job).not.toContainText("NaN");
}
