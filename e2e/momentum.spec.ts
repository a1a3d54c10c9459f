/**
 * The Momentum chapter on the built site: the explorer (learning rate, form toggle with the
 * same path, the other form's path, timeline, click to start, presets), the cells, a
 * Predict and an Exercise, and screenshots.
 */
import { test, expect } from "@playwright/test";
import {
  caption,
  changeLearningRate,
  clickChartAt,
  explorer,
  revealPredictAndSolution,
  runCell,
  screenshots,
  scrubTo,
  status,
} from "./optimizer-explorer";

const URL = "/lessons/momentum/";
const ID = "momentum-bowl";

test("the explorer answers its controls", async ({ page }) => {
  await page.goto(URL);
  const widget = await explorer(page, ID);
  await expect(caption(widget)).toContainText(
    "Momentum (PyTorch form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.90, 0.088)",
  );
  await expect(caption(widget)).toContainText("SGD with the same η ends at (−5.18, 0.0025)");

  // The book's form: same path, the label becomes α.
  await widget.getByText("The book", { exact: true }).click();
  await expect(widget.getByLabel("Momentum α")).toBeAttached();
  await expect(caption(widget)).toContainText(
    "Momentum (book form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.90, 0.088)",
  );
  await widget.getByLabel("Show the other form's path").check();
  await expect(caption(widget)).toContainText("Momentum (PyTorch form) ends at (0.90, 0.088)");

  await changeLearningRate(page, widget, ID, 0.05);
  await expect(caption(widget)).not.toContainText("to (0.90, 0.088)");
  await scrubTo(page, widget, ID, 2);
  await expect(widget.locator(".ox-legend")).toContainText("Arrow: the velocity");

  await clickChartAt(page, widget, -5, 4);
  await expect(page.locator(`#${ID}-x0`)).toHaveValue(/^-(4\.[89]|5|5\.[01])/);

  await widget.getByRole("button", { name: "Roll into the deep well" }).click();
  await expect(status(widget)).toContainText("Converged to the global minimum");
  await widget.getByRole("button", { name: "The book's settings (図6-5)" }).click();
  await expect(caption(widget)).toContainText("30 steps from (−7, 2) to (0.90, 0.088)");
  await expect(widget).not.toContainText("NaN");
});

test("cells, a Predict and an Exercise", async ({ page }) => {
  await page.goto(URL);
  const out = await runCell(page, "momentum-your-turn");
  await expect(out).toContainText("✗ step 2, x: yours should equal kobai's");
  const steady = await runCell(page, "momentum-steady");
  await expect(steady).toContainText("0.999973");
  await revealPredictAndSolution(page);
});

test("screenshots", async ({ page }) => {
  await screenshots(page, URL, "momentum", ID);
});
