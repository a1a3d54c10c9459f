/**
 * The two-layer-net chapter on the built site: the layer stepper (forward ×4, backward ×4,
 * the gradient check, an injected bug caught at N = 3 and hidden at N = 1 via the URL), the
 * TrainingRun of TwoLayerNet on MNIST (sigmoid beside ReLU, the accuracies and the loss
 * chart, pause and stop), the cells (layer by layer, the gradient check of 5.7.3 with both
 * gradients timed, the your-turn check), a Predict and an Exercise, axe, and screenshots at
 * desktop and phone widths in both themes.
 */
import { expect, test, type Page } from "@playwright/test";
import { clickRun, expectCellOutputs } from "./cell-helpers";
import { chartPoints, pressJob } from "./job-helpers";
import { expectNoAxeViolations, expectPredictAndExercise, pageTest, screenshotChapter, SHOTS } from "./lesson-helpers";

const URL = "/lessons/two-layer-net/";

const net = (page: Page) => page.locator("kobai-layer-stepper#net");

async function ready(page: Page, query = ""): Promise<void> {
  await page.goto(URL + query);
  await expect(net(page).locator("#net-forward")).toBeAttached();
}

test.describe("the layer stepper", () => {
  pageTest("forward four layers, backward four layers, then a passing gradient check", ready, async (page) => {
    const explain = net(page).locator("[data-explain]");
    await expect(explain).toHaveText("Seed 1, N = 3. Press Forward one layer: X goes in at the top.");
    await expect(net(page).locator("#net-backward")).toBeDisabled();
    await page.click("#net-forward");
    await expect(net(page).locator("[data-stage='affine1']")).toHaveAttribute("data-current", "forward");
    await expect(net(page).locator("[data-matrix='affine1-out'] td")).toHaveCount(9);
    for (let i = 0; i < 3; i++) await page.click("#net-forward");
    await expect(net(page).locator("[data-loss]")).toHaveText("L = 1.5975");
    await expect(net(page).locator("#net-forward")).toBeDisabled();
    await page.click("#net-backward");
    await expect(explain).toContainText("(Y − T)/N with N = 3");
    await expect(net(page).locator("[data-matrix='loss-dIn'] td").first()).toHaveText("−0.209");
    await expect(net(page).locator("[data-check]")).toContainText("appears when backward is done");
    for (let i = 0; i < 3; i++) await page.click("#net-backward");
    await expect(net(page).locator("[data-stage='affine1']")).toHaveAttribute("data-current", "backward");
    await expect(net(page).locator("[data-matrix='affine1-dW'] td")).toHaveCount(6);
    await expect(net(page).locator("table[data-check-table] tbody tr[data-ok='true']")).toHaveCount(4);
    await expect(net(page).locator(".kobai-status")).toContainText("All 4 parameters agree");
    await expect(net(page)).not.toContainText("NaN");
  });

  pageTest(
    "an injected bug: caught at N = 3, hidden at N = 1 (opened from the chapter's link)",
    ready,
    async (page) => {
      await net(page).locator("#net-bug").selectOption("bias-first-row");
      await page.click("#net-run");
      await expect(net(page).locator("tr[data-param='0.bias']")).toHaveAttribute("data-ok", "false");
      await expect(net(page).locator("tr[data-param='2.bias']")).toHaveAttribute("data-ok", "false");
      await expect(net(page).locator("tr[data-param='0.weight']")).toHaveAttribute("data-ok", "true");
      await expect(net(page).locator(".kobai-status")).toContainText("0.bias, 2.bias: backprop disagrees");
      // The pitfall's link: N = 1 with the same bug. Every check passes, and the widget warns.
      await page.getByRole("link", { name: "open it like that" }).click();
      await expect(page).toHaveURL(/w\.net\.batch=1/);
      await expect(net(page).locator("#net-batch")).toHaveValue("1");
      await expect(net(page).locator("#net-bug")).toHaveValue("bias-first-row");
      await page.click("#net-run");
      await expect(net(page).locator("table[data-check-table] tbody tr[data-ok='true']")).toHaveCount(4);
      await expect(net(page).locator(".kobai-status")).toContainText("invisible with a batch of one");
      await net(page).locator("#net-batch").fill("3");
      await net(page).locator("#net-batch").press("Enter");
      await page.click("#net-run");
      await expect(net(page).locator("tr[data-param='0.bias']")).toHaveAttribute("data-ok", "false");
    },
  );
});

