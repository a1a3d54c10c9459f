/**
 * The SGD chapter on the built site: the optimizer explorer (learning rate by keyboard and
 * fill, timeline, a click on the chart, presets incl. the book's, the status line, the URL),
 * the cells, a Predict and an Exercise, and screenshots.
 */
import { expect } from "@playwright/test";
import { optimizerChapterTests, runCell } from "./optimizer-explorer";

const ID = "sgd-bowl";

optimizerChapterTests({
  slug: "sgd",
  id: ID,
  explorer: async (page, widget, ox) => {
    await expect(ox.caption).toContainText("30 steps from (−7, 2) to (−0.35, 0.085), final f = 0.013");
    await expect(ox.status).toHaveText("Oscillating along y: f = 0.013 after 30 steps.");

    await ox.changeLearningRate(0.5);
    await expect(ox.caption).not.toContainText("to (−0.35, 0.085)");
    await expect(page).toHaveURL(/w\.sgd-bowl\.lr=0\.501/);

    await ox.scrubTo(3);
    await expect(widget.locator(".ox-formula__tex")).toContainText("W3");

    await ox.clickChartAt(4, -3);
    await expect(page.locator(`#${ID}-x0`)).toHaveValue(/^(3\.[89]|4|4\.[01])/);
    await expect(page.locator(`#${ID}-y0`)).toHaveValue(/^-(2\.[89]|3|3\.[01])/);
    await expect(ox.caption).toContainText(/steps from \((3\.9\d|4|4\.0\d), /);

    await widget.getByRole("button", { name: "η too large (1.05)" }).click();
    await expect(ox.status).toHaveText("Diverged at step 51.");
    await widget.getByRole("button", { name: "The book's settings (図6-3)" }).click();
    await expect(ox.caption).toContainText("30 steps from (−7, 2) to (−0.35, 0.085)");
    await expect(page.locator(`#${ID}-lr`)).toHaveAttribute("aria-valuetext", "0.95");

    // Keyboard users type the start.
    await page.locator(`#${ID}-y0`).fill("1");
    await page.locator(`#${ID}-y0`).press("Tab");
    await expect(ox.caption).toContainText("from (−7, 1)");
  },
  cells: async (page) => {
    const out = await runCell(page, "sgd-your-turn");
    await expect(out).toContainText("✗ step 1, x: yours should equal kobai's");
    const reproduce = await runCell(page, "sgd-reproduce");
    await expect(reproduce).toContainText("-6.335");
    await expect(reproduce.locator("svg")).toHaveCount(1);
  },
});
