/**
 * Nothing the reader types is lost (issue 12): keys typed before the editor is ready,
 * storage that is full or missing, two tabs editing one cell, and edits to shared code.
 */
import { test, expect, type Page } from "@playwright/test";
import { cellOf, PLAYGROUND } from "./cell-code";

/** Holds back the editor's code for `ms`, as a slow connection would. Returns a release. */
async function delayEditor(page: Page, ms: number): Promise<void> {
  await page.route(/editor[.-][\w-]*\.js|\/editor\.ts/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

async function editorText(page: Page, id: string): Promise<string> {
  const content = cellOf(page, id).locator(".cm-content");
  await expect(content).toBeAttached({ timeout: 20_000 });
  return content.evaluate((el) => Array.from(el.querySelectorAll(".cm-line"), (l) => l.textContent).join("\n"));
}

const savedCode = (page: Page, id: string) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").code as string | undefined, `kobai:cell:/playground:${id}`);

test("Ctrl+A, Delete and typing before the editor is ready replace the code, in order", async ({ page }) => {
  await delayEditor(page, 2500);
  await page.goto(PLAYGROUND);
  const cell = cellOf(page, "tensors");
  const staticCode = cell.locator(".cell__static");
  await staticCode.locator(".cell__static-line").nth(3).click();
  await expect(cell.locator(".cm-editor")).toHaveCount(0); // still the static code
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type('console.log("typed early");');
  await page.keyboard.press("Enter");
  await page.keyboard.type("const n = 2;");
  // Ctrl+A selected the cell's code, not the page.
  expect(await page.evaluate(() => String(getSelection()))).not.toContain("Playground");
  await expect(cell.locator(".cm-editor")).toBeVisible({ timeout: 20_000 });
  expect(await editorText(page, "tensors")).toBe('console.log("typed early");\nconst n = 2;');
  await expect(cell.locator(".cm-content")).toBeFocused();
  // Typing goes on in the editor, and it is all saved.
  await page.keyboard.type(" // more");
  expect(await savedCode(page, "tensors")).toBe('console.log("typed early");\nconst n = 2; // more');
});

test("typing straight into the clicked static code lands where the reader clicked", async ({ page }) => {
  await delayEditor(page, 2500);
  await page.goto(PLAYGROUND);
  const cell = cellOf(page, "tensors");
  const firstLine = cell.locator(".cell__static-line").first();
  const original = (await firstLine.textContent()) ?? "";
  const box = (await firstLine.boundingBox())!;
  await page.mouse.click(box.x + box.width - 1, box.y + box.height / 2); // the end of line 1
  await page.keyboard.type("/* abc */");
  await expect(cell.locator(".cm-editor")).toBeVisible({ timeout: 20_000 });
  const lines = (await editorText(page, "tensors")).split("\n");
  expect(lines[0]).toBe(original + "/* abc */");
});

test("the editor replaces the static code without moving anything", async ({ page }) => {
  await delayEditor(page, 2500);
  await page.goto(PLAYGROUND);
  const cells = ["tensors", "uses-previous"].map((id) => cellOf(page, id));
  const runsBefore = await Promise.all(cells.map((cell) => cell.getByRole("button", { name: "Run" }).boundingBox()));
  await expect(cells[1].locator(".cm-editor")).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(200);
  const runsAfter = await Promise.all(cells.map((cell) => cell.getByRole("button", { name: "Run" }).boundingBox()));
  for (const [i, before] of runsBefore.entries()) expect(Math.abs(runsAfter[i]!.y - before!.y)).toBeLessThanOrEqual(1);
});
