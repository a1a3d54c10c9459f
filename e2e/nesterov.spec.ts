/**
 * The Nesterov chapter on the built site: the explorer with both forms' paths, the form
 * toggle (different first steps), the optimizer select, timeline, click, presets; the
 * cells; a Predict and an Exercise; screenshots.
 */
import { expect, test } from "@playwright/test";
import { caption, explorer, optimizerChapterTests, runCell, scrubTo } from "./optimizer-explorer";
import { japanese, pageTest } from "./lesson-helpers";

const ID = "nesterov-bowl";

optimizerChapterTests({
  slug: "nesterov",
  explorerTitle: "the explorer shows both forms and answers its controls",
  opening: {
    caption: [
      "Nesterov (PyTorch form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.69, −6.8e−4)",
      "Nesterov (book form) ends at (0.53, 2.3e−4)",
    ],
  },
  explorer: async (page, widget, ox) => {
    await ox.scrubTo(1);
    await expect(ox.caption).toContainText("Showing step 1: (−6.87, 1.24)");
    await widget.getByText("The book", { exact: true }).click();
    await expect(ox.caption).toContainText("Showing step 1: (−6.81, 0.92)");

    await ox.changeLearningRate(0.05);
    await ox.clickChartAt(3, 3);
    await expect(page.locator(`#${ID}-x0`)).toHaveValue(/^(2\.[89]|3|3\.[01])/);

    await page.locator(`#${ID}-optimizer`).selectOption("Momentum");
    await expect(ox.caption).toContainText("Momentum (");
    await widget.getByRole("button", { name: "The book's settings (図6-5)" }).click();
    await expect(ox.caption).toContainText(
      "Momentum (book form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.90, 0.088)",
    );
    await expect(ox.status).toBeVisible();
  },
  cells: {
    "nesterov-your-turn": ["✗ step 1, x: yours should equal kobai's"],
    "nesterov-steady": ["0.3439"],
  },
});

test("the look-ahead point θ + μu and θ are marked at the step on show, and named in the caption", async ({ page }) => {
  await page.goto("/lessons/nesterov/");
  const widget = await explorer(page, ID);
  const chart = widget.locator("[data-chart-slot] svg");
  await expect(chart.locator(".ox-lookahead").first()).toBeAttached();
  await expect(chart).toContainText("θ + μu");
  await expect(caption(widget)).toContainText(
    "At step 30 the gradient is taken at the look-ahead point θ + μu = (0.69",
  );
  await scrubTo(page, widget, ID, 1);
  await expect(caption(widget)).toContainText(
    "At step 1 the gradient is taken at the look-ahead point θ + μu = (−6.87, 1.24); the classical weights θ are at (−6.93, 1.60).",
  );
  await expect(widget).toContainText("Square: θ, the weights of classical Nesterov");
  // Opt-in: plain Momentum has no look-ahead.
  await page.locator(`#${ID}-optimizer`).selectOption("Momentum");
  await expect(caption(widget)).not.toContainText("look-ahead");
  await expect(chart.locator(".ox-lookahead")).toHaveCount(0);
});

pageTest(
  "日本語版: the look-ahead the prose describes at step 1, the form toggle, and cells in Japanese",
  japanese("nesterov"),
  async (page) => {
    const widget = await explorer(page, ID);
    await page.locator(`#${ID}-timeline`).fill("1");
    await expect(caption(widget)).toContainText(
      "ステップ 1 では、先読みの点 θ + μu = (−6.87, 1.24) で勾配を測ります。古典的な重み θ は (−6.93, 1.60) にあります。",
    );
    await widget.getByText("本書の形", { exact: true }).click();
    await expect(caption(widget)).toContainText("(−6.81, 0.92)");
    await widget.getByRole("button", { name: "重いボール(μ = 0.95)、200 ステップ" }).click();
    await expect(page.locator(`#${ID}-steps`)).toHaveValue("200");

    const steady = await runCell(page, "nesterov-steady");
    await expect(steady).toContainText("本書の形:最初の3ステップ");
    await expect(steady).toContainText("0.271");
    const yourTurn = page.locator('.cell[data-cell-id="nesterov-your-turn"]');
    await yourTurn.scrollIntoViewIfNeeded();
    await expect(yourTurn).toContainText("いまは通常の Momentum です。先読みするように変えてください");
  },
);
