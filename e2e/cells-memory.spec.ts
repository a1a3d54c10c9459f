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

/**
 * The page, seen through a CDP session of its own. Playwright reports the crash of any of a
 * page's processes (here the runtime's frame) as the page's own and fails every later
 * locator on it, though the page itself lives on; this session, opened before the crash,
 * still reads the page and sends it real mouse clicks. (Had the page itself crashed, these
 * would fail too.)
 */
async function probeOf(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const read = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  /** Clicks the center of the element `find` (an expression) returns, as a mouse would. */
  const click = async (find: string) => {
    const { x, y } = await read<{ x: number; y: number }>(
      `(async () => {
        const el = ${find};
        el.scrollIntoView({ block: "center", behavior: "instant" });
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })()`,
    );
    for (const type of ["mousePressed", "mouseReleased"] as const)
      await cdp.send("Input.dispatchMouseEvent", { type, x, y, button: "left", clickCount: 1 });
  };
  const text = (selector: string) =>
    read<string>(
      `Array.from(document.querySelectorAll(${JSON.stringify(selector)}), (e) => e.textContent).join("\\n")`,
    );
  return { read, click, text };
}

test("a cell that allocates without end fails with “ran out of memory”; the page, its widgets and edits live on", async ({
  page,
}) => {
  test.setTimeout(150_000);
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

  const probe = await probeOf(page);
  await clickRun(cellOf(page, "act-values"));
  const poll = (what: () => Promise<unknown>) => expect.poll(what, { timeout: 45_000 });
  await poll(() => probe.text("#cell-act-values .cell-out__error")).toContain(
    "most likely because the cell ran out of memory",
  );
  await poll(() => probe.text("#cell-act-values .cell__status")).toMatch(/^Failed/);
  expect(await probe.read('document.querySelector("#cell-act-values [data-action=stop]").disabled')).toBe(true);

  // The page lives: a widget still answers a click…
  await probe.click(
    'Array.from(document.querySelectorAll("#act-fn label")).find((l) => l.textContent.trim() === "ReLU")',
  );
  await poll(() => probe.text("kobai-activation-explorer#act [data-readout]")).toContain("ReLU(x) =");
  // …the edit is still there, and another cell runs in a fresh runtime.
  expect(await probe.text("#cell-act-softmax .cm-content")).toContain('console.log("typed before the crash");');
  await probe.click('document.querySelector("#cell-act-softmax [data-action=run]")');
  await poll(() => probe.text("#cell-act-softmax .cell__status")).toMatch(/^Ran in/);
  expect(await probe.text("#cell-act-softmax .cell__output")).toContain("typed before the crash");
  expect(await probe.read('document.querySelectorAll("iframe.cell-runtime-frame").length')).toBe(1);
});

test("the runtime's frame may run scripts and nothing else, and data files still reach the cells", async ({ page }) => {
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
