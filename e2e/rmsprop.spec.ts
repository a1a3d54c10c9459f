/**
 * The RMSProp chapter on the built site: the explorer (learning rate, α, timeline with the
 * step-size ellipse, the long-run and α presets, the form toggle), the long-run chart, the
 * cells, a Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests } from "./optimizer-explorer";
import { SHOTS } from "./lesson-helpers";

const ID = "rmsprop-bowl";

optimizerChapterTests({
  slug: "rmsprop",
  opening: {
    caption: ["RMSProp (PyTorch form) with η = 0.10, α = 0.99, ε = 1.0e−8"],
    status: "Still moving: f = 0.024 after 30 steps.",
  },
  learningRate: { eta: 0.3, captionLoses: "final f = 0.024", scrubTo: 1, legend: "each axis's step size" },
  explorer: async (page, widget, ox) => {
    await ox.presets([
      { button: "Long run: 500 steps", status: "Converged to the global minimum: f − f* < 0.001 from step 52 on." },
      { button: "AdaGrad, same η, 500 steps", status: /Stalled/, caption: ["to (−3.24, 0.016)"] },
      {
        button: "α = 0.999: a giant first step",
        caption: ["α = 0.999"],
        status: "Converged to the global minimum: f − f* < 0.001 from step 8 on.",
      },
    ]);
    await ox.scrubTo(1);
    await expect(ox.caption).toContainText("Showing step 1: (−3.84, −1.16)");

    // The α slider itself: α = 0 leaves only the sign.
    await ox.presets([
      { button: "α = 0: only the sign is left", status: "Oscillating along y: f = 0.80 after 30 steps." },
    ]);
    await page.locator(`#${ID}-alpha`).fill("0.9");
    await expect(ox.status).not.toContainText("Oscillating");

    await widget.getByText("The book", { exact: true }).click();
    await expect(page.locator(`#${ID}-eps`)).toHaveAttribute("aria-valuetext", "1.0e−7");
  },
  cellsTitle: "the long-run chart, the cells, a Predict and an Exercise",
  beforeCells: async (page) => {
    await expect(
      page.locator("figure.kobai-chart figcaption", { hasText: "AdaGrad's loss flattens out" }),
    ).toBeVisible();
  },
  cells: {
    "rmsprop-your-turn": ["✗ step 1, x: yours should equal kobai's"],
    "rmsprop-epsilon": ["-0.0196078"],
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
