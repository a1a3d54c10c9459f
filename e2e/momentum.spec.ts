/**
 * The Momentum chapter on the built site: the explorer (learning rate, form toggle with the
 * same path, the other form's path, timeline, click to start, presets), the cells, a
 * Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests, runCell } from "./optimizer-explorer";

const ID = "momentum-bowl";

optimizerChapterTests({
  slug: "momentum",
  id: ID,
  explorer: async (page, widget, ox) => {
    await expect(ox.caption).toContainText(
      "Momentum (PyTorch form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.90, 0.088)",
    );
    await expect(ox.caption).toContainText("SGD with the same η ends at (−5.18, 0.0025)");

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

    await widget.getByRole("button", { name: "Roll into the deep well" }).click();
    await expect(ox.status).toContainText("Converged to the global minimum");
    await widget.getByRole("button", { name: "The book's settings (図6-5)" }).click();
    await expect(ox.caption).toContainText("30 steps from (−7, 2) to (0.90, 0.088)");
  },
  cells: async (page) => {
    const out = await runCell(page, "momentum-your-turn");
    await expect(out).toContainText("✗ step 2, x: yours should equal kobai's");
    const steady = await runCell(page, "momentum-steady");
    await expect(steady).toContainText("0.999973");
  },
});