test.describe("training TwoLayerNet on MNIST", () => {
  pageTest(
    "the lesson preset trains sigmoid and ReLU in a worker: accuracies, the loss chart, pause and stop",
    URL,
    async (page) => {
      test.setTimeout(240_000);
      const widget = page.locator("kobai-training-run#tl-mnist");
      await expect(widget.locator('[data-action="start"]')).toBeEnabled();
      await expect(widget.locator("select, input").first()).toBeAttached();
      await expect(widget).toContainText("Reproduce 図4-12");
      await pressJob(widget, "start", "running", 60_000);
      // After the first epoch: both nets' accuracies, and the loss per step in the second chart.
      await expect.poll(chartPoints(widget), { timeout: 120_000 }).toBeGreaterThanOrEqual(8);
      const lossChart = widget.locator("[data-loss-slot]");
      await expect(lossChart).toBeVisible();
      await expect(lossChart.locator("figure.kobai-chart figcaption")).toContainText("ReLU (ch. 5)");
      await expect(widget.locator("[data-chart-slot] figure.kobai-chart figcaption")).toContainText(
        "sigmoid (ch. 4) test",
      );
      await expect(widget.locator("[data-progress-text]")).toContainText(/Step \d+ of 800/);
      await pressJob(widget, "pause", "paused", 10_000);
      await pressJob(widget, "stop", "done", 15_000);
      await expect(widget.locator(".kobai-status")).toContainText(/Stopped at step \d+ of 800/);
      await widget.locator("summary").click();
      await expect(widget.locator("[data-summary] li").first()).toContainText(/ReLU \(ch\. 5\): train accuracy \d/);
      await expect(widget).not.toContainText("NaN");
      await widget.screenshot({ path: `${SHOTS}/two-layer-net-training-desktop-light.png` });
    },
  );
});

test.describe("cells, predict and exercises", () => {
  pageTest("the layer-by-layer cell runs; the your-turn cell names each wrong gradient", URL, async (page) => {
    await expectCellOutputs(page, {
      "tl-layer-by-layer": ["L = 1.59752", "2.bias [1, 2]: max relative error"],
      "tl-your-gradient": ["∂L/∂W1", "At [0, 0]: expected"],
    });
  });

  pageTest(
    "the gradient check of 5.7.3 on the MNIST network, with both gradients timed in the page",
    URL,
    async (page) => {
      test.setTimeout(300_000);
      const cost = page.locator("#cell-tl-gradient-cost");
      await clickRun(cost);
      const output = cost.locator(".cell__output");
      await expect(output).toContainText("39760 parameters: 79520 forward passes", { timeout: 60_000 });
      await expect(output).toContainText("0.weight 784 × 50: max |backprop − numerical| = 5.8e-12", {
        timeout: 240_000,
      });
      await expect(output).toContainText("2.bias 1 × 10: max |backprop − numerical| = 1.2e-10");
      await expect(output).toContainText(/one gradient by backprop: [\d.]+ ms/);
      await expect(output).toContainText(/backprop is [\d,]+× faster on this machine/);
    },
  );

  pageTest("a Predict answer stays hidden until revealed; an exercise's solution opens", URL, async (page) => {
    await expectPredictAndExercise(page, {
      predict: { hidden: "each with a relative error of exactly" },
      exercise: { n: 2, solution: "10,000 steps are 125 epochs" },
    });
  });

  pageTest("axe finds no violations in the stepper and the training widgets", ready, async (page) => {
    await page.click("#net-run");
    await expect(page.locator("kobai-training-run#tl-mnist [data-action='start']")).toBeEnabled();
    await expectNoAxeViolations(page, ["kobai-layer-stepper", "kobai-training-run"]);
  });
});

screenshotChapter("two-layer-net", {
  open: (page) => ready(page),
  before: async (page, suffix) => {
    for (let i = 0; i < 5; i++) await page.click(i < 4 ? "#net-forward" : "#net-backward");
    await expect(page.locator("main")).not.toContainText("NaN");
    await net(page).screenshot({ path: `${SHOTS}/two-layer-net-stepper-${suffix}.png` });
  },
});
