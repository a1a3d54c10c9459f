/**
 * The perceptron chapter on the built site: the playground's real controls (sliders, gate
 * radios, presets, dragging the line and its handles with the mouse, Learn step/play), the
 * XOR cycle message, the two-layer network, the cells, a Predict and an Exercise, and
 * screenshots at desktop and phone widths in both themes.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectCellOutputs } from "./cell-helpers";
import { expectPredictAndExercise, pageTest, screenshotChapter } from "./lesson-helpers";

const URL = "/lessons/perceptron/";

const widget = (page: Page) => page.locator("kobai-perceptron#pc");
const caption = (page: Page) => widget(page).locator("[data-chart-slot] figcaption");
const verdict = (page: Page) => widget(page).locator("[data-verdict]");
const gate = (page: Page, name: string) =>
  widget(page).locator("fieldset#pc-gate label", { hasText: new RegExp(`^${name}$`) });
const button = (page: Page, name: string | RegExp) => widget(page).getByRole("button", { name });

async function ready(page: Page): Promise<void> {
  await page.goto(URL);
  await expect(widget(page).locator("#pc-w1")).toBeAttached();
}

async function centreOf(locator: Locator): Promise<[number, number]> {
  const box = (await locator.boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

test.describe("perceptron playground", () => {
  pageTest("sliders and gates change the line, the truth table and its verdict", ready, async (page) => {
    await expect(verdict(page)).toHaveText("All four rows are right: this perceptron computes AND.");
    await widget(page).locator("#pc-b").fill("-0.2");
    await expect(caption(page)).toContainText("0.50·x₁ + 0.50·x₂ − 0.20 = 0");
    await expect(verdict(page)).toHaveText("2 of 4 rows are wrong for AND.");
    await expect(widget(page).locator("table[data-truth-table] td[data-correct=false]")).toHaveCount(2);
    await gate(page, "OR").click();
    await expect(verdict(page)).toHaveText("All four rows are right: this perceptron computes OR.");
    await button(page, /^NAND \(/).click();
    await expect(verdict(page)).toHaveText("All four rows are right: this perceptron computes NAND.");
    await expect(widget(page).locator("#pc-w1 + output")).toHaveText("−0.5");
    await expect(page).toHaveURL(/w\.pc\.gate=nand/);
    await expect(widget(page)).not.toContainText("NaN");
  });

  pageTest("dragging a handle turns the line; dragging the line slides it (only b changes)", ready, async (page) => {
    const handles = widget(page).locator(".pc-handle circle");
    await expect(handles).toHaveCount(2);
    await widget(page).locator("[data-chart-slot]").scrollIntoViewIfNeeded();
    const [hx, hy] = await centreOf(handles.nth(0));
    await page.mouse.move(hx, hy);
    await page.mouse.down();
    await page.mouse.move(hx + 60, hy - 40, { steps: 6 });
    await page.mouse.up();
    const w1 = await widget(page).locator("#pc-w1 + output").textContent();
    const w2 = await widget(page).locator("#pc-w2 + output").textContent();
    expect([w1, w2]).not.toEqual(["0.5", "0.5"]);
    await expect(caption(page)).not.toContainText("0.50·x₁ + 0.50·x₂ − 0.70");

    // Back to AND, then slide the line by its middle: w stays, b changes.
    await button(page, /^AND \(/).click();
    await expect(caption(page)).toContainText("0.50·x₁ + 0.50·x₂ − 0.70 = 0");
    await widget(page).locator("[data-chart-slot]").scrollIntoViewIfNeeded();
    const [ax, ay] = await centreOf(handles.nth(0));
    const [bx, by] = await centreOf(handles.nth(1));
    await page.mouse.move((ax + bx) / 2, (ay + by) / 2);
    await page.mouse.down();
    await page.mouse.move((ax + bx) / 2 - 50, (ay + by) / 2, { steps: 5 });
    await page.mouse.up();
    await expect(widget(page).locator("#pc-w1 + output")).toHaveText("0.5");
    await expect(widget(page).locator("#pc-w2 + output")).toHaveText("0.5");
    const b = Number((await widget(page).locator("#pc-b + output").textContent())!.replace("−", "-"));
    expect(b).toBeGreaterThan(-0.7);
    await expect(page).toHaveURL(/w\.pc\.b=/);
  });

  pageTest("Learn: Step shows each update with its numbers, Play learns AND and stops", ready, async (page) => {
    await button(page, "Set all to 0").click();
    const update = widget(page).locator("[data-update]");
    await button(page, "Step").click();
    await expect(update).toHaveText(
      "Epoch 1, input (0, 0): a = 0, so y = 0; the target is t = 0, error t − y = 0. Right, so nothing changes.",
    );
    for (let i = 0; i < 3; i++) await button(page, "Step").click();
    await expect(update).toContainText("Epoch 1, input (1, 1): a = 0, so y = 0; the target is t = 1, error t − y = 1.");
    await expect(update).toContainText(
      "Δw₁ = η(t − y)x₁ = 0.50, Δw₂ = η(t − y)x₂ = 0.50, Δb = η(t − y) = 0.50, so now w = (0.50, 0.50), b = 0.50.",
    );
    await widget(page).locator("#pc-learn-speed").fill("30");
    await button(page, "Play").click();
    const status = widget(page).locator(".kobai-status");
    await expect(status).toHaveText("Learned AND: epoch 6 had no mistakes, so the rule stops.");
    await expect(widget(page).locator("[data-errors]")).toHaveText("Mistakes per epoch: 1, 3, 3, 2, 1, 0");
    await expect(verdict(page)).toHaveText("All four rows are right: this perceptron computes AND.");
    await expect(widget(page).locator("#pc-w2 + output")).toHaveText("1");
    // Reset puts back the weights learning started from.
    await button(page, "Reset").click();
    await expect(widget(page).locator("#pc-w2 + output")).toHaveText("0");
  });

  pageTest("Learn on XOR never settles and the widget says why", ready, async (page) => {
    await gate(page, "XOR").click();
    await button(page, "Set all to 0").click();
    await widget(page).locator("#pc-learn-speed").fill("30");
    await button(page, "Play").click();
    const status = widget(page).locator(".kobai-status");
    await expect(status).toContainText("XOR is not linearly separable: no line puts both 1s on one side.");
    await expect(status).toContainText("After epoch 3 the weights are back where they were after epoch 2");
    await expect(verdict(page)).toContainText("rows are wrong for XOR");
    await expect(button(page, "Play")).toBeVisible(); // stopped by itself
  });

  pageTest("the two-layer network computes XOR, with both lines drawn", URL, async (page) => {
    const net = page.locator("[data-xor-network]");
    await expect(net.locator("figcaption").first()).toContainText(
      "Boundary NAND: −0.50·x₁ − 0.50·x₂ + 0.70 = 0. Boundary OR:",
    );
    await expect(net.locator("figcaption").first()).toContainText("classifies 4 of 4 points correctly");
    const y = await net.locator("table[data-xor-table] tbody tr td:nth-child(5)").allTextContents();
    expect(y).toEqual(["0", "1", "1", "0"]);
  });
});

test.describe("perceptron cells, predict and exercises", () => {
  pageTest("the gates cell runs and the your-turn cell names the wrong row", URL, async (page) => {
    await expectCellOutputs(page, {
      "perceptron-gates": ["AND: 0 0 0 1", "OR: 0 1 1 1"],
      "perceptron-xor": ["✗ XOR(1, 1) = 0", "Expected 0, got 1.", "✓ XOR(0, 0) = 0"],
    });
  });

  pageTest("a Predict answer stays hidden until revealed; an exercise's solution opens", URL, async (page) => {
    await expect(page.locator(".exercise").first().locator(".exercise__solution")).not.toHaveAttribute("open");
    await expectPredictAndExercise(page, {
      predict: { hidden: "The rule never stops by itself" },
      exercise: { hint: "Write the four conditions", solution: "Any" },
    });
  });
});

screenshotChapter("perceptron", {
  open: async (page) => {
    await ready(page);
    await expect(widget(page)).not.toContainText("NaN");
  },
});
