/**
 * The initialization chapter on the built site: the histogram widget's real controls
 * (activation and scale selects, the custom σ slider, the range select, the book's figure
 * buttons), the MNIST comparison (a lesson-scale run that grows its curves, then stops),
 * the cells, a Predict and an Exercise, and screenshots at desktop and phone widths.
 */
import { expect, test, type Page } from "@playwright/test";
import { clickRun, expectCellOutputs } from "./cell-helpers";
import { expectChartToGrow, pressJob } from "./job-helpers";
import { expectPredictAndExercise, pageTest, screenshotChapter } from "./lesson-helpers";

const URL = "/lessons/initialization/";

const hist = (page: Page) => page.locator("kobai-init-histograms#hist");

async function ready(page: Page): Promise<void> {
  await page.goto(URL);
  await expect(hist(page).locator("#hist-activation")).toBeAttached();
  await expect(hist(page).locator("[data-table] tbody tr")).toHaveCount(5);
}

test.describe("initialization widgets", () => {
  pageTest("the histograms follow the activation and the scale", ready, async (page) => {
    const caption = hist(page).locator("[data-chart-slot] figcaption");
    const rows = hist(page).locator("[data-table] tbody tr");
    // Default: sigmoid, σ = 1 (図6-10): 64.7 % of layer 1 saturated.
    await expect(rows.first()).toContainText("64.7%");
    await expect(caption).toContainText("Layer 1: mean 0.50, std 0.46, 64.7% saturated.");
    // σ = 0.01 collapses onto 0.5.
    await hist(page).locator("#hist-scale").selectOption("0.01");
    await expect(caption).toContainText("Layer 5: mean 0.50, std 0.013, 0.0% saturated.");
    // ReLU with He keeps the spread; Xavier shrinks it.
    await hist(page).locator("#hist-activation").selectOption("relu");
    await hist(page).locator("#hist-scale").selectOption("he");
    await expect(caption).toContainText("Layer 5: mean 0.56, std 0.79");
    await expect(hist(page).locator("[data-chart-slot]")).toContainText(/Layer 1 · \d+\.\d% at 0/);
    await hist(page).getByRole("button", { name: "図6-14 ReLU, Xavier" }).click();
    await expect(caption).toContainText("Layer 5: mean 0.099, std 0.14");
    await expect(page).toHaveURL(/w\.hist\.scale=xavier/);
    // The custom slider switches the scale to "custom".
    await hist(page).locator("#hist-std").fill("-0.3"); // log10 σ on the slider: σ = 0.501
    await expect(hist(page).locator("#hist-scale")).toHaveValue("custom");
    await expect(hist(page).locator(".kobai-status")).toContainText("σ = 0.50");
    // The book's range: 30 bins over (0, 1).
    await hist(page).locator("#hist-range").selectOption("book");
    await expect(caption).toContainText("30 bins over (0, 1)");
    // The gradient chart says how much smaller layer 1's gradient is (sigmoid + Xavier: 159×).
    await hist(page).getByRole("button", { name: "図6-13 sigmoid, Xavier" }).click();
    await expect(hist(page).locator("[data-gradient-slot] figcaption")).toContainText(
      "layer 1's RMS is 0.0063 × layer 5's",
    );
    await expect(hist(page)).not.toContainText("NaN");
  });

  pageTest("a lesson-scale MNIST run grows its three loss curves and stops", URL, async (page) => {
    test.setTimeout(180_000);
    const run = page.locator("kobai-training-run#init-mnist");
    await expect(run.locator('[data-action="start"]')).toBeEnabled();
    await pressJob(run, "start", "running", 60_000);
    await expectChartToGrow(run, 30, 60_000);
    await expect(run.locator("[data-chart-slot] figcaption")).toContainText("He");
    await pressJob(run, "stop", "done", 15_000);
    await expect(run.locator(".kobai-status")).toContainText(/Stopped at step \d+ of 500/);
    await expect(run).not.toContainText("NaN");
  });
});

test.describe("initialization cells, predict and exercises", () => {
  pageTest("the symmetry cell keeps equal columns; the your-turn cell fails as given", URL, async (page) => {
    test.setTimeout(120_000);
    await expectCellOutputs(page, {
      "init-symmetry": [
        "all-zero weights: the three hidden units are still identical",
        "random weights: the three hidden units are different",
      ],
      "init-your-turn": ["✗ myHeStd(n) equals the core's heStd(n)", "expected 1, got 0.01"],
    });
  });

  pageTest("a Predict answer stays hidden until revealed; an exercise's solution opens", URL, async (page) => {
    await expectPredictAndExercise(page, {
      predict: { hidden: "gives exactly that", shows: "gives exactly that: 0.096" },
      exercise: { n: 1, hint: "Half of the probability", formula: true },
    });
  });

  pageTest(
    "in the Japanese edition the cells speak Japanese and run the same code",
    "/ja/lessons/initialization/",
    async (page) => {
      test.setTimeout(120_000);
      await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
      await expect(hist(page).locator("[data-table] tbody tr").first()).toContainText("64.7%");
      const symmetry = page.locator("#cell-init-symmetry");
      await expect(symmetry).toContainText("なぜ 0 から始めてはいけないのでしょうか。");
      await clickRun(symmetry);
      await expect(symmetry.locator(".cell__output")).toContainText("すべて 0 の重み:3つの隠れユニットはまだ同じです", {
        timeout: 60_000,
      });
      await expect(symmetry.locator(".cell__output")).toContainText(
        "ランダムな重み:3つの隠れユニットは互いに異なります",
      );
      await expectCellOutputs(page, {
        "init-your-turn": ["✗ n = 2, 50, 100, 784 で、myHeStd(n) がコアの heStd(n) と等しい"],
      });
      await expectPredictAndExercise(page, {
        predict: { hidden: "6層目から10層目の値", shows: "0.096, 0.070, 0.053, 0.039, 0.025" },
      });
    },
  );
});

screenshotChapter("initialization", { open: ready });
