/**
 * Every core trains: a lockstep widget (batch norm on and off, two runs on the same batches)
 * spreads its runs over one worker per core and shows the fingerprint of the serial job,
 * the one Node computes.
 */
import { test, expect } from "@playwright/test";
import { nodeFingerprint } from "./lesson-helpers";

test("a lockstep widget trains its runs on more than one worker, with the serial job's fingerprint", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  test.skip(cores < 2, "one core: the runs share one worker");
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto("/dev/training/");
  // Batch norm on and off: two runs in lockstep on the same batches (lesson scale, seed 0).
  const widget = page.locator("#bn");
  await expect(widget.locator('[data-action="start"]')).toBeEnabled();
  const before = workers.length;
  await widget.locator('[data-action="start"]').click();
  await expect(widget).toHaveAttribute("data-state", "done", { timeout: 240_000 });
  await expect(widget.locator(".kobai-status")).toContainText(/Finished 100 steps in/);
  // One worker per run, as many as the cores allow (at most 4).
  expect(workers.length - before).toBe(Math.min(cores, 4, 2));
  await expect(widget.locator("[data-identity]")).toHaveText(
    `Seed 0 · fingerprint ${nodeFingerprint("batch-norm", "lesson", 0)}`,
  );
});

test("a book-scale preset downloads the book's full MNIST and gets the numbers Node gets", async ({ page }) => {
  test.setTimeout(400_000);
  const downloads: string[] = [];
  page.on("response", (r) => downloads.push(new URL(r.url()).pathname));
  // Batch norm as batch_norm_test.py: the book's x_train[:1000], 20 epochs, two runs.
  await page.goto("/dev/training/?w.bn.scale=book");
  const widget = page.locator("#bn");
  await widget.locator('[data-action="start"]').click();
  await expect(widget).toHaveAttribute("data-state", "done", { timeout: 360_000 });
  await expect(widget.locator(".kobai-status")).toContainText(/Finished 200 steps in/);
  expect(downloads.filter((p) => p.endsWith("/data/mnist-full.bin.gz")).length).toBeGreaterThan(0);
  expect(downloads.some((p) => p.endsWith("/data/mnist.bin"))).toBe(false);
  await expect(widget.locator("[data-identity]")).toHaveText(
    `Seed 0 · fingerprint ${nodeFingerprint("batch-norm", "book", 0)}`,
  );
});
