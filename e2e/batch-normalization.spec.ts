/**
 * The batch-normalization chapter on the built site: the normalisation panel's real
 * controls (γ and β sliders, batch size, mode radios, form select), the sweep over initial
 * scales (a lesson-scale run that grows its small multiples, pauses, then stops), the
 * cells, a Predict and an Exercise, and screenshots at desktop and phone widths.
 */
import { expect, test, type Page } from "@playwright/test";
import { clickRun } from "./cell-helpers";
import { watchErrors, screenshotChapter, revealPrediction, openExercise } from "./lesson-helpers";

const URL = "/lessons/batch-normalization/";

const panel = (page: Page) => page.locator("kobai-bn-panel#bn");
const sweep = (page: Page) => page.locator("kobai-bn-sweep#sweep");

async function ready(page: Page): Promise<void> {
  await page.goto(URL);
  await expect(panel(page).locator("#bn-gamma")).toBeAttached();
  await expect(panel(page).locator("[data-table] tbody tr")).toHaveCount(4);
  await expect(sweep(page).locator("#sweep-scale")).toBeAttached();
}

test.describe("batch-norm widgets", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("γ and β move the normalised batch; eval mode and a batch of one", async ({ page }) => {
    const errors = watchErrors(page);
    await ready(page);
    const caption = panel(page).locator("figcaption");
    await expect(caption).toContainText("Training mode, batch of 8");
    await expect(caption).toContainText("Unit 1: before mean 2.");
    await expect(caption).toContainText("Unit 1: before mean 2.08, std 0.13; after mean 0, std 1.0.");
    await panel(page).locator("#bn-gamma").fill("2");
    await panel(page).locator("#bn-beta").fill("1");
    await expect(caption).toContainText("scaled by γ = 2 and shifted by β = 1");
    await expect(caption).toContainText("Unit 4: before mean 5.17, std 2.29; after mean 1, std 2.00.");
    await expect(page).toHaveURL(/w\.bn\.gamma=2/);
    // Eval mode: the running statistics, and the outputs are no longer exactly centred on β.
    await panel(page).locator("#bn-mode label", { hasText: "eval" }).click();
    await expect(caption).toContainText("Eval mode, batch of 8");
    await expect(caption).not.toContainText("after mean 1, std 2.00");
    // A batch of one in training mode: PyTorch's form refuses, the book's outputs β.
    await panel(page).locator("#bn-mode label", { hasText: "training" }).click();
    await panel(page).locator("#bn-n").fill("1");
    await expect(panel(page).locator(".kobai-status")).toContainText("training needs more than 1 row per batch");
    await panel(page).locator("#bn-form").selectOption("book");
    await expect(panel(page).locator(".kobai-status")).toContainText("every output is β");
    await expect(caption).toContainText("after mean 1, std 0.");
    await expect(panel(page)).not.toContainText("NaN");
    expect(errors).toEqual([]);
  });

  test("the lesson-scale sweep grows its panels, pauses and stops", async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    await ready(page);
    const start = sweep(page).locator('[data-action="start"]');
    await start.click();
    await expect(sweep(page)).toHaveAttribute("data-state", "running", { timeout: 60_000 });
    const points = async () => Number(await sweep(page).locator("[data-chart-slot]").getAttribute("data-points"));
    await expect.poll(points, { timeout: 90_000 }).toBeGreaterThan(2);
    await expect(sweep(page).locator("[data-progress-text]")).toContainText(/Scale \d of 8 done/);
    await sweep(page).locator('[data-action="pause"]').click();
    await expect(sweep(page)).toHaveAttribute("data-state", "paused");
    await sweep(page).locator('[data-action="resume"]').click();
    await expect(sweep(page)).toHaveAttribute("data-state", "running");
    const before = await points();
    await expect.poll(points, { timeout: 90_000 }).toBeGreaterThan(before);
    await expect(sweep(page).locator("figcaption")).toContainText("W = 1: with BN");
    await sweep(page).locator('[data-action="stop"]').click();
    await expect(sweep(page)).toHaveAttribute("data-state", "stopped", { timeout: 15_000 });
    await expect(sweep(page).locator(".kobai-status")).toContainText(/Stopped after \d of 8 scales/);
    await expect(start).toBeEnabled();
    await expect(sweep(page)).not.toContainText("NaN");
    expect(errors).toEqual([]);
  });
});

test.describe("batch-norm cells, predict and exercises", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the by-hand cell agrees; the batch-of-one cell passes vacuously; your turn fails as given", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(URL);
    await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
    const byHand = page.locator("#cell-bn-by-hand");
    await clickRun(byHand);
    await expect(byHand.locator(".cell__output")).toContainText("✓ by hand equals BatchNorm.forward", {
      timeout: 60_000,
    });
    const one = page.locator("#cell-bn-batch-of-one");
    await clickRun(one);
    await expect(one.locator(".cell__output")).toContainText("batch of 1: every row passes", { timeout: 60_000 });
    await expect(one.locator(".cell__output")).toContainText("batch of 8: the check catches the bug");
    const mine = page.locator("#cell-bn-your-backward");
    await clickRun(mine);
    await expect(mine.locator(".cell__output")).toContainText("✗ your ∂L/∂x equals BatchNorm.backward's", {
      timeout: 60_000,
    });
  });

  test("a Predict answer stays hidden until revealed; an exercise's solution opens", async ({ page }) => {
    await page.goto(URL);
    const answer = await revealPrediction(page, { hiddenText: "All four are exactly" });
    await expect(answer).toContainText("All four are exactly");
    const { solution } = await openExercise(page.locator(".exercise").first());
    await expect(solution.locator(".katex").first()).toBeVisible();
  });

  test("in the Japanese edition the cells speak Japanese and run the same code", async ({ page }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await page.goto("/ja/lessons/batch-normalization/");
    await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
    const byHand = page.locator("#cell-bn-by-hand");
    await expect(byHand).toContainText("Batch Norm の順伝播をテンソル演算で手計算し");
    await clickRun(byHand);
    await expect(byHand.locator(".cell__output")).toContainText("✓ 手計算が BatchNorm.forward と一致する", {
      timeout: 60_000,
    });
    const one = page.locator("#cell-bn-batch-of-one");
    await clickRun(one);
    await expect(one.locator(".cell__output")).toContainText("1 行のバッチ:どの行も合格します", { timeout: 60_000 });
    await expect(one.locator(".cell__output")).toContainText("8 行のバッチ:確認がバグを見つけます");
    const answer = await revealPrediction(page, { hiddenText: "4つとも、ちょうど" });
    await expect(answer).toContainText("4つとも、ちょうど");
    expect(errors).toEqual([]);
  });
});

screenshotChapter("batch-normalization", { open: ready });
