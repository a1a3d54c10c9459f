/**
 * The RMSProp chapter on the built site: the explorer (learning rate, α, timeline with the
 * step-size ellipse, the long-run and α presets, the form toggle), the long-run chart, the
 * cells, a Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests, runCell } from "./optimizer-explorer";
import { SHOTS } from "./lesson-helpers";

const ID = "rmsprop-bowl";

optimizerChapterTests({
  slug: "rmsprop",
  id: ID,
  explorer: async (page, widget, ox) => {
    await expect(ox.status).toHaveText("Still moving: f = 0.024 after 30 steps.");
    await expect(ox.caption).toContainText("RMSProp (PyTorch form) with η = 0.10, α = 0.99, ε = 1.0e−8");

    await ox.changeLearningRate(0.3);
    await expect(ox.caption).not.toContainText("final f = 0.024");
    await ox.scrubTo(1);
    await expect(widget.locator(".ox-legend")).toContainText("each axis's step size");

    await widget.getByRole("button", { name: "Long run: 500 steps" }).click();
    await expect(ox.status).toHaveText("Converged to the global minimum: f − f* < 0.001 from step 52 on.");
    await widget.getByRole("button", { name: "AdaGrad, same η, 500 steps" }).click();
    await expect(ox.status).toContainText("Stalled");
    await expect(ox.caption).toContainText("to (−3.24, 0.016)");

    await widget.getByRole("button", { name: "α = 0.999: a giant first step" }).click();
    await expect(ox.caption).toContainText("α = 0.999");
    await expect(ox.status).toHaveText("Converged to the global minimum: f − f* < 0.001 from step 8 on.");
    await ox.scrubTo(1);
    await expect(ox.caption).toContainText("Showing step 1: (−3.84, −1.16)");

    // The α slider itself: α = 0 leaves only the sign.
    await widget.getByRole("button", { name: "α = 0: only the sign is left" }).click();
    await expect(ox.status).toHaveText("Oscillating along y: f = 0.80 after 30 steps.");
    await page.locator(`#${ID}-alpha`).fill("0.9");
    await expect(ox.status).not.toContainText("Oscillating");

    await widget.getByText("The book", { exact: true }).click();
    await expect(page.locator(`#${ID}-eps`)).toHaveAttribute("aria-valuetext", "1.0e−7");
  },
  cellsTitle: "the long-run chart, the cells, a Predict and an Exercise",
  cells: async (page) => {
    await expect(
      page.locator("figure.kobai-chart figcaption", { hasText: "AdaGrad's loss flattens out" }),
    ).toBeVisible();
    const out = await runCell(page, "rmsprop-your-turn");
    await expect(out).toContainText("✗ step 1, x: yours should equal kobai's");
    const eps = await runCell(page, "rmsprop-epsilon");
    await expect(eps).toContainText("-0.0196078");
  },
  afterReveal: async (page) => {
    await expect(page.locator(".predict").first()).toContainText("3.84");
  },
  moreScreenshots: async (page, suffix) => {
    await page
      .locator("figure.kobai-chart", { hasText: "AdaGrad's loss flattens out" })
      .screenshot({ path: `${SHOTS}/rmsprop-long-run-${suffix}.png` });
  },
});
