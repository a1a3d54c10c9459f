/**
 * /reference/ lists every export of the core, each with an anchor, and passes axe.
 */
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import * as core from "../src/core/index";
import { allEntries } from "../src/reference/extract";

test("the reference lists every export of kobai, runtime and type, each with its anchor", async ({ page }) => {
  await page.goto("/reference/");
  const listed = new Set(
    await page.locator("article[data-export]").evaluateAll((els) => els.map((el) => el.getAttribute("data-export"))),
  );
  const runtime = Object.keys(core);
  const all = allEntries().map((e) => e.name);
  expect(runtime.filter((name) => !listed.has(name))).toEqual([]);
  expect(all.filter((name) => !listed.has(name))).toEqual([]);
  // Each is reachable from the table of contents by its own anchor.
  for (const name of ["Tensor", "Adam", "datasets", "Layer"]) {
    await expect(page.locator(`.ref-toc a[href="#${name}"]`)).toHaveCount(1);
    await expect(page.locator(`article[id="${name}"] > pre.ref-signature`)).toBeVisible();
  }
});

test("an anchor link lands on the export", async ({ page }) => {
  await page.goto("/reference/#Adam");
  await expect(page.locator("#Adam h3")).toBeInViewport();
  await expect(page.locator("#Adam .ref-source")).toContainText("src/core/optim/adam.ts");
});

for (const theme of ["light", "dark"] as const) {
  test(`the reference passes axe (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/reference/");
    const results = await new AxeBuilder({ page: page as never })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
  });
}
