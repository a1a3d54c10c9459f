/**
 * The activation-functions chapter on the built site: the explorer (function radios, x
 * slider, a click on the chart), the depth slider over real stacks of layers, the softmax
 * panel's logit inputs, presets, temperature and constant, the cells, a Predict and an
 * Exercise, and screenshots at desktop and phone widths in both themes.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectCellOutputs } from "./cell-helpers";
import { expectPredictAndExercise, pageTest, screenshotChapter } from "./lesson-helpers";

const URL = "/lessons/activation-functions/";

const explorer = (page: Page) => page.locator("kobai-activation-explorer#act");
const depth = (page: Page) => page.locator("kobai-gradient-depth#depth");
const softmax = (page: Page) => page.locator("kobai-softmax#sm");
const pick = (page: Page, name: string) =>
  explorer(page).locator("fieldset#act-fn label", { hasText: new RegExp(`^${name}$`) });

async function ready(page: Page): Promise<void> {
  await page.goto(URL);
  await expect(explorer(page).locator("#act-x")).toBeAttached();
  await expect(depth(page).locator("#depth-depth")).toBeAttached();
  await expect(softmax(page).locator("#sm-a1")).toBeAttached();
}

test.describe("activation widgets", () => {
  pageTest("the explorer reads value and slope from the core at the chosen x", ready, async (page) => {
    const readout = explorer(page).locator("[data-readout]");
    await explorer(page).locator("#act-x").fill("0");
    await expect(readout).toHaveText("At x = 0: sigmoid(x) = 0.5, slope sigmoid′(x) = 0.25.");
    await expect(explorer(page).locator("figcaption")).toContainText("At x = 0: sigmoid = 0.50, slope 0.25.");
    await explorer(page).locator("#act-x").fill("6");
    await expect(readout).toHaveText("At x = 6: sigmoid(x) = 0.99753, slope sigmoid′(x) = 0.0024665.");
    await pick(page, "ReLU").click();
    await explorer(page).locator("#act-x").fill("0");
    await expect(readout).toHaveText("At x = 0: ReLU(x) = 0, slope ReLU′(x) = 0.");
    await expect(explorer(page).locator("[data-formula-for=relu]")).toBeVisible();
    await expect(explorer(page).locator("[data-formula-for=sigmoid]")).toBeHidden();
    await pick(page, "leaky ReLU").click();
    await expect(readout).toHaveText("At x = 0: leaky ReLU(x) = 0, slope leaky ReLU′(x) = 0.01.");
    await pick(page, "step").click();
    await expect(readout).toContainText("Step.backward throws");
    await expect(page).toHaveURL(/w\.act\.fn=step/);
    // A click on the chart moves x there: the right part of the plot is x > 0.
    const svg = explorer(page).locator("[data-chart-slot] svg");
    const box = (await svg.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    const x = Number((await explorer(page).locator("#act-x + output").textContent())!.replace("−", "-"));
    expect(x).toBeGreaterThan(2);
    await expect(readout).toContainText("step(x) = 1");
    await expect(explorer(page)).not.toContainText("NaN");
  });

  pageTest("the depth slider shows the sigmoid's gradient vanishing and ReLU's not", ready, async (page) => {
    const caption = depth(page).locator("figcaption");
    await expect(caption).toContainText(
      "Through 10 layers, the gradient reaching the input is 5.6e−7 for sigmoid, 0.31 for tanh and 2.80 for ReLU.",
    );
    await depth(page).locator("#depth-depth").fill("20");
    await expect(caption).toContainText("Through 20 layers, the gradient reaching the input is 6.4e−14 for sigmoid");
    await expect(caption).toContainText("3.50 for ReLU");
    await depth(page).locator("#depth-depth").fill("1");
    await expect(caption).toContainText("Through 1 layers");
    await expect(caption).not.toContainText("NaN");
    await expect(page).toHaveURL(/w\.depth\.depth=1/);
  });

  pageTest("softmax: edit logits, add a constant (nothing moves), overflow with large logits", ready, async (page) => {
    const bars = softmax(page).locator("figcaption");
    const status = softmax(page).locator(".kobai-status");
    await expect(bars).toHaveText("class 1: 0.018. class 2: 0.25. class 3: 0.74.");
    await expect(status).toHaveText("Both agree: the probabilities sum to 1.");
    await softmax(page).locator("#sm-C").fill("500");
    await softmax(page).locator("#sm-C").press("Tab");
    await expect(softmax(page).locator("table[data-softmax-table] tbody tr").first()).toContainText("500");
    await expect(bars).toHaveText("class 1: 0.018. class 2: 0.25. class 3: 0.74.");
    await expect(status).toHaveText("Both agree: the probabilities sum to 1.");
    // exp(800) is beyond float64: the naive column fails, the bars (stable) still do not move.
    await softmax(page).locator("#sm-C").fill("800");
    await softmax(page).locator("#sm-C").press("Tab");
    await expect(status).toContainText("exp overflows to Infinity");
    await expect(bars).toHaveText("class 1: 0.018. class 2: 0.25. class 3: 0.74.");
    await softmax(page)
      .getByRole("button", { name: /^Large/ })
      .click();
    await expect(status).toContainText("Infinity / Infinity = NaN");
    expect(await softmax(page).locator("td[data-naive]").allTextContents()).toEqual(["NaN", "NaN", "NaN"]);
    await expect(bars).toHaveText("class 1: 1.0. class 2: 4.5e−5. class 3: 2.1e−9.");
    // Typed logits and the temperature.
    await softmax(page)
      .getByRole("button", { name: /^The book/ })
      .click();
    await softmax(page).locator("#sm-a1").fill("4");
    await softmax(page).locator("#sm-a1").press("Tab");
    await expect(bars).toContainText("class 1: 0.43");
    await softmax(page)
      .locator("#sm-T")
      .fill(String(Math.log10(10)));
    await expect(bars).toContainText("class 2: 0.31");
    await softmax(page).locator("#sm-a2").fill("20000");
    await softmax(page).locator("#sm-a2").press("Tab");
    await expect(softmax(page).locator("#sm-a2-error")).toHaveText("Enter a number from −10000 to 10000.");
  });
});

test.describe("activation cells, predict and exercises", () => {
  pageTest("the values cell shows Step.backward's error; the your-turn cell names the worst x", URL, async (page) => {
    await expectCellOutputs(page, {
      "act-values": ["Step.backward: a step function's derivative is 0", "4.53958e-5"],
      "act-your-sigmoid": ["at x = 6", "✗ backward matches numericalGradient at every x"],
    });
  });

  pageTest("a Predict answer stays hidden until revealed; an exercise's hint and solution open", URL, async (page) => {
    await expectPredictAndExercise(page, {
      predict: { hidden: "About", shows: "for the sigmoid: ten more layers" },
      exercise: { hint: "chain rule", formula: true },
    });
  });
});

screenshotChapter("activation-functions", { open: ready });
