/**
 * The Momentum chapter on the built site: the explorer (learning rate, form toggle with the
 * same path, the other form's path, timeline, click to start, presets), the cells, a
 * Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests } from "./optimizer-explorer";

const ID = "momentum-bowl";

optimizerChapterTests({
  slug: "momentum",
  opening: {
    caption: [
      "Momentum (PyTorch form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.90, 0.088)",
      "SGD with the same η ends at (−5.18, 0.0025)",
    ],
  },
  // The learning rate comes after the form toggle, which must show the book's settings first.
  explorer: async (page, widget, ox) => {
    // The book's form: same path, the label becomes α.
    await widget.getByText("The book", { exact: true }).click();
    await expect(widget.getByLabel("Momentum α")).toBeAttached();
    await expect(ox.caption).toContainText(
      "Momentum (book form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.90, 0.088)",
    );
    await widget.getByLabel("Show the other form's path").check();
    await expect(ox.caption).toContainText("Momentum (PyTorch form) ends at (0.90, 0.088)");

    await ox.changeLearningRate(0.05);
    await expect(ox.caption).not.toContainText("to (0.90, 0.088)");
    await ox.scrubTo(2);
    await expect(widget.locator(".ox-legend")).toContainText("Arrow: the velocity");

    await ox.clickChartAt(-5, 4);
    await expect(page.locator(`#${ID}-x0`)).toHaveValue(/^-(4\.[89]|5|5\.[01])/);

    await ox.presets([
      { button: "Roll into the deep well", status: /Converged to the global minimum/ },
      { button: "The book's settings (図6-5)", caption: ["30 steps from (−7, 2) to (0.90, 0.088)"] },
    ]);
  },
  cells: {
    "momentum-your-turn": ["✗ step 2, x: yours should equal kobai's"],
    "momentum-steady": ["0.999973"],
  },
});
