/**
 * The forward-pass chapter on the built site: the shape lab's inputs and presets (each
 * product's shape, or the core's message), the table that reads before any script runs,
 * the cells (the book's y, MNIST one at a time and in batches, the your-turn check), a
 * Predict and an Exercise, and screenshots at desktop and phone widths in both themes
 * (full page, no horizontal scroll).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectCellOutputs } from "./cell-helpers";
import { expectPredictAndExercise, pageTest, screenshotChapter } from "./lesson-helpers";

const URL = "/lessons/forward-pass/";
const lab = (page: Page) => page.locator("kobai-shapes#shapes");

test.describe("forward-pass chapter", () => {
  pageTest("the shape lab multiplies through the network and names both shapes of a mismatch", URL, async (page) => {
    const list = lab(page).locator("[data-shape-list]");
    // Before any script: the book's network on a batch of 100, drawn at build time.
    await expect(list.locator("li")).toHaveText([
      "Layer 1: (100 × 784) · (784 × 50) → 100 × 50",
      "Layer 2: (100 × 50) · (50 × 100) → 100 × 100",
      "Layer 3: (100 × 100) · (100 × 10) → 100 × 10",
    ]);
    await expect(lab(page).locator("#shapes-batch")).toBeAttached();
    await lab(page).locator("#shapes-batch").fill("7");
    await lab(page).locator("#shapes-batch").press("Tab");
    await expect(list.locator("li").last()).toHaveText("Layer 3: (7 × 100) · (100 × 10) → 7 × 10");
    await expect(lab(page).locator(".kobai-status")).toHaveText(
      "Every product lines up: 7 inputs in, an output of shape 7 × 10, one row per input.",
    );
    await lab(page).getByRole("button", { name: "W⁽¹⁾ transposed" }).click();
    await expect(list.locator("li[data-error]")).toContainText("[100, 784]");
    await expect(list.locator("li[data-error]")).toContainText("[50, 784]");
    await expect(list.locator("li")).toHaveCount(1);
    await expect(lab(page).locator(".kobai-status")).toHaveText(
      "Layer 1 fails: the columns of the left matrix must equal the rows of the right one.",
    );
    await lab(page).getByRole("button", { name: "One image (N = 1)" }).click();
    await expect(list.locator("li").last()).toHaveText("Layer 3: (1 × 100) · (100 × 10) → 1 × 10");
    await lab(page).locator("#shapes-w2-rows").fill("0");
    await lab(page).locator("#shapes-w2-rows").press("Tab");
    await expect(lab(page).locator("#shapes-w2-rows-error")).toBeVisible();
  });

  test("the forward-pass table reads before any script runs", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    const table = page.locator("table.forward-table");
    await expect(table.locator("tbody tr")).toHaveCount(6);
    await expect(table.locator("tbody tr").last()).toContainText("0.3168, 0.6963");
    await expect(page.locator("kobai-shapes [data-shape-list] li")).toHaveCount(3);
    await context.close();
  });

  pageTest("the cells: the book's y; your turn fails as given; MNIST both ways at 0.92", URL, async (page) => {
    test.setTimeout(120_000);
    await expectCellOutputs(page, {
      "forward-three-layer": ["y = 0.31682708, 0.69627909"],
      "forward-your-turn": ["✗ y for x = (1.0, 0.5) matches the book's network"],
      "forward-mnist": [
        "accuracy on 2000 test digits: 0.9200 one at a time, 0.9200 in batches",
        "same predictions both ways: true",
        /ms in batches of 100/,
      ],
    });
  });

  pageTest("a Predict answer stays hidden until revealed; an exercise's solution opens", URL, async (page) => {
    await expectPredictAndExercise(page, {
      predict: { hidden: "one row of ten scores", shows: "one row of ten scores" },
      exercise: { solution: "45,360 in all" },
    });
  });
});

screenshotChapter("forward-pass", {
  before: async (page) => {
    await expect(lab(page).locator("#shapes-batch")).toBeAttached();
  },
});
