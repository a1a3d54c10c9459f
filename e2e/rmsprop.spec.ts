/**
 * The RMSProp chapter on the built site: the explorer (learning rate, α, timeline with the
 * step-size ellipse, the long-run and α presets, the form toggle), the long-run chart, the
 * cells, a Predict and an Exercise, and screenshots.
 */
import { test, expect } from "@playwright/test";
import {
  caption,
  changeLearningRate,
  explorer,
  revealPredictAndSolution,
  runCell,
  screenshots,
  scrubTo,
  status,
} from "./optimizer-explorer";
import { forEachScreen, SHOTS } from "./lesson-helpers";

const URL = "/lessons/rmsprop/";
const ID = "rmsprop-bowl";

test("the explorer answers its controls", async ({ page }) => {
  await page.goto(URL);
  const widget = await explorer(page, ID);
  await expect(status(widget)).toHaveText("Still moving: f = 0.024 after 30 steps.");
  await expect(caption(widget)).toContainText("RMSProp (PyTorch form) with η = 0.10, α = 0.99, ε = 1.0e−8");

  await changeLearningRate(page, widget, ID, 0.3);
  await expect(caption(widget)).not.toContainText("final f = 0.024");
  await scrubTo(page, widget, ID, 1);
  await expect(widget.locator(".ox-legend")).toContainText("each axis's step size");

  await widget.getByRole("button", { name: "Long run: 500 steps" }).click();
  await expect(status(widget)).toHaveText("Converged to the global minimum: f − f* < 0.001 from step 52 on.");
  await widget.getByRole("button", { name: "AdaGrad, same η, 500 steps" }).click();
  await expect(status(widget)).toContainText("Stalled");
  await expect(caption(widget)).toContainText("to (−3.24, 0.016)");

  await widget.getByRole("button", { name: "α = 0.999: a giant first step" }).click();
  await expect(caption(widget)).toContainText("α = 0.999");
  await expect(status(widget)).toHaveText("Converged to the global minimum: f − f* < 0.001 from step 8 on.");
  await scrubTo(page, widget, ID, 1);
  await expect(caption(widget)).toContainText("Showing step 1: (−3.84, −1.16)");

  // The α slider itself: α = 0 leaves only the sign.
  await widget.getByRole("button", { name: "α = 0: only the sign is left" }).click();
  await expect(status(widget)).toHaveText("Oscillating along y: f = 0.80 after 30 steps.");
  await page.locator(`#${ID}-alpha`).fill("0.9");
  await expect(status(widget)).not.toContainText("Oscillating");

  await widget.getByText("The book", { exact: true }).click();
  await expect(page.locator(`#${ID}-eps`)).toHaveAttribute("aria-valuetext", "1.0e−7");
  await expect(widget).not.toContainText("NaN");
});

test("the long-run chart, the cells, a Predict and an Exercise", async ({ page }) => {
  await page.goto(URL);
  await expect(page.locator("figure.kobai-chart figcaption", { hasText: "AdaGrad's loss flattens out" })).toBeVisible();
  const out = await runCell(page, "rmsprop-your-turn");
  await expect(out).toContainText("✗ step 1, x: yours should equal kobai's");
  const eps = await runCell(page, "rmsprop-epsilon");
  await expect(eps).toContainText("-0.0196078");
  await revealPredictAndSolution(page);
  await expect(page.locator(".predict").first()).toContainText("3.84");
});

test("screenshots", async ({ page }) => {
  await screenshots(page, URL, "rmsprop", ID);
  await forEachScreen(page, async (suffix) => {
    await page.goto(URL);
    await page
      .locator("figure.kobai-chart", { hasText: "AdaGrad's loss flattens out" })
      .screenshot({ path: `${SHOTS}/rmsprop-long-run-${suffix}.png` });
  });
});
