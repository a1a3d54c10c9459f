/**
 * The SGD chapter on the built site: the optimizer explorer (learning rate by keyboard and
 * fill, timeline, a click on the chart, presets incl. the book's, the status line, the URL),
 * the cells, a Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests } from "./optimizer-explorer";

const ID = "sgd-bowl";

optimizerChapterTests({
  slug: "sgd",
  opening: {
    caption: ["30 steps from (−7, 2) to (−0.35, 0.085), final f = 0.013"],
    status: "Oscillating along y: f = 0.013 after 30 steps.",
  },
  learningRate: { eta: 0.5, captionLoses: "to (−0.35, 0.085)", scrubTo: 3 },
  explorer: async (page, widget, ox) => {
    await expect(page).toHaveURL(/w\.sgd-bowl\.lr=0\.501/);
    await expect(widget.locator(".ox-formula__tex")).toContainText("W3");

    await ox.clickChartAt(4, -3);
    await expect(page.locator(`#${ID}-x0`)).toHaveValue(/^(3\.[89]|4|4\.[01])/);
    await expect(page.locator(`#${ID}-y0`)).toHaveValue(/^-(2\.[89]|3|3\.[01])/);
    await expect(ox.caption).toContainText(/steps from \((3\.9\d|4|4\.0\d), /);

    await ox.presets([
      { button: "η too large (1.05)", status: "Diverged at step 51." },
      { button: "The book's settings (図6-3)", caption: ["30 steps from (−7, 2) to (−0.35, 0.085)"] },
    ]);
    await expect(page.locator(`#${ID}-lr`)).toHaveAttribute("aria-valuetext", "0.95");

    // Keyboard users type the start.
    await page.locator(`#${ID}-y0`).fill("1");
    await page.locator(`#${ID}-y0`).press("Tab");
    await expect(ox.caption).toContainText("from (−7, 1)");
  },
  cells: {
    "sgd-your-turn": ["✗ step 1, x: yours should equal kobai's"],
    "sgd-reproduce": ["-6.335"],
  },
  afterReveal: async (page) => {
    await expect(page.locator("#cell-sgd-reproduce .cell__output svg")).toHaveCount(1);
  },
});
