/**
 * The AdaGrad chapter on the built site: the explorer (learning rate, ε, timeline with the
 * step-size ellipse, click, the stalling preset, the book's settings), the cells, a
 * Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests } from "./optimizer-explorer";

const ID = "adagrad-bowl";

optimizerChapterTests({
  slug: "adagrad",
  opening: {
    caption: ["Diverged at step 7."],
    status: "Converged to the global minimum: f − f* < 0.001 from step 29 on.",
  },
  learningRate: { eta: 0.3, captionLoses: "final f = 7.2e−4", scrubTo: 5, legend: "each axis's step size" },
  explorer: async (page, widget, ox) => {
    await ox.clickChartAt(-6, -5);
    await expect(page.locator(`#${ID}-y0`)).toHaveValue(/^-(4\.[89]|5|5\.[01])/);

    await ox.presets([{ button: "Small η (0.1), 500 steps: it stalls", status: /Stalled/ }]);
    await widget.getByText("The book", { exact: true }).click();
    await expect(page.locator(`#${ID}-eps`)).toHaveAttribute("aria-valuetext", "1.0e−7");
    await ox.presets([
      {
        button: "The book's settings (図6-6)",
        caption: [
          "AdaGrad (book form) with η = 1.50, ε = 1.0e−7 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (−0.12",
        ],
      },
    ]);
  },
  // Where AdaGrad shines: its chart is on the page before anything runs, and the cell agrees.
  beforeCells: async (page) => {
    await expect(
      page.getByRole("img", { name: "The rarest feature's weight (true value 1): SGD and AdaGrad" }),
    ).toBeVisible();
  },
  cells: {
    "adagrad-your-turn": ["✗ step 1, x: yours should equal kobai's"],
    "adagrad-sparse": ["AdaGrad η = 0.3: weights after 100 steps", "0.453"],
    "adagrad-stall": ["AdaGrad after 500 steps"],
  },
});
