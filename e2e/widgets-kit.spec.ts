/**
 * The widget kit in a real browser, through the demo on /dev/charts/: the static chart
 * is replaced by a live one, play/step/reset drive a real optimizer, settings go into
 * the URL (and come back from it, bad values explained), a click sets the start.
 */
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const PAGE = "/dev/charts/";

test("the widget replaces the build-time chart and steps a real optimizer", async ({ page }) => {
  await page.goto(PAGE);
  const widget = page.locator("#bowl-demo");
  await expect(widget.locator("figure.kobai-chart:not([data-static])")).toHaveCount(2); // contour + loss
  await expect(widget.locator("figure[data-static]")).toHaveCount(0);
  await expect(widget.locator("[role=status]")).toContainText("after 30 steps");
  await widget.getByRole("button", { name: "Step" }).click();
  await widget.getByRole("button", { name: "Step" }).click();
  await expect(widget.locator("figcaption").first()).toContainText("SGD: 2 steps from (−7, 2)");
  await widget.getByRole("button", { name: "Reset" }).click();
  await expect(widget.locator("figcaption").first()).toContainText("0 steps");
});

test("settings go into the URL and a link restores them", async ({ page }) => {
  await page.goto(PAGE);
  const widget = page.locator("#bowl-demo");
  await widget.getByText("Adam", { exact: true }).click();
  await expect(page).toHaveURL(/w\.bowl-demo\.optimizer=Adam/);
  await page.goto(`${PAGE}?w.bowl-demo.optimizer=Momentum&w.bowl-demo.lr=0.1`);
  await expect(widget.getByRole("radio", { name: "Momentum" })).toBeChecked();
  await expect(widget.locator("output").first()).toHaveText("0.1");
});

test("a bad value in the URL falls back with a message", async ({ page }) => {
  await page.goto(`${PAGE}?w.bowl-demo.lr=fast`);
  await expect(page.locator("#bowl-demo [role=status]")).toContainText("lr: “fast” is not a number, so 0.95 is used.");
});

test("clicking the chart sets the start", async ({ page }) => {
  await page.goto(PAGE);
  // The live chart replaces the build-time one: click that one, once it is drawn.
  const svg = page.locator("#bowl-demo [data-chart-slot] figure.kobai-chart:not([data-static]) svg");
  await expect(svg).toBeVisible();
  const box = (await svg.boundingBox())!;
  await svg.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(page.locator("#bowl-demo [role=status]")).toContainText("Start set to (");
  await expect(page).toHaveURL(/w\.bowl-demo\.x=/);
});

test("the gallery passes axe", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator("#bowl-demo figure.kobai-chart:not([data-static])").first()).toBeVisible();
  const results = await new AxeBuilder({ page: page as never })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
});
