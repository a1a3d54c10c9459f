/**
 * Code cells in a real browser, on the built site's playground page: typing and running,
 * errors that point at the reader's line, stopping an endless loop, saved edits, Reset,
 * share links, the shared scope, plot() and a long training run.
 */
import { test, expect, type Page, type Locator } from "@playwright/test";
import { readFileSync } from "node:fs";
import { readerCode } from "../src/notebook/cell-source";

const PLAYGROUND = "/playground/";

/** A playground cell's starting code, as the page shows it (no trailing `export {}` or whitespace). */
function startingCode(name: string): string {
  return readerCode(readFileSync(new URL(`../src/pages/playground/_cells/${name}.ts`, import.meta.url), "utf8"));
}

function cell(page: Page, id: string): Locator {
  return page.locator(`#cell-${id}`);
}

/** The cell's CodeMirror textbox, mounted by clicking the code. */
async function editorOf(page: Page, id: string): Promise<Locator> {
  await cell(page, id).locator(".cell__editor").click();
  const content = cell(page, id).locator(".cm-content");
  await expect(content).toBeFocused();
  return content;
}

/** Replaces a cell's code by typing real keystrokes (lines separated by Enter). */
async function typeCode(page: Page, id: string, lines: string[]): Promise<void> {
  await editorOf(page, id);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(line);
  }
}

async function editorText(page: Page, id: string): Promise<string> {
  return cell(page, id)
    .locator(".cm-content")
    .evaluate((el) => Array.from(el.querySelectorAll(".cm-line"), (l) => l.textContent).join("\n"));
}

function output(page: Page, id: string): Locator {
  return cell(page, id).locator(".cell__output");
}

test.beforeEach(async ({ page }) => {
  await page.goto(PLAYGROUND);
  await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
});

test("typing into a cell and running it shows the output", async ({ page }) => {
  const textbox = page.getByRole("textbox", { name: "Code cell 1: Tensors and show()" });
  await typeCode(page, "tensors", ["const answer = 6 * 7;", 'console.log("answer", answer, [0.1 + 0.2]);']);
  await expect(textbox).toBeFocused();
  await expect(cell(page, "tensors").locator(".cell__modified")).toBeVisible();
  await page.keyboard.press("Shift+Enter");
  await expect(output(page, "tensors")).toHaveText("answer 42 [0.3]");
  await expect(cell(page, "tensors").locator(".cell__status")).toHaveText(/Ran in/);
  // The run button works as well as the key.
  await cell(page, "tensors").getByRole("button", { name: "Run" }).click();
  await expect(output(page, "tensors")).toHaveText("answer 42 [0.3]");
  // The output is a polite log region.
  await expect(output(page, "tensors")).toHaveAttribute("role", "log");
  await expect(output(page, "tensors")).toHaveAttribute("aria-live", "polite");
});

