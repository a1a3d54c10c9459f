/**
 * The TrainingRun widget on the built demo page (/dev/training/), in Chromium: a real
 * MNIST run in a Web Worker that streams its curve, pauses, resumes and stops, and shows a
 * seed and a fingerprint that repeat exactly, and that Node computes too.
 */
import { expect, test, type Locator } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { chartPoints, pressJob } from "./job-helpers";
import { forEachScreen, nodeFingerprint, pageTest, SHOTS } from "./lesson-helpers";

const progressValue = (widget: Locator) =>
  widget.locator("[data-progress]").evaluate((el) => (el as HTMLProgressElement).value);

test.describe("TrainingRun", () => {
  pageTest("a lesson-scale run streams its curve, pauses, resumes and stops", "/dev/training/", async (page) => {
    test.setTimeout(240_000);
    const widget = page.locator("#wd");
    const start = widget.locator('[data-action="start"]');
    await expect(start).toBeEnabled();
    await expect(widget.locator("[data-identity]")).toHaveText("Seed 0 · fingerprint when the run ends");
    await start.click();
    await expect(widget).toHaveAttribute("data-state", "running", { timeout: 60_000 });

    // The progress bar moves and the curve gains points as chunks arrive.
    await expect.poll(() => progressValue(widget), { timeout: 60_000 }).toBeGreaterThan(0);
    const firstPoints = await chartPoints(widget)();
    await expect.poll(chartPoints(widget), { timeout: 60_000 }).toBeGreaterThan(firstPoints);
    await expect(widget.locator("[data-progress-text]")).toContainText(/Step \d+ of 300/);
    await expect(widget.locator("[data-progress-text]")).toContainText(/left/, { timeout: 30_000 });

    // Pause: nothing advances.
    await pressJob(widget, "pause", "paused", 10_000);
    await expect(widget.locator(".kobai-status")).toContainText("Paused at step");
    const held = await progressValue(widget);
    const heldText = await widget.locator("[data-progress-text]").textContent();
    await page.waitForTimeout(2000);
    expect(await progressValue(widget)).toBe(held);
    expect(await widget.locator("[data-progress-text]").textContent()).toBe(heldText);
    await expect(widget.locator('[data-action="resume"]')).toBeVisible();

    // Resume: it moves on.
    await pressJob(widget, "resume", "running");
    await expect.poll(() => progressValue(widget), { timeout: 60_000 }).toBeGreaterThan(held);

    // Stop: the run ends where it is, with its seed and fingerprint.
    await pressJob(widget, "stop", "done", 15_000);
    await expect(widget.locator(".kobai-status")).toContainText(/Stopped at step \d+ of 300/);
    await expect(widget.locator("[data-identity]")).toHaveText(/^Seed 0 · fingerprint [0-9a-f]{8}$/);
    expect(await progressValue(widget)).toBeLessThan(1);
    await expect(start).toBeEnabled();
    await widget.locator("summary").click();
    await expect(widget.locator("[data-summary] li").first()).toContainText(/λ = 0: train accuracy \d/);
    await expect(widget.locator("[data-chart-slot] figure.kobai-chart figcaption")).toContainText("λ = 0 train");
  });

  pageTest(
    "two runs with the same seed show the same fingerprint, the one Node computes",
    "/dev/training/",
    async (page) => {
      test.setTimeout(300_000);
      const widget = page.locator("#bn");
      const seed = widget.locator("#bn-seed");
      await seed.fill("5");
      await seed.dispatchEvent("change");
      await expect(widget.locator("[data-identity]")).toHaveText("Seed 5 · fingerprint when the run ends");

      const runOnce = async () => {
        await pressJob(widget, "start", "done", 120_000);
        await expect(widget.locator(".kobai-status")).toContainText(/Finished 100 steps in/);
        return (await widget.locator("[data-identity]").textContent())!;
      };
      const first = await runOnce();
      expect(first).toMatch(/^Seed 5 · fingerprint [0-9a-f]{8}$/);
      expect(await runOnce()).toBe(first);
      expect(first).toBe(`Seed 5 · fingerprint ${nodeFingerprint("batch-norm", "lesson", 5)}`);

      // The seed is in the link: a reload restores it.
      await expect.poll(() => new URL(page.url()).searchParams.get("w.bn.seed"), { timeout: 5000 }).toBe("5");
      await page.reload();
      await expect(page.locator("#bn-seed")).toHaveValue("5");
    },
  );

  test("looks right at desktop and phone width, light and dark, and axe finds nothing", async ({ page }) => {
    test.setTimeout(240_000);
    await forEachScreen(page, async (suffix) => {
      await page.goto("/dev/training/");
      const widget = page.locator("#opt");
      await widget.locator('[data-action="start"]').click();
      await expect.poll(chartPoints(widget), { timeout: 60_000 }).toBeGreaterThan(8);
      await pressJob(widget, "pause", "paused", 10_000);
      await widget.screenshot({ path: `${SHOTS}/training-${suffix}.png` });
      const results = await new AxeBuilder({ page })
        .include("#opt")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
      await pressJob(widget, "stop", "done", 15_000);
    });
  });
});
