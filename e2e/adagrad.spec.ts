/**
 * The AdaGrad chapter on the built site: the explorer (learning rate, ε, timeline with the
 * step-size ellipse, click, the stalling preset, the book's settings), the cells, a
 * Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests, runCell } from "./optimizer-explorer";

const ID = "adagrad-bowl";

optimizerChapterTests({
  slug: "adagrad",
  id: ID,
  explorer: async (page, widget, ox) => {
    await expect(ox.status).toHaveText("Converged to the global minimum: f − f* < 0.001 from step 29 on.");
    await expect(ox.caption).toContainText("Diverged at step 7.");

    await ox.changeLearningRate(0.3);
    await expect(ox.caption).not.toContainText("final f = 7.2e−4");
    await ox.scrubTo(5);
    await expect(widget.locator(".ox-legend")).toContainText("each axis's step size");

    await ox.clickChartAt(-6, -5);
    await expect(page.locator(`#${ID}-y0`)).toHaveValue(/^-(4\.[89]|5|5\.[01])/);

    await widget.getByRole("button", { name: "Small η (0.1), 500 steps: it stalls" }).click();
    await expect(ox.status).toContainText("Stalled");
    await widget.getByText("The book", { exact: true }).click();
    await expect(page.locator(`#${ID}-eps`)).toHaveAttribute("aria-valuetext", "1.0e−7");
    await widget.getByRole("button", { name: "The book's settings (図6-6)" }).click();
    await expect(ox.caption).toContainText(
      "AdaGrad (book form) with η = 1.50, ε = 1.0e−7 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (−0.12",
    );
  },
  cells: async (page) => {
    const out = await runCell(page, "adagrad-your-turn");
    await expect(out).toContainText("✗ step 1, x: yours should equal kobai's");
    // Where AdaGrad shines: its chart is on the page before anything runs, and the cell agrees.
    await expect(
      page.getByRole("img", { name: "The rarest feature's weight (true value 1): SGD and AdaGrad" }),
    ).toBeVisible();
    const sparse = await runCell(page, "adagrad-sparse");
    await expect(sparse).toContainText("AdaGrad η = 0.3: weights after 100 steps");
    await expect(sparse).toContainText("0.453");
    const stall = await runCell(page, "adagrad-stall");
    await expect(stall).toContainText("AdaGrad after 500 steps");
  },
});
