/**
 * The comparison chapter on the built site: the six panels draw, one landscape select and the
 * steps slider redraw all six; the table; the MNIST race starts, grows its curves and stops;
 * the cells, a Predict and an Exercise; screenshots.
 */
import { test, expect, type Locator, type Page } from "@playwright/test";
import { revealPredictAndSolution, runCell } from "./optimizer-explorer";
import { forEachScreen, SHOTS } from "./lesson-helpers";

const URL = "/lessons/optimizer-comparison/";
const SIX = ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"];

/** The grid, once the element has put in its live charts (no build-time figure left). */
async function grid(page: Page): Promise<Locator> {
  const widget = page.locator("#six");
  await expect(widget.locator("#six-landscape")).toBeAttached();
  await expect(widget.locator(".cmp__panel figure.kobai-chart:not([data-static])")).toHaveCount(6);
  return widget;
}
const captions = (widget: Locator) =>
  Promise.all(SIX.map((n) => widget.locator(`[data-panel="${n}"] figcaption`).textContent()));

test("six charts draw; the landscape select and the steps slider redraw all six", async ({ page }) => {
  await page.goto(URL);
  const widget = await grid(page);
  await expect(widget.locator(".cmp__panel figure.kobai-chart svg[role=img]")).toHaveCount(6);
  const status = widget.locator(".kobai-status");
  await expect(status).toContainText("AdaGrad: Converged to the global minimum: f − f* < 0.001 from step 29 on.");
  const before = await captions(widget);
  expect(before[0]).toContain("SGD with η = 0.95");

  await widget.getByLabel("Function for all six").selectOption("rosenbrock");
  await expect(status).toContainText("SGD: Diverged at step 1.");
  const after = await captions(widget);
  after.forEach((c, i) => {
    expect(c).not.toBe(before[i]);
    expect(c).toContain("Rosenbrock's valley");
  });
  await expect(page).toHaveURL(/w\.six\.land=rosenbrock/);

  await page.locator("#six-steps").fill("500");
  await expect(status).toContainText("Adam: Converged to the global minimum: f − f* < 0.001 from step 412 on.");
  await widget.getByLabel("Function for all six").selectOption("tilted");
  await expect(status).toContainText("RMSProp: Converged to the global minimum: f − f* < 0.001 from step 449 on.");
  await expect(widget).not.toContainText("NaN");
});

test("the table holds the computed outcomes", async ({ page }) => {
  await page.goto(URL);
  const rows = page.locator(".table-scroll tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toContainText("29");
  await expect(rows.nth(2)).toContainText("diverges at 1");
  await expect(rows.nth(3)).toContainText("leaves at 1");
});

test("the MNIST race starts, grows its curves and stops", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(URL);
  const race = page.locator("#comparison-mnist");
  const points = async () => Number(await race.locator("[data-chart-slot]").getAttribute("data-points"));
  await expect(race.locator('[data-action="start"]')).toBeEnabled();
  await race.locator('[data-action="start"]').click();
  await expect(race).toHaveAttribute("data-state", "running", { timeout: 60_000 });
  await expect.poll(points, { timeout: 60_000 }).toBeGreaterThan(0);
  const first = await points();
  await expect.poll(points, { timeout: 60_000 }).toBeGreaterThan(first);
  await race.locator('[data-action="stop"]').click();
  await expect(race).toHaveAttribute("data-state", "done", { timeout: 15_000 });
  await expect(race.locator(".kobai-status")).toContainText(/Stopped at step \d+ of 400/);
  await expect(race.locator("[data-chart-slot] figcaption")).toContainText("Adam");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await race.screenshot({ path: `${SHOTS}/optimizer-comparison-race-desktop-${scheme}.png` });
  }
});

test("cells, a Predict and an Exercise", async ({ page }) => {
  await page.goto(URL);
  const out = await runCell(page, "comparison-your-turn");
  await expect(out).toContainText("✗ Momentum (η = 0.1, μ = 0.9) needs fewer steps than AdaGrad's 29");
  const rep = await runCell(page, "comparison-reproduce");
  await expect(rep).toContainText("AdaGrad");
  await revealPredictAndSolution(page);
});

test("screenshots", async ({ page }) => {
  await forEachScreen(page, async (suffix) => {
    await page.goto(URL);
    const widget = await grid(page);
    await widget.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/optimizer-comparison-${suffix}.png` });
    await widget.screenshot({ path: `${SHOTS}/optimizer-comparison-widget-${suffix}.png` });
    const table = page.locator(".table-scroll");
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/optimizer-comparison-table-${suffix}.png` });
  });
});
