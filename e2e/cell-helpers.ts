import { expect, test, type Locator, type Page } from "@playwright/test";

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

/** How long each expected text may take to appear (default 10 s; a cell that trains waits longer). */
export interface CellWait {
  timeout?: number;
}

/** Runs the cell as a reader does (clickRun) and expects each text in its output, in turn. */
export async function runExpecting(
  cell: Locator,
  texts: readonly (string | RegExp)[],
  { timeout }: CellWait = {},
): Promise<void> {
  await clickRun(cell);
  for (const text of texts) await expect(cell.locator(".cell__output")).toContainText(text, { timeout });
}

/** Cells to run, by id (`#cell-<id>`), in this order, with the texts each one's output must show. */
export type CellOutputs = Readonly<Record<string, readonly (string | RegExp)[]>>;

/**
 * Once the page's cells are ready, runs each of `cells`, in order, as a reader does, and expects
 * its texts (runExpecting). A text may take as long as the test's own budget (test.setTimeout),
 * since a cell that trains on MNIST takes a while.
 */
export async function expectCellOutputs(page: Page, cells: CellOutputs): Promise<void> {
  await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
  const timeout = test.info().timeout;
  for (const [id, texts] of Object.entries(cells)) await runExpecting(page.locator(`#cell-${id}`), texts, { timeout });
}
