/**
 * The schedules chapter on the built site: the explorer (schedule, η₀ and steps; f and η_t
 * from the core; the status where the reader looks), the static RMSProp chart, the cells
 * (clipping, your turn, warmup on MNIST), a Predict, and screenshots at both widths and
 * in both themes.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectCellOutputs } from "./cell-helpers";
import { expectPredictAndExercise, japanese, pageTest, screenshotChapter } from "./lesson-helpers";

const URL = "/lessons/schedules/";
const explorer = (page: Page) => page.locator("kobai-schedule#sched");
const pick = (page: Page, name: string) => explorer(page).locator("fieldset#sched-kind label", { hasText: name });

test.describe("schedules chapter", () => {
  pageTest(
    "the explorer: cosine rescues η₀ = 1.05, a constant rate diverges, the status says which",
    URL,
    async (page) => {
      const status = explorer(page).locator(".kobai-status");
      await expect(status).toHaveText("f falls below 0.001 at step 41; at the end f = 3.89e-5.");
      await pick(page, "constant").click();
      await expect(status).toHaveText(
        "Diverged at step 51: f passed 10⁴ × its start, because η_t stayed above the limit 1.",
      );
      await explorer(page).locator("#sched-lr").fill("0.95");
      await expect(status).toContainText("f falls below 0.001 at step");
      await pick(page, "cosine").click();
      await explorer(page).locator("#sched-lr").fill("1.05");
      await expect(status).toHaveText("f falls below 0.001 at step 41; at the end f = 3.89e-5.");
      await expect(explorer(page).locator("[data-chart-slot] svg")).toBeVisible();
      await expect(explorer(page).locator("[data-lr-slot] svg")).toBeVisible();
      await expect(explorer(page)).not.toContainText("NaN");
    },
  );

  pageTest(
    "the explorer's state lives in the URL, and a bad value says so beside the status",
    `${URL}?w.sched.kind=constant&w.sched.lr=abc&w.sched.n=60`,
    async (page) => {
      const status = explorer(page).locator(".kobai-status");
      await expect(status).toHaveText(
        "Diverged at step 51: f passed 10⁴ × its start, because η_t stayed above the limit 1.",
      );
      await expect(explorer(page).locator(".kobai-problems")).toContainText("is not a number");
      await pick(page, "cosine").click();
      // The URL keeps what differs from the defaults: cosine and η₀ = 1.05 are, 60 steps is not.
      await expect(page).toHaveURL(/\/lessons\/schedules\/\?w\.sched\.n=60$/);
      await expect(status).toHaveText("After 60 steps f = 3.09e-3: not yet below 0.001.");
    },
  );

  test("the RMSProp chart reads before any script runs", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    await expect(
      page.getByText("Halving η every 300 steps leaves 55 such steps, and none after step 1,136."),
    ).toBeAttached();
    await expect(page.locator("kobai-schedule [data-chart-slot] svg")).toBeAttached();
    await context.close();
  });

  pageTest("the cells: clipping, your turn, warmup + cosine", URL, async (page) => {
    test.setTimeout(180_000);
    await expectCellOutputs(page, {
      "sched-clip": ["throws x to 40.8", "clipped to norm 1: x overshoots the minimum by 0.0"],
      "sched-your-turn": ["t = 15: yours 0.4700, kobai's 0.2550", "✗ your η_t equals CosineAnnealingLR's"],
      "sched-warmup": ["warmup + cosine:    test accuracy 0.9445"],
    });
  });

  pageTest("a Predict answer stays hidden until revealed", URL, async (page) => {
    await expectPredictAndExercise(page, {
      predict: { hidden: "grows by 10 % per step", shows: "grows by 10 % per step" },
    });
  });
});

test.describe("the Japanese edition", () => {
  pageTest(
    "prose, explorer, cell comments and printed words are Japanese; the explorer still computes",
    japanese("schedules", "学習率のスケジュールと勾配クリッピング", "学習率"),
    async (page) => {
      await expect(page.getByText("300 ステップごとに η を半分にすると、そうしたステップは 55 になり")).toBeAttached();
      await expect(explorer(page).locator(".kobai-status")).toHaveText(
        "ステップ 41 で f が 0.001 を下回ります。最後は f = 3.89e-5 です。",
      );
      await expect(page.locator("#cell-sched-clip")).toContainText("// 崖での勾配クリッピングです。");
      await expectCellOutputs(page, {
        "sched-clip": ["ノルム 50.8 の勾配で x が 40.8 まで飛ばされ"],
        "sched-your-turn": ["t = 15:書いた式 0.4700、kobai 0.2550"],
      });
    },
  );
});

screenshotChapter("schedules", {
  before: async (page) => {
    await expect(explorer(page).locator("#sched-lr")).toBeAttached();
  },
});
