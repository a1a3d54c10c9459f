/**
 * Every widget and link says what went wrong (issue 12): each bad URL value keeps its
 * message on show beside the widget's status; the Adam explorer that flies out of the bowl
 * says it diverged; a start outside the chart says so in the status line; ?present= clamps
 * every number past the end alike; counts read "1 step"; a tiny fall shows enough digits.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { watchErrors } from "./lesson-helpers";

/**
 * Opens `path` with the widget `id`'s state in the link (`?w.<id>.<key>=<value>`, as the site
 * writes it) and returns the widget once its controls are built (its `control` is there).
 */
async function widgetReady(
  page: Page,
  path: string,
  id: string,
  state: Record<string, string>,
  control = "lr",
): Promise<Locator> {
  const query = Object.entries(state).map(([key, value]) => `w.${id}.${key}=${value}`);
  await page.goto(`${path}?${query.join("&")}`);
  await expect(page.locator(`#${id}-${control}`)).toBeAttached();
  return page.locator(`#${id}`);
}

const problems = (widget: Locator) => widget.locator(".kobai-problems");
const status = (widget: Locator) => widget.locator(".kobai-status").first();

test("bad URL values: every message stays visible beside the status, in several widgets", async ({ page }) => {
  const errors = watchErrors(page);

  // Gradient descent: two bad keys; both messages stay while the status says how the run went.
  let w = await widgetReady(page, "/lessons/gradient-descent/", "gd-landscape", { lr: "abc", steps: "2.5" });
  await expect(problems(w)).toBeVisible();
  await expect(problems(w)).toContainText("lr: “abc” is not a number, so 0.1 is used.");
  await expect(problems(w)).toContainText("steps: “2.5” is not a whole number, so 30 is used.");
  await expect(status(w)).toContainText("Descending");
  await w.getByRole("button", { name: "Reset" }).click();
  await expect(problems(w)).toContainText("lr: “abc” is not a number");

  // The SGD explorer: the message survives the status line's own sentence and a replay.
  w = await widgetReady(page, "/lessons/sgd/", "sgd-bowl", { lr: "abc", n: "0" });
  await expect(problems(w)).toContainText("lr: “abc” is not a number, so 0.95 is used.");
  await expect(problems(w)).toContainText("n: 0 is outside [1, 500], so 30 is used.");
  await expect(status(w)).toContainText(/Converged|Oscillating|moving/);

  // The depth widget had no status line at all: the message sits with its controls.
  w = await widgetReady(page, "/lessons/activation-functions/", "depth", { depth: "lots" }, "depth");
  await expect(problems(w)).toBeVisible();
  await expect(problems(w)).toContainText("depth: “lots” is not a number, so 10 is used.");

  // Batch norm's panel.
  await page.goto("/lessons/batch-normalization/?w.bn.gamma=abc");
  const bn = page.locator("#bn");
  await expect(problems(bn)).toContainText("gamma: “abc” is not a number");
  expect(errors).toEqual([]);
});

test("Adam at η = 10, β₂ = 0, ε = 1e-12 says it diverged", async ({ page }) => {
  const w = await widgetReady(page, "/lessons/adam/", "adam-bowl", { lr: "10", b2: "0", eps: "1e-12", n: "100" });
  await expect(status(w)).toHaveText(/^Diverged at step 61\./);
  await expect(status(w)).toHaveAttribute("data-tone", "error");
});

test("SGD started at (10000, −10000) says in its status that no path is drawn", async ({ page }) => {
  const w = await widgetReady(page, "/lessons/sgd/", "sgd-bowl", { x: "10000", y: "-10000" });
  await expect(status(w)).toContainText(
    "None of this path is inside the chart (x from −10 to 10, y from −10 to 10), so none of it is drawn",
  );
  await expect(status(w)).toHaveAttribute("data-tone", "warning");
});

test("?present= past the end opens the last section, however it is written", async ({ page }) => {
  await page.goto("/lessons/sgd/");
  const n = (await page.locator(".prose h2").count()) + 1; // the opening, then one section per h2
  const bar = page.getByRole("region", { name: "Walkthrough controls" });
  for (const present of ["999", "1e308", "1e999"]) {
    await page.goto(`/lessons/sgd/?present=${present}`);
    await expect(page.locator("html")).toHaveClass(/wt-on/);
    await expect(bar.getByText(`Section ${n} of ${n}`)).toBeVisible();
  }
});

test("counts and tiny falls read right: “1 step”, and never 6.39 → 6.39", async ({ page }) => {
  const w = await widgetReady(page, "/lessons/gradient-descent/", "gd-landscape", { lr: "0.00001", steps: "1" });
  const text = (await status(w).textContent()) ?? "";
  expect(text).toMatch(/after 1 step\.$/);
  const [, from, to] = /, (\S+) → (\S+) after/.exec(text) ?? [];
  expect(from).toBeTruthy();
  expect(from).not.toBe(to);

  const sgd = await widgetReady(page, "/lessons/sgd/", "sgd-bowl", { n: "1" });
  await expect(status(sgd)).toContainText(/after 1 step\./);
  await expect(sgd.locator("[data-chart-slot] figcaption")).toContainText(": 1 step from");
});
