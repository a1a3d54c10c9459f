/**
 * The weight-decay chapter on the built site: the λ slider of the 2-D penalty widget, a
 * lesson-scale MNIST run with a changed λ (curves and ‖W‖ grow, then Stop), the cells, a
 * Predict, an Exercise, and screenshots at desktop and phone width, light and dark.
 */
import { test, expect } from "@playwright/test";
import { clickRun, expectCellOutputs } from "./cell-helpers";
import { expectChartToGrow, expectFinished, pressJob } from "./job-helpers";
import { expectPredictAndExercise, japanese, pageTest, screenshotChapter } from "./lesson-helpers";

const PAGE = "/lessons/weight-decay/";

pageTest("the λ slider moves the penalised minimum; SGD with weightDecay follows", PAGE, async (page) => {
  const widget = page.locator("#wd-penalty");
  const status = widget.locator(".kobai-status");
  await expect(status).toContainText("λ = 0.1: minimum at (3.00, 1.90)");
  await expect(status).toContainText("ends at (3.00, 1.90)");
  await page.locator("#wd-penalty-lambda").fill("2");
  await expect(status).toContainText("λ = 2: minimum at (0.29, 1.00)");
  await expect(widget.locator("figcaption")).toContainText("λ = 2");
  await page.locator("#wd-penalty-lambda").fill("0");
  await expect(status).toContainText("minimum at (6.00, 2.00), ‖w*‖ = 6.32");
  await expect.poll(() => new URL(page.url()).searchParams.get("w.wd-penalty.lambda")).toBe("0");
  await expect(widget).not.toContainText("NaN");
});

pageTest(
  "a lesson-scale run with λ = 0.05 draws accuracy and ‖W‖ curves that grow; Stop ends it",
  PAGE,
  async (page) => {
    test.setTimeout(180_000);
    const run = page.locator("#wd-mnist");
    await page.locator("#wd-mnist-weightDecay").fill("0.05");
    await expect(page.locator("#wd-mnist [data-identity]")).toContainText("Seed 0");
    await pressJob(run, "start");
    await expectChartToGrow(run, 4, 90_000);
    await expect(run.locator("[data-norm-slot] figure")).toBeVisible();
    await expect(run.locator("[data-norm-slot] figcaption")).toContainText("λ = 0.05");
    await expect(run.locator("[data-progress-text]")).toContainText(/Step \d+ of 300/);
    await pressJob(run, "stop", "done", 20_000);
    await expect(run.locator(".kobai-status")).toContainText(/Stopped at step \d+ of 300/);
    await expectFinished(run);
  },
);

pageTest("cells run; the your-turn check names the problem; predict and exercise open", PAGE, async (page) => {
  test.setTimeout(120_000);
  await expectCellOutputs(page, {
    "wd-book-vs-pytorch": ["book vs groups: weights differ by 0, biases by 0", "biases by 5.00e-4"],
    "wd-your-l2": ["your added gradient equals the numerical gradient", "✗"],
  });
  await expectPredictAndExercise(page, {
    predict: { shows: "from 6 to 3.00" },
    exercise: { n: 1, hint: "w_i^* = a_i c_i / (a_i + \\lambda)", solution: "0.545" },
  });
});

pageTest(
  "日本語版: Japanese prose, the widget's status, and a cell's comments and output in Japanese",
  japanese("weight-decay", "過学習と Weight decay"),
  async (page) => {
    test.setTimeout(120_000);
    const status = page.locator("#wd-penalty .kobai-status");
    await expect(status).toContainText("λ = 0.1:最小点は (3.00, 1.90)");
    await page.locator("#wd-penalty-lambda").fill("2");
    await expect(status).toContainText("λ = 2:最小点は (0.29, 1.00)");
    // The cell's code is the English chapter's, its comments and printed words Japanese (//ja: lines).
    const cmp = page.locator("#cell-wd-book-vs-pytorch");
    await expect(cmp).toContainText("ネットワークに「Weight decay を加える」3つの方法です");
    await expect(cmp).not.toContainText("Three ways to");
    await clickRun(cmp);
    await expect(cmp.locator(".cell__output")).toContainText("本書と2グループ:重みの差 0、バイアスの差 0", {
      timeout: 60_000,
    });
    await expect(cmp.locator(".cell__output")).toContainText("バイアスの差 5.00e-4");
  },
);

screenshotChapter("weight-decay", {
  open: async (page) => {
    await page.goto(PAGE);
    await expect(page.locator("#wd-penalty .kobai-status")).toContainText("minimum at");
  },
});

screenshotChapter("weight-decay-ja", {
  open: async (page) => {
    await page.goto("/ja/lessons/weight-decay/");
    await expect(page.locator("#wd-penalty .kobai-status")).toContainText("最小点は");
  },
});
