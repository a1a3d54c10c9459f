import { expect, type Locator } from "@playwright/test";

/**
 * Clicks a code cell's Run the way a reader does: once the cell is on screen and its
 * editor has replaced the build-time code. Mounting the editor (lazily, as the cell nears
 * the screen) shifts the layout, and a click that lands during that shift can miss the
 * button: the run never starts.
 */
export async function clickRun(cell: Locator): Promise<void> {
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator(".cm-editor")).toBeVisible({ timeout: 15_000 });
  await cell.locator("[data-action=run]").click();
}

/** Runs the cell as a reader does (clickRun) and expects each text in its output, in turn. */
export async function runExpecting(cell: Locator, texts: readonly (string | RegExp)[]): Promise<void> {
  await clickRun(cell);
  for (const text of texts) await expect(cell.locator(".cell__output")).toContainText(text);
}
