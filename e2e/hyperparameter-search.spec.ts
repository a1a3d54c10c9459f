/**
 * The hyperparameter-search chapter on the built site: the selection-bias sliders, a
 * lesson-scale random search whose trials appear in the scatter and the small multiples as
 * they finish, Stop cancelling the rest, the cells, a Predict, an Exercise, screenshots.
 */
import { test, expect } from "@playwright/test";
import { expectCellOutputs } from "./cell-helpers";
import { expectFinished } from "./job-helpers";
import { expectPredictAndExercise, pageTest, screenshotChapter } from "./lesson-helpers";

const PAGE = "/lessons/hyperparameter-search/";

pageTest("selection bias: more models, a higher best test score; fresh data stays near 90 %", PAGE, async (page) => {
  const bias = page.locator("#hp-bias");
  const status = bias.locator(".kobai-status");
  await expect(status).toContainText("The best of 50 on 100 test digits");
  const best = async () => Number(/scores ([0-9.]+)%/.exec((await status.textContent())!)![1]);
  const at50 = await best();
  await page.locator("#hp-bias-models").fill("1");
  await expect(status).toContainText("The best of 1 on");
  expect(await best()).toBeLessThan(at50);
  await page.locator("#hp-bias-models").fill("200");
  await expect(status).toContainText("The best of 200 on");
  expect(await best()).toBeGreaterThan(at50 - 0.001);
  await expect(bias).not.toContainText("NaN");
});

pageTest("the search plots trials as they finish; Stop cancels the rest", PAGE, async (page) => {
  test.setTimeout(240_000);
  const search = page.locator("#hp-search");
  await page.locator("#hp-search-trials").fill("6");
  await search.locator("#hp-search-start").click();
  const done = () => search.getAttribute("data-done").then(Number);
  await expect.poll(done, { timeout: 150_000 }).toBeGreaterThanOrEqual(2);
  await expect(search.locator("[data-chart-slot] [data-mark=dot] circle")).toHaveCount(await done());
  await expect(search.locator("[data-multiples] figcaption")).toContainText("Best-1");
  await expect(search.locator("[data-progress-text]")).toContainText(/of 6/);
  await search.locator("#hp-search-stop").click();
  await expect(search).toHaveAttribute("data-state", "done", { timeout: 20_000 });
  await expect(search.locator(".kobai-status")).toContainText(/Stopped/);
  expect(await done()).toBeLessThan(6);
  await expectFinished(search);
});

pageTest("cells run; the your-turn check shows the decade counts; predict and exercise open", PAGE, async (page) => {
  test.setTimeout(120_000);
  await expectCellOutputs(page, {
    "hp-your-search": ["each of the four decades", "✗"],
    "hp-one-trial": ["validation accuracy"],
  });
  await expectPredictAndExercise(page, {
    predict: { shows: "About 1 %" },
    exercise: { n: 1, solution: "25 of 100" },
  });
});

screenshotChapter("hyperparameter-search", {
  open: async (page) => {
    await page.goto(PAGE);
    await expect(page.locator("#hp-bias .kobai-status")).toContainText("The best of");
  },
});