test("a thrown error and a syntax error name the reader's line, and the editor marks it", async ({ page }) => {
  await typeCode(page, "tensors", [
    'import { Tensor } from "kobai";',
    "interface Box { inner?: { value: number } }",
    "const box: Box = {};",
    "const v = box.inner.value;",
  ]);
  await page.keyboard.press("Shift+Enter");
  const error = output(page, "tensors").locator(".cell-out__error");
  await expect(error).toContainText("TypeError at line 4, column 21");
  const marked = cell(page, "tensors").locator(".cm-line.cm-cell-error-line");
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveText("const v = box.inner.value;");
  await expect(marked).toHaveAttribute("aria-description", /Error on this line: .*value/);
  await expect(cell(page, "tensors").locator(".cm-cell-error-marker")).toHaveCount(1);
  const describedBy = await cell(page, "tensors").locator(".cm-content").getAttribute("aria-describedby");
  expect(describedBy?.split(" ")).toContain(await error.getAttribute("id"));

  // "Go to line 4" puts the cursor there.
  await error.getByRole("button", { name: "Go to line 4" }).click();
  await expect(cell(page, "tensors").locator(".cm-content")).toBeFocused();

  await typeCode(page, "tensors", ["let x: number = 1;", "let y = (x +;"]);
  await page.keyboard.press("Control+Enter");
  await expect(error).toContainText("SyntaxError at line 2, column 13");
  await expect(marked).toHaveText(/^let y = \(x \+;/);
});

test("Stop ends `while (true) {}`, the page stays responsive and the next run works", async ({ page }) => {
  await typeCode(page, "tensors", ["while (true) {}"]);
  await cell(page, "tensors").getByRole("button", { name: "Run" }).click();
  await expect(cell(page, "tensors").locator(".cell__status")).toHaveText("Running…");
  // The loop runs in the worker: the page still answers and its buttons still work.
  const theme = page.locator("#theme-toggle");
  const before = await theme.getAttribute("aria-pressed");
  await theme.click();
  await expect(theme).not.toHaveAttribute("aria-pressed", before ?? "");
  await cell(page, "tensors").getByRole("button", { name: "Stop" }).click();
  await expect(output(page, "tensors")).toContainText("Stopped. The notebook restarted");
  await expect(cell(page, "tensors").getByRole("button", { name: "Stop" })).toBeDisabled();

  await typeCode(page, "tensors", ['console.log("after stop")']);
  await page.keyboard.press("Shift+Enter");
  await expect(output(page, "tensors")).toHaveText("after stop");
});

test("an edit survives a reload, and Reset (after confirming) restores the original", async ({ page }) => {
  await typeCode(page, "tensors", ['console.log("my edit")']);
  await page.reload();
  await expect(cell(page, "tensors").locator(".cell__modified")).toBeVisible();
  await editorOf(page, "tensors");
  expect(await editorText(page, "tensors")).toBe('console.log("my edit")');

  // Reset asks first; "Keep editing" keeps the edit.
  await cell(page, "tensors").getByRole("button", { name: "Reset" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset this cell?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep editing" }).click();
  await expect(dialog).toBeHidden();
  expect(await editorText(page, "tensors")).toBe('console.log("my edit")');

  await cell(page, "tensors").getByRole("button", { name: "Reset" }).click();
  await dialog.getByRole("button", { name: "Throw away my edits" }).click();
  await expect(cell(page, "tensors").locator(".cell__modified")).toBeHidden();
  expect(await editorText(page, "tensors")).toBe(startingCode("tensors"));
  await page.reload();
  await expect(cell(page, "tensors").locator(".cell__modified")).toBeHidden();
  await expect(cell(page, "tensors").getByRole("button", { name: "Reset" })).toBeDisabled();
});

test("a share link opens the shared code without overwriting the reader's own edit unless kept", async ({ page }) => {
  await typeCode(page, "tensors", ['console.log("shared version")']);
  await cell(page, "tensors").getByRole("button", { name: "Share" }).click();
  const link = cell(page, "tensors").getByRole("textbox", { name: "Link to your version of the cell" });
  await expect(link).toHaveValue(/#cell=tensors:z[A-Za-z0-9_-]+$/);
  const url = await link.inputValue();

  await typeCode(page, "tensors", ['console.log("my version")']);
  await page.goto("about:blank");
  await page.goto(url);
  const notice = cell(page, "tensors").locator(".cell__notice");
  await expect(notice).toContainText("You are viewing shared code.");
  await editorOf(page, "tensors");
  expect(await editorText(page, "tensors")).toBe('console.log("shared version")');
  // The reader's own edit is still what is saved.
  const saved = await page.evaluate(() => localStorage.getItem("kobai:cell:/playground:tensors"));
  expect(JSON.parse(saved ?? "{}").code).toBe('console.log("my version")');

  await notice.getByRole("button", { name: "Back to your version" }).click();
  await expect(notice).toBeHidden();
  expect(await editorText(page, "tensors")).toBe('console.log("my version")');
  expect(new URL(page.url()).hash).toBe("");

  // Opened again and kept: the shared code becomes the reader's version.
  await page.goto("about:blank");
  await page.goto(url);
  await cell(page, "tensors").locator(".cell__notice").getByRole("button", { name: "Keep it" }).click();
  await page.goto(PLAYGROUND);
  await editorOf(page, "tensors");
  expect(await editorText(page, "tensors")).toBe('console.log("shared version")');
});

test("a cell uses what the cell before it defined; Restart clears it", async ({ page }) => {
  await cell(page, "tensors").getByRole("button", { name: "Run" }).click();
  await expect(output(page, "tensors")).toContainText("x · w has shape [2, 3]");
  await expect(output(page, "tensors").locator("table")).toHaveCount(2);
  await expect(output(page, "tensors").locator("figcaption").first()).toHaveText("x · Tensor 2 × 2");
  await cell(page, "uses-previous").getByRole("button", { name: "Run" }).click();
  await expect(output(page, "uses-previous")).toContainText("sum of x: 10");

  await page.getByRole("button", { name: "Restart" }).click();
  await cell(page, "uses-previous").getByRole("button", { name: "Run" }).click();
  const lines = startingCode("uses-previous").split("\n");
  const line = lines.findIndex((l) => l.includes("sum(x)"));
  const column = lines[line].indexOf("sum(x)") + 5; // 1-based column of that x
  await expect(output(page, "uses-previous").locator(".cell-out__error")).toContainText(
    `ReferenceError at line ${line + 1}, column ${column}: x is not defined`,
  );
});

test("Run all runs the cells in order and stops at a failing cell", async ({ page }) => {
  await page.getByRole("button", { name: "Run all" }).click();
  await expect(output(page, "uses-previous")).toContainText("sum of x: 10");
  await expect(output(page, "your-turn").locator(".cell-out__verdict--fail")).toContainText(
    "✗ df(x) matches the numerical derivative",
  );
  await expect(cell(page, "train").locator(".cell__status")).toHaveText("Running…");
  await cell(page, "train").getByRole("button", { name: "Stop" }).click();

  await typeCode(page, "tensors", ['throw new Error("boom")']);
  await page.getByRole("button", { name: "Run all" }).click();
  await expect(output(page, "tensors")).toContainText("Error at line 1, column 7: boom");
  await expect(output(page, "uses-previous")).toContainText("Not run: an earlier cell failed.");
});

test("plot() draws a chart with a text alternative", async ({ page }) => {
  await cell(page, "descent-chart").getByRole("button", { name: "Run" }).click();
  const chart = output(page, "descent-chart").locator(".cell-out__plot");
  await expect(chart.locator("svg")).toBeVisible();
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart).toHaveAttribute("aria-label", "Chart drawn by code cell 3");
  expect(await chart.locator("svg path, svg circle").count()).toBeGreaterThan(10);
  expect(await chart.locator("script, [onload]").count()).toBe(0);
});

test("a long training run streams progress and Stop ends it", async ({ page }) => {
  await cell(page, "train").getByRole("button", { name: "Run" }).click();
  const bar = output(page, "train").locator("progress");
  const value = () => bar.evaluate((el) => (el as HTMLProgressElement).value);
  await expect(bar).toBeAttached({ timeout: 20_000 });
  const seen: number[] = [await value()];
  // At least two further updates while it runs.
  for (let i = 0; i < 2; i++) {
    await expect.poll(value, { timeout: 20_000 }).toBeGreaterThan(seen[seen.length - 1]);
    seen.push(await value());
  }
  await expect(output(page, "train").locator(".cell-out__progress-time")).toHaveText(/about .* left/);
  await expect(output(page, "train")).toContainText("epoch 1: mean loss");

  await cell(page, "train").getByRole("button", { name: "Stop" }).click();
  await expect(cell(page, "train").locator(".cell__status")).toHaveText("Stopped");
  const stoppedAt = await value();
  await page.waitForTimeout(500);
  expect(await value()).toBe(stoppedAt);
  expect(stoppedAt).toBeLessThan(0.5);
});

test("keyboard: Escape then Tab leaves the editor", async ({ page }) => {
  await editorOf(page, "tensors");
  await page.keyboard.press("Tab"); // indents: stays in the editor
  await expect(cell(page, "tensors").locator(".cm-content")).toBeFocused();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(cell(page, "tensors").getByRole("button", { name: "Run" })).toBeFocused();
});

test("phone width: no horizontal page scroll", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await cell(page, "tensors").getByRole("button", { name: "Run" }).click();
  await expect(output(page, "tensors")).toContainText("shape");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a saved edit whose original changed is kept and announced", async ({ page }) => {
  await page.evaluate(() =>
    localStorage.setItem(
      "kobai:cell:/playground:tensors",
      JSON.stringify({ code: 'console.log("old edit")', originalHash: "00000000", savedAt: 1 }),
    ),
  );
  await page.reload();
  const notice = cell(page, "tensors").locator(".cell__notice");
  await expect(notice).toContainText("The starting code of this cell changed since you edited it.");
  await editorOf(page, "tensors");
  expect(await editorText(page, "tensors")).toBe('console.log("old edit")');
  await notice.getByRole("button", { name: "Keep my version" }).click();
  await page.reload();
  await expect(cell(page, "tensors").locator(".cell__notice")).toBeHidden();
  await expect(cell(page, "tensors").locator(".cell__modified")).toBeVisible();
});

test("pages without cells load no editor, worker or cell script", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("/glossary/");
  await page.waitForLoadState("networkidle");
  expect(requested.filter((url) => /CodeCell|editor|worker/.test(url))).toEqual([]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test("axe finds no accessibility violations in cells with output, errors and a chart", async ({ page }) => {
      const { default: AxeBuilder } = await import("@axe-core/playwright");
      await cell(page, "tensors").getByRole("button", { name: "Run" }).click();
      await cell(page, "descent-chart").getByRole("button", { name: "Run" }).click();
      await cell(page, "your-turn").getByRole("button", { name: "Run" }).click();
      await typeCode(page, "uses-previous", ["console.log(missing);"]);
      await page.keyboard.press("Shift+Enter");
      await expect(output(page, "uses-previous").locator(".cell-out__error")).toBeVisible();
      await expect(output(page, "descent-chart").locator("svg")).toBeVisible();
      await expect(output(page, "your-turn").locator(".cell-out__verdict")).toBeVisible();
      const results = await new AxeBuilder({ page }).include("main").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  });
}
