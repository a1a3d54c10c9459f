/**
 * A cell that runs out of memory takes down only its runtime (issue 12): the cells' worker
 * lives in a sandboxed frame of its own (src/notebook/runtime-frame.ts). The browser's heap
 * is capped at 128 MB here so the allocation ends in a second, not after gigabytes.
 *
 * Also here: the frame's sandbox, data files reaching the framed worker, and output a
 * timer makes after its run ended.
 */
import { test, expect, type Page } from "@playwright/test";
import config from "../playwright.config";
import { cellOf, outputOf, runShared, shareLink } from "./cell-code";
import { clickRun } from "./cell-helpers";

const LESSON = "/lessons/activation-functions/";

test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...(config.use?.launchOptions?.args ?? []), "--js-flags=--max-old-space-size=128"],
  },
});

async function editorText(page: Page, id: string): Promise<string> {
  return cellOf(page, id)
    .locator(".cm-content")
    .evaluate((el) => Array.from(el.querySelectorAll(".cm-line"), (l) => l.textContent).join("\n"));
}

test("a cell that allocates without end fails with “ran out of memory”; the page, its widgets and edits live on", async ({
  page,
}) => {
  const hoard = "const hoard: number[][] = [];\nwhile (true) hoard.push(new Array(1_000_000).fill(hoard.length));";
  await page.goto(shareLink("act-values", hoard, LESSON));
  await expect(cellOf(page, "act-values").locator(".cell__notice")).toContainText("You are viewing shared code.");

  // An edit the reader typed in another cell before the crash.
  const softmax = cellOf(page, "act-softmax");
  await softmax.scrollIntoViewIfNeeded();
  await softmax.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type('console.log("typed before the crash");');

  await clickRun(cellOf(page, "act-values"));
  const error = outputOf(page, "act-values").locator(".cell-out__error");
  await expect(error).toContainText("most likely because the cell ran out of memory", { timeout: 45_000 });
  await expect(cellOf(page, "act-values").locator(".cell__status")).toHaveText(/Failed/);
  await expect(cellOf(page, "act-values").getByRole("button", { name: "Stop" })).toBeDisabled();

  // The page lives: a widget still answers…
  const explorer = page.locator("kobai-activation-explorer#act");
  await explorer.locator("#act-x").fill("0");
  await expect(explorer.locator("figcaption")).toContainText("At x = 0: sigmoid = 0.50, slope 0.25.");
  // …the edit is still there, and another cell runs in a fresh runtime.
  expect(await editorText(page, "act-softmax")).toContain('console.log("typed before the crash");');
  await clickRun(softmax);
  await expect(softmax.locator(".cell__status")).toHaveText(/Ran in/, { timeout: 30_000 });
  await expect(outputOf(page, "act-softmax")).toContainText("typed before the crash");
  await expect(page.locator("iframe.cell-runtime-frame")).toHaveCount(1);
});

test("the runtime's frame may run scripts and nothing else, and data files still reach the cells", async ({
  page,
}) => {
  await runShared(
    page,
    "tensors",
    'import { datasets } from "kobai";\nconst d = await datasets.mnist({ train: 10, test: 5 });\nconsole.log(d.train.x.shape);',
  );
  await expect(cellOf(page, "tensors").locator(".cell__status")).toHaveText(/Ran in/, { timeout: 30_000 });
  await expect(outputOf(page, "tensors").locator(".cell-out__line")).toHaveText(["[10, 784]"]);
  const frame = page.locator("iframe.cell-runtime-frame");
  await expect(frame).toHaveAttribute("sandbox", "allow-scripts");
  // Opaque origin: the page's storage and DOM are out of the worker's reach.
  const origin = await frame.evaluate((el: HTMLIFrameElement) => {
    try {
      return el.contentWindow!.location.href;
    } catch {
      return "cross-origin";
    }
  });
  expect(origin).toBe("cross-origin");
});

test("console.log from a timer after the run ended shows under its cell, marked as late", async ({ page }) => {
  await runShared(
    page,
    "tensors",
    'console.log("in the run");\nsetTimeout(() => { console.log("late 1"); console.log("late 2"); }, 300);',
  );
  const output = outputOf(page, "tensors");
  await expect(cellOf(page, "tensors").locator(".cell__status")).toHaveText(/Ran in/);
  await expect(output.locator(".cell-out__late")).toHaveText("After the run ended (from a timer or a promise):");
  await expect(output.locator("[data-late]")).toHaveText(["late 1", "late 2"]);
  await expect(output.locator(".cell-out__line")).toHaveText([
    "in the run",
    "After the run ended (from a timer or a promise):",
    "late 1",
    "late 2",
  ]);
});
