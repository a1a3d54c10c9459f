/**
 * The Adam chapter on the built site: the explorer (learning rate, timeline with m̂ and the
 * step-size ellipse, the book's settings of 図6-7, the L2 / AdamW / ε / tiny-gradient presets,
 * the form toggle), the bias-correction switch, the cells, a Predict and an Exercise, and
 * screenshots.
 */
import { test, expect } from "@playwright/test";
import { optimizerChapterTests } from "./optimizer-explorer";
import { SHOTS } from "./lesson-helpers";

const URL = "/lessons/adam/";

optimizerChapterTests({
  slug: "adam",
  opening: {
    caption: [
      "Adam (PyTorch form) with η = 0.30, β₁ = 0.90, β₂ = 0.999, ε = 1.0e−8",
      "to (0.14, 0.32), final f = 0.10",
    ],
  },
  learningRate: { eta: 0.1, captionLoses: "final f = 0.10.", scrubTo: 3 },
  explorer: async (page, widget, ox) => {
    await ox.presets([
      {
        button: "The book's settings (図6-7)",
        caption: [
          "Adam (book form) with η = 0.30, β₁ = 0.90, β₂ = 0.999, ε = 1.0e−7 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.14, 0.32)",
        ],
        status: "Still moving: f = 0.10 after 30 steps.",
      },
      { button: "AdamW, λ = 0.1", caption: ["to (0.67, 0.19), final f = 0.058"] },
      { button: "L2 weight decay λ = 0.1", caption: ["λ = 0.10", "to (0.14, 0.32), final f = 0.10"] },
      { button: "ε = 1", caption: ["final f = 0.70"] },
    ]);
    await widget.getByText("The book", { exact: true }).click();
    await expect(ox.caption).toContainText("ε = 1 on the book's bowl");
    await expect(ox.caption).toContainText("final f = 2.02");

    await widget.getByRole("button", { name: "A tiny gradient in y" }).click();
    await ox.scrubTo(1);
    await expect(ox.caption).toContainText("Showing step 1: (−6.70, −0.20)");
    await widget.getByText("The book", { exact: true }).click();
    await expect(ox.caption).toContainText("Showing step 1: (−6.70, −0.0019)");
  },
  cells: {
    "adam-your-turn": ["✗ step 1, x: yours should equal kobai's"],
    "adam-weight-decay": ["AdamW: largest change of the path: 1.57792"],
  },
  moreScreenshots: async (page, suffix) => {
    await page.locator("#adam-bc").getByRole("radio", { name: "Only m" }).check();
    await page.locator("#adam-bc").screenshot({ path: `${SHOTS}/adam-bias-${suffix}.png` });
    await page
      .locator("figure.kobai-chart", { hasText: "multiplies m" })
      .screenshot({ path: `${SHOTS}/adam-factors-${suffix}.png` });
  },
});

test("the bias-correction switch shows each variant's path", async ({ page }) => {
  await page.goto(URL);
  const bc = page.locator("#adam-bc");
  const visibleCaption = bc.locator(".bc__chart:visible figcaption");
  await expect(visibleCaption).toContainText(
    "Adam, m and v corrected, η = 0.30, from (−7, 2): step 1 lands at (−6.70, 1.70)",
  );
  await bc.getByRole("radio", { name: "Only m" }).check();
  await expect(visibleCaption).toContainText("step 1 lands at (2.49, −7.49)");
  await bc.getByRole("radio", { name: "Only v" }).focus();
  await page.keyboard.press("Space");
  await expect(visibleCaption).toContainText("step 1 lands at (−6.97, 1.97)");
  await bc.getByRole("radio", { name: "Neither" }).check();
  await expect(visibleCaption).toContainText("step 1 lands at (−6.05, 1.05)");
  await expect(bc.locator(".bc__chart:visible")).toHaveCount(1);
});
