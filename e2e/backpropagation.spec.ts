/**
 * The backpropagation chapter on the built site: the shopping-graph stepper (Forward,
 * Backward one node ×4, the chain rule in numbers, editing an input, the 図5-16 graph,
 * keyboard focus on a node), the cells, a Predict and an Exercise, axe, and screenshots at
 * desktop and phone widths in both themes. The layer stepper moved to two-layer-net.spec.ts.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectCellOutputs, runExpecting } from "./cell-helpers";
import { expectNoAxeViolations, japanese, openExercise, pageTest, screenshotChapter, SHOTS } from "./lesson-helpers";

const URL = "/lessons/backpropagation/";

const shop = (page: Page) => page.locator("kobai-shopping-graph#shop");
const grad = (page: Page, id: string) => shop(page).locator(`table[data-graph-table] tr[data-row="${id}"] td.bp-grad`);
const value = (page: Page, id: string) => shop(page).locator(`table[data-graph-table] tr[data-row="${id}"] td`).first();

async function ready(page: Page, query = ""): Promise<void> {
  await page.goto(URL + query);
  await expect(shop(page).locator("#shop-forward")).toBeAttached();
}

test.describe("the shopping graph", () => {
  pageTest(
    "Forward, then Backward one node four times, gives 図5-17's gradients with the chain rule in numbers",
    ready,
    async (page) => {
      const status = shop(page).locator(".kobai-status");
      await expect(status).toContainText("Press Forward");
      await expect(grad(page, "applePrice")).toHaveText("—");
      await page.click("#shop-forward");
      await expect(status).toContainText("L = 715");
      await expect(value(page, "total")).toHaveText("715");
      await expect(shop(page).locator("svg [data-value='subtotal']")).toHaveText("650");

      await page.click("#shop-backward");
      await expect(status).toHaveText("Backward at the multiplication node (1 of 4):");
      await expect(shop(page).locator("[data-chain]")).toContainText("Backward starts with ∂L/∂L = 1.");
      await expect(shop(page).locator("[data-chain]")).toContainText(
        "∂L/∂(tax) = ∂L/∂(L) · ∂(L)/∂(tax) = 1 × 650 = 650",
      );
      await expect(grad(page, "tax")).toHaveText("650");
      await expect(grad(page, "applePrice")).toHaveText("—");

      for (let i = 0; i < 3; i++) await page.click("#shop-backward");
      await expect(shop(page).locator("[data-chain]")).toContainText(
        "∂L/∂(apple price) = ∂L/∂(apples' cost) · ∂(apples' cost)/∂(apple price) = 1.1 × 2 = 2.2",
      );
      await expect(status).toContainText("Backward done");
      await expect(shop(page).locator("#shop-backward")).toBeDisabled();
      const grads = await Promise.all(
        ["applePrice", "appleCount", "orangePrice", "orangeCount", "tax"].map((id) => grad(page, id).textContent()),
      );
      expect(grads).toEqual(["2.2", "110", "3.3", "165", "650"]);
      await expect(shop(page).locator("svg [data-grad='applePrice']")).toHaveText("2.2");
      await expect(shop(page)).not.toContainText("NaN");
    },
  );

  pageTest("editing an input recomputes every value and gradient, and lives in the URL", ready, async (page) => {
    await page.click("#shop-forward");
    for (let i = 0; i < 4; i++) await page.click("#shop-backward");
    await shop(page).locator("#shop-tax").fill("2.2");
    await shop(page).locator("#shop-tax").press("Enter");
    await expect(value(page, "total")).toHaveText("1430");
    await expect(grad(page, "applePrice")).toHaveText("4.4");
    await expect(grad(page, "orangeCount")).toHaveText("330");
    await expect(grad(page, "tax")).toHaveText("650");
    await shop(page).locator("#shop-appleCount").fill("4");
    await shop(page).locator("#shop-appleCount").press("Enter");
    await expect(value(page, "total")).toHaveText("1870");
    await expect(grad(page, "tax")).toHaveText("850");
    await expect(page).toHaveURL(/w\.shop\.tax=2\.2/);
    // A bad value says so beside the input and changes nothing.
    await shop(page).locator("#shop-tax").fill("");
    await shop(page).locator("#shop-tax").press("Enter");
    await expect(shop(page).locator("#shop-tax")).toHaveAttribute("aria-invalid", "true");
    await expect(value(page, "total")).toHaveText("1870");
    await page.click("#shop-book");
    await expect(value(page, "total")).toHaveText("715");
    await page.click("#shop-reset");
    await expect(value(page, "total")).toHaveText("—");
  });

  pageTest("the 図5-16 graph, and a node read by keyboard focus", ready, async (page) => {
    await shop(page).locator("fieldset#shop-graph label", { hasText: "図5-16" }).click();
    await expect(shop(page).locator("#shop-orangePrice")).toBeHidden();
    await page.click("#shop-forward");
    await page.click("#shop-backward");
    await page.click("#shop-backward");
    await expect(value(page, "total")).toHaveText("220");
    await expect(grad(page, "tax")).toHaveText("200");
    const node = shop(page).locator("svg [data-node='mulApple']");
    await node.focus();
    await expect(node).toBeFocused();
    await expect(shop(page).locator("[data-focus]")).toHaveText(
      "Multiplication node: 100 × 2 = 200. Backward: ∂L/∂(apple price) = 2.2, ∂L/∂(apples) = 110.",
    );
    await expect(node).toHaveAttribute("aria-label", /100 × 2 = 200/);
  });
});

test.describe("cells, predict and exercises", () => {
  pageTest("the shopping cell runs; the your-turn cell names what is wrong", URL, async (page) => {
    await expectCellOutputs(page, {
      "bp-shopping": ["price 715", "dApple 2.2 dAppleNum 110"],
    });
    await runExpecting(page.locator("#cell-bp-your-affine"), [
      "∂L/∂(0.weight)",
      "At [0, 0]: expected",
      "0.weight: max relative error 1.0e+0 ✗",
    ]);
    await expectCellOutputs(page, {
      "bp-relu-kink": ["off the kink"],
    });
  });

  pageTest(
    "a Predict answer stays hidden until a choice is revealed; an exercise's solution opens",
    URL,
    async (page) => {
      // "Double the tax" commits a choice first; the answer stays hidden until it is revealed.
      const predict = page.locator(".predict", { hasText: "Double the tax" });
      const answer = predict.locator("[data-predict-answer]");
      await expect(answer).toBeHidden();
      await expect(predict.locator("[data-predict-reveal]")).toBeDisabled();
      await predict.getByLabel("The four gradients that pass through the tax node double").check();
      await predict.locator("[data-predict-reveal]").click();
      await expect(answer).toBeVisible();
      await expect(answer).toContainText("stays 650");
      const { solution } = await openExercise(page.locator(".exercise").first());
      await expect(solution).toContainText("220");
    },
  );

  pageTest("axe finds no violations in the chapter after stepping the graph", ready, async (page) => {
    await page.click("#shop-forward");
    await page.click("#shop-backward");
    // The widgets and the prose tables (the cells have their own axe test in cells.spec.ts).
    await expectNoAxeViolations(page, ["kobai-shopping-graph", "main .table-scroll"]);
  });
});

screenshotChapter("backpropagation", {
  open: (page) => ready(page),
  before: async (page, suffix) => {
    await page.click("#shop-forward");
    for (let i = 0; i < 2; i++) await page.click("#shop-backward");
    await expect(page.locator("main")).not.toContainText("NaN");
    await shop(page).screenshot({ path: `${SHOTS}/backpropagation-graph-${suffix}.png` });
  },
});

test.describe("the Japanese edition", () => {
  pageTest(
    "prose, widget, cell comments and printed words are Japanese; the widget still steps",
    japanese("backpropagation", "誤差逆伝播法", "数値微分"),
    async (page) => {
      await page.click("#shop-forward");
      for (let i = 0; i < 4; i++) await page.click("#shop-backward");
      await expect(grad(page, "applePrice")).toHaveText("2.2");
      // The cells show the Japanese comments, run the same code and print Japanese words.
      await expect(page.locator("#cell-bp-shopping")).toContainText("// 順伝播:左から右へ");
      await expectCellOutputs(page, {
        "bp-relu-kink": ["折れ目の上(a = 0):", "0.weight: 相対誤差 8.4e-1"],
        "bp-transpose": ["0.weight: 最大の相対誤差 1.9e+0 ✗"],
      });
    },
  );
});
