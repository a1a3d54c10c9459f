/**
 * The dropout chapter on the built site: the step button of the 4-6-6-2 network changes
 * which units drop (the core's masks), the ratio and form controls, a lesson-scale run with
 * a changed dropout ratio, the cells, a Predict, an Exercise, and screenshots.
 */
import { test, expect } from "@playwright/test";
import { clickRun, expectCellOutputs } from "./cell-helpers";
import { expectChartToGrow, expectFinished, pressJob } from "./job-helpers";
import { japanese, openExercise, pageTest, screenshotChapter } from "./lesson-helpers";

const PAGE = "/lessons/dropout/";

pageTest("Next step changes the dropped units; form and mode change the scale, not the masks", PAGE, async (page) => {
  const net = page.locator("#drop-net");
  await expect(net).toHaveAttribute("data-step", "1");
  const dropped = () => net.getAttribute("data-dropped");
  const seen = new Set([await dropped()]);
  for (let k = 2; k <= 4; k++) {
    await page.locator("#drop-net-next").click();
    await expect(net).toHaveAttribute("data-step", String(k));
    seen.add(await dropped());
  }
  expect(seen.size).toBeGreaterThan(1);
  await expect(net.locator(".dropnet__scale")).toHaveText("Kept units × 2");
  await expect(net.locator("[data-caption]")).toContainText("Step 4 (seed 0)");
  const masks = await dropped();
  await net.getByText("The book's", { exact: true }).click();
  await expect(net.locator(".dropnet__scale")).toHaveText("Kept units × 1");
  expect(await dropped()).toBe(masks);
  await net.getByText("Inference", { exact: true }).click();
  await expect(net.locator(".dropnet__scale")).toHaveText("Kept units × 0.5");
  await expect(net.locator(".dropnet__unit--dropped")).toHaveCount(0);
  await page.locator("#drop-net-p").fill("0");
  await page.locator("#drop-net-next").click();
  await expect(net.locator(".dropnet__unit--dropped")).toHaveCount(0);
  await expect(net.locator("[data-caption]")).toContainText("drops none");
  await expect(net).not.toContainText("NaN");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  pageTest("the network of the first step is drawn at build time, with its dropped units", PAGE, async (page) => {
    const figure = page.locator("#drop-net [data-chart-slot] svg");
    await expect(figure).toBeVisible();
    await expect(figure.locator(".dropnet__unit")).toHaveCount(18);
    expect(await figure.locator(".dropnet__unit--dropped").count()).toBeGreaterThan(0);
    await expect(page.locator("#drop-net .dropnet__scale")).toHaveText("Kept units × 2");
  });
});

pageTest("a lesson-scale run with dropout 0.3 draws growing curves; Stop ends it", PAGE, async (page) => {
  test.setTimeout(180_000);
  const run = page.locator("#dropout-mnist");
  await page.locator("#dropout-mnist-dropout").fill("0.3");
  await pressJob(run, "start");
  await expectChartToGrow(run, 4, 90_000);
  await expect(run.locator("figcaption").first()).toContainText("0.3");
  await pressJob(run, "stop", "done", 20_000);
  await expectFinished(run);
});

pageTest("cells run; the your-turn check fails as given; predict and exercise open", PAGE, async (page) => {
  test.setTimeout(120_000);
  await expectCellOutputs(page, {
    "dropout-expectation": ["largest gap"],
    "dropout-your-turn": ["forward equals kobai's Dropout", "✗"],
  });
  const predict = page.locator(".predict", { hasText: "p = 0 in the widget" });
  await predict.locator(".predict__answer summary").click();
  await expect(predict.locator(".predict__answer")).toContainText("identity");
  const { solution } = await openExercise(page.locator(".exercise").nth(1));
  await expect(solution).toContainText("1.25");
});

pageTest(
  "日本語版: the network widget and a cell's comments and output in Japanese",
  japanese("dropout"),
  async (page) => {
    test.setTimeout(120_000);
    await expect(page.locator(".prose h2").first()).toHaveText("消去されるユニットを1ステップずつ見る");
    const net = page.locator("#drop-net");
    await expect(net.locator(".dropnet__scale")).toHaveText("残ったユニット × 2");
    const masks = await net.getAttribute("data-dropped");
    // The form the prose tells the reader to switch to, under the name the prose gives it.
    await net.getByText("推論時に縮小(本書の方式)", { exact: true }).click();
    await expect(net.locator(".dropnet__scale")).toHaveText("残ったユニット × 1");
    expect(await net.getAttribute("data-dropped")).toBe(masks);
    const exp = page.locator("#cell-dropout-expectation");
    await expect(exp).toContainText("2つの方式の Dropout がどちらも正しく働く理由");
    await clickRun(exp);
    await expect(exp.locator(".cell__output")).toContainText("最大の差", { timeout: 60_000 });
    await expect(exp.locator(".cell__output")).not.toContainText("largest gap");
  },
);

screenshotChapter("dropout", {
  open: async (page) => {
    await page.goto(PAGE);
    await expect(page.locator("#drop-net svg")).toBeVisible();
  },
});

screenshotChapter("dropout-ja", {
  open: async (page) => {
    await page.goto("/ja/lessons/dropout/");
    await expect(page.locator("#drop-net svg")).toBeVisible();
  },
});
