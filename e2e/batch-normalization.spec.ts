/**
 * The batch-normalization chapter on the built site: the normalisation panel's real
 * controls (γ and β sliders, batch size, mode radios, form select), the sweep over initial
 * scales (a lesson-scale run that grows its small multiples, pauses, then stops), the
 * cells, a Predict and an Exercise, and screenshots at desktop and phone widths.
 */
import { expect, test, type Page } from "@playwright/test";
import { clickRun, expectCellOutputs } from "./cell-helpers";
import { chartPoints, pressJob } from "./job-helpers";
import { expectPredictAndExercise, pageTest, screenshotChapter } from "./lesson-helpers";

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
  pageTest("γ and β move the normalised batch; eval mode and a batch of one", ready, async (page) => {
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
  });

  pageTest("the lesson-scale sweep grows its panels, pauses and stops", ready, async (page) => {
    test.setTimeout(180_000);
    await pressJob(sweep(page), "start", "running", 60_000);
    const points = chartPoints(sweep(page));
    await expect.poll(points, { timeout: 90_000 }).toBeGreaterThan(2);
    await expect(sweep(page).locator("[data-progress-text]")).toContainText(/Scale \d of 8 done/);
    await pressJob(sweep(page), "pause", "paused");
    await pressJob(sweep(page), "resume", "running");
    const before = await points();
    await expect.poll(points, { timeout: 90_000 }).toBeGreaterThan(before);
    await expect(sweep(page).locator("figcaption")).toContainText("W = 1: with BN");
    await pressJob(sweep(page), "stop", "stopped", 15_000);
    await expect(sweep(page).locator(".kobai-status")).toContainText(/Stopped after \d of 8 scales/);
    await expect(sweep(page).locator('[data-action="start"]')).toBeEnabled();
    await expect(sweep(page)).not.toContainText("NaN");
  });
});

test.describe("batch-norm cells, predict and exercises", () => {
  pageTest(
    "the by-hand cell agrees; the batch-of-one cell passes vacuously; your turn fails as given",
    URL,
    async (page) => {
      test.setTimeout(120_000);
      await expectCellOutputs(page, {
        "bn-by-hand": ["✓ by hand equals BatchNorm.forward"],
        "bn-batch-of-one": ["batch of 1: every row passes", "batch of 8: the check catches the bug"],
        "bn-your-backward": ["✗ your ∂L/∂x equals BatchNorm.backward's"],
      });
    },
  );

  pageTest("a Predict answer stays hidden until revealed; an exercise's solution opens", URL, async (page) => {
    await expectPredictAndExercise(page, {
      predict: { hidden: "All four are exactly", shows: "All four are exactly" },
      exercise: { formula: true },
    });
  });

  pageTest(
    "in the Japanese edition the cells speak Japanese and run the same code",
    "/ja/lessons/batch-normalization/",
    async (page) => {
      test.setTimeout(120_000);
      await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
      const byHand = page.locator("#cell-bn-by-hand");
      await expect(byHand).toContainText("Batch Norm の順伝播をテンソル演算で手計算し");
      await clickRun(byHand);
      await expect(byHand.locator(".cell__output")).toContainText("✓ 手計算が BatchNorm.forward と一致する", {
        timeout: 60_000,
      });
      await expectCellOutputs(page, {
        "bn-batch-of-one": ["1 行のバッチ:どの行も合格します", "8 行のバッチ:確認がバグを見つけます"],
      });
      await expectPredictAndExercise(page, { predict: { hidden: "4つとも、ちょうど", shows: "4つとも、ちょうど" } });
    },
  );
});

screenshotChapter("batch-normalization", { open: ready });
