/**
 * The loss-functions chapter on the built site: the three panels driven through their real
 * controls (slider, toggle, drag on the chart, least-squares button, logit inputs, presets),
 * the cells run, a Predict revealed, an Exercise opened, and screenshots in both themes.
 */
import { expect, type Page } from "@playwright/test";
import { clickRun, expectCellOutputs } from "./cell-helpers";
import { expectPredictAndExercise, pageTest, screenshotChapter } from "./lesson-helpers";

const URL = "/lessons/loss-functions/";

async function ready(page: Page): Promise<void> {
  await page.goto(URL);
  await expect(page.locator("#lf-curves-p")).toBeAttached();
  await expect(page.locator("#lf-regression-w")).toBeAttached();
  await expect(page.locator("#lf-softmax-a0")).toBeAttached();
}

pageTest("loss curves: the p slider and the slope toggle", ready, async (page) => {
  const widget = page.locator("#lf-curves");
  await page.locator("#lf-curves-p").fill("0.01");
  await expect(widget.locator(".kobai-status")).toContainText("cross-entropy pushes the logit 50.5× harder");
  await expect(widget.locator("[data-table]")).toContainText("−0.0196");
  await expect(widget.locator("[data-slope-slot] figcaption")).toContainText("∂CE/∂z");
  await widget.getByText("p (the output)").click();
  await expect(widget.locator("[data-slope-slot] figcaption")).toContainText("∂CE/∂p");
  await page.locator("#lf-curves-p").fill("1");
  await expect(widget.locator(".kobai-status")).toContainText("both slopes are 0");
  await expect(widget).not.toContainText("NaN");
  await expect(page).toHaveURL(/w\.lf-curves\.p=1/);
});

pageTest("regression: sliders, drag on the chart, least squares", ready, async (page) => {
  const widget = page.locator("#lf-regression");
  const numbers = widget.locator("[data-numbers]");
  await expect(numbers).toContainText("(1/N)Σ(y − t)² = 0.9277");
  await expect(numbers).toContainText("½Σ(y − t)² = 2.783");
  await page.locator("#lf-regression-w").fill("1");
  await expect(numbers).not.toContainText("0.9277");
  await widget.getByRole("button", { name: "Least-squares line" }).click();
  await expect(numbers).toContainText("This is the least-squares line");
  await expect(numbers).toContainText("= 0.07494");
  await expect(widget.locator("figcaption")).toContainText("mean squared error 0.07494");
  // Drag the right end of the line down.
  const svg = widget.locator("[data-chart-slot] svg");
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.7, { steps: 5 });
  await page.mouse.up();
  await expect(numbers).toContainText("above it");
  const w = Number(await page.locator("#lf-regression-w").inputValue());
  expect(w).toBeLessThan(0.9);
  expect(await widget.locator("rect").count()).toBeGreaterThanOrEqual(6);
  await widget.getByText("segments").click();
  await expect(widget).not.toContainText("NaN");
});

pageTest("softmax: the book's logits overflow; presets and typed logits", ready, async (page) => {
  const widget = page.locator("#lf-softmax");
  await expect(widget.locator(".kobai-status")).toContainText("overflows past a ≈ 709.8");
  await expect(widget.locator(".lf-bad", { hasText: "NaN" })).toHaveCount(4);
  await expect(widget.locator(".lf-bad", { hasText: "∞" })).toHaveCount(3);
  await widget.getByRole("button", { name: "[0.3, 2.9, 4.0]" }).click();
  await expect(widget.locator(".kobai-status")).toContainText("Both forms agree");
  await expect(widget.locator(".lf-bad")).toHaveCount(0);
  await widget.getByRole("button", { name: "±1000, wrong class" }).click();
  await expect(widget.locator(".kobai-status")).toContainText("the exact loss is 2000");
  await page.locator("#lf-softmax-a0").fill("800");
  await page.locator("#lf-softmax-a0").press("Tab");
  await expect(widget.locator("caption")).toContainText("[800, -1000, 0]");
  // A value out of range gets a message beside the input, and the table keeps the last good one.
  await page.locator("#lf-softmax-a0").fill("20000");
  await page.locator("#lf-softmax-a0").press("Tab");
  await expect(widget.locator("#lf-softmax-a0-error")).toContainText("Enter a number from");
  await expect(widget.locator("caption")).toContainText("[800, -1000, 0]");
});

pageTest("cells run; the your-turn cell fails until solved; predict and exercise open", ready, async (page) => {
  const cell = page.locator("#cell-lf-losses");
  await clickRun(cell);
  await expect(cell.locator(".cell__output")).toContainText("½Σ(y − t)²   = 0.0975", { timeout: 20_000 });
  await expect(cell.locator(".cell__output")).toContainText("right class 1: 2000");
  await expectCellOutputs(page, {
    "lf-your-cee": ["matches CrossEntropyLoss", "Expected 1.40671, got 0"],
  });
  await expectPredictAndExercise(page, { predict: { shows: "2000" }, exercise: { solution: "0.5975" } });
});

screenshotChapter("loss-functions", { open: ready });
