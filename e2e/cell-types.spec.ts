/**
 * Code cells that know the types (src/notebook/types), in a real browser on the
 * playground page: completions, hover documentation, type errors underlined and listed
 * before Run, a later cell seeing an earlier cell's declarations, and signature help.
 */
import { test, expect, type Page, type Locator } from "@playwright/test";
import { clickRun } from "./cell-helpers";

const PLAYGROUND = "/playground/";

function cell(page: Page, id: string): Locator {
  return page.locator(`#cell-${id}`);
}

/** Focuses a cell's editor (which starts the types worker) and empties it. */
async function focusAndClear(page: Page, id: string): Promise<Locator> {
  await cell(page, id).scrollIntoViewIfNeeded();
  await cell(page, id).locator(".cell__editor").click();
  const content = cell(page, id).locator(".cm-content");
  await expect(content).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  return content;
}

/** Types lines with real keystrokes; closes any completion list before each Enter. */
async function typeLines(page: Page, lines: string[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Enter");
    }
    await page.keyboard.type(line);
  }
  await page.keyboard.press("Escape");
}

/** Moves the mouse over the first `text` in `line` (CodeMirror splits a line into highlighted spans). */
async function hoverText(page: Page, line: Locator, text: string): Promise<void> {
  const box = await line.evaluate((element, wanted) => {
    const full = element.textContent ?? "";
    let start = full.indexOf(wanted);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      if (start < length) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      start -= length;
    }
    throw new Error(`"${wanted}" is not in the line`);
  }, text);
  await page.mouse.move(box.x, box.y);
}

/** Waits until the types worker has answered (the loading note is gone). */
async function typesReady(page: Page, id: string): Promise<void> {
  await expect(cell(page, id).locator(".cm-types-status")).toHaveCount(0, { timeout: 60_000 });
}

test.beforeEach(async ({ page }) => {
  await page.goto(PLAYGROUND);
  await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
});

test("the type help loads on first focus, says so, and offers kobai's exports in an import", async ({ page }) => {
  const started = Date.now();
  await focusAndClear(page, "tensors");
  await expect(cell(page, "tensors").locator(".cm-types-status")).toHaveText("Types loading…");
  await page.keyboard.type("import { Ad");
  const option = page.locator(".cm-tooltip-autocomplete li", { hasText: /^Adam$/ });
  await expect(option.first()).toBeVisible({ timeout: 60_000 });
  const ms = Date.now() - started; // measured, not asserted
  test.info().annotations.push({ type: "first focus → first completion", description: `${ms} ms` });
  console.info(`first focus → first completion offering Adam: ${ms} ms`);
  await typesReady(page, "tensors");
  await option.first().click();
  await expect(cell(page, "tensors").locator(".cm-line").first()).toHaveText('import { Adam } from "kobai";');
});

test("hovering a kobai name shows its documentation and example", async ({ page }) => {
  await focusAndClear(page, "tensors");
  await typeLines(page, ['import { Adam } from "kobai";']);
  await typesReady(page, "tensors");
  await hoverText(page, cell(page, "tensors").locator(".cm-line").first(), "Adam");
  const tooltip = page.locator(".cm-tooltip-hover .cm-types-info");
  await expect(tooltip).toBeVisible({ timeout: 20_000 });
  await expect(tooltip).toContainText("class Adam");
  await expect(tooltip).toContainText("torch.optim.Adam");
  await expect(tooltip.locator(".cm-types-example").first()).toContainText("new Adam([w], { lr: 0.1 })");
});

test("a type error is underlined and listed with its line before Run; Run still runs and points at it", async ({
  page,
}) => {
  await focusAndClear(page, "tensors");
  await typeLines(page, [
    'import { Tensor } from "kobai";',
    "const t = Tensor.zeros(2, 3);",
    'const n: number = t.rows + "rows";',
    "console.log(n);",
    "t.nonexistent();",
  ]);
  await typesReady(page, "tensors");
  const panel = cell(page, "tensors").locator(".cm-types-panel");
  await expect(panel.locator("li")).toHaveCount(2, { timeout: 20_000 });
  await expect(panel.locator("li").nth(0)).toHaveText("Line 3 Type 'string' is not assignable to type 'number'.");
  await expect(panel.locator("li").nth(1)).toHaveText("Line 5 Property 'nonexistent' does not exist on type 'Tensor'.");
  await expect(cell(page, "tensors").locator(".cm-lintRange-error")).toHaveCount(2);
  await expect(cell(page, "tensors").locator(".cm-line").nth(2).locator(".cm-lintRange-error")).toHaveText("n");

  // The marks follow the text: fixing line 3 removes its mark and its entry.
  await cell(page, "tensors").locator(".cm-line").nth(2).click();
  await page.keyboard.press("End");
  for (let i = 0; i < ' + "rows";'.length; i += 1) await page.keyboard.press("Backspace");
  await page.keyboard.type(";");
  await expect(panel.locator("li")).toHaveCount(1, { timeout: 20_000 });
  await expect(panel.locator("li").first()).toContainText("Line 5");

  await clickRun(cell(page, "tensors"));
  const output = cell(page, "tensors").locator(".cell__output");
  await expect(output).toContainText("2");
  await expect(output).toContainText("line 5");
  await expect(output).toContainText(
    "Line 5 also has a type error, which may be why it failed: Property 'nonexistent' does not exist on type 'Tensor'.",
  );
});

test("a later cell sees an earlier cell's declarations in its types", async ({ page }) => {
  // The first cell declares x and w (Tensors); the second uses w without declaring it.
  await focusAndClear(page, "uses-previous");
  await typeLines(page, ["const rows: number = w.rows;", "const s: string = w;"]);
  await typesReady(page, "uses-previous");
  const panel = cell(page, "uses-previous").locator(".cm-types-panel");
  await expect(panel.locator("li")).toHaveCount(1, { timeout: 20_000 });
  await expect(panel.locator("li").first()).toHaveText("Line 2 Type 'Tensor' is not assignable to type 'string'.");
  await hoverText(page, cell(page, "uses-previous").locator(".cm-line").first(), "w.rows");
  await expect(page.locator(".cm-tooltip-hover .cm-types-signature").first()).toContainText("const w: Tensor");

  // Renaming w in the earlier cell reaches the later cell's marks.
  await cell(page, "tensors").locator(".cell__editor").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type("const v = 1;");
  await expect(panel.locator("li")).toHaveCount(2, { timeout: 20_000 });
  await expect(panel.locator("li").first()).toHaveText("Line 1 Cannot find name 'w'.");
});

test("signature help inside `new Adam(params, {` lists the options with their defaults", async ({ page }) => {
  await focusAndClear(page, "tensors");
  await typeLines(page, [
    'import { Adam, Parameter, Tensor } from "kobai";',
    'const params = [new Parameter(Tensor.zeros(1, 1), "w")];',
  ]);
  await typesReady(page, "tensors");
  await page.keyboard.press("Enter");
  await page.keyboard.type("new Adam(params, {");
  const help = page.locator(".cm-tooltip .cm-types-signature-help");
  await expect(help).toBeVisible({ timeout: 20_000 });
  await expect(help.locator(".cm-types-current")).toHaveText(/^options\?: AdamOptions/);
  await expect(help).toContainText("Options of AdamOptions:");
  await expect(help).toContainText("lr (0.001), beta1 (0.9), beta2 (0.999)");
  for (const option of ["lr?: number", "beta1?: number", "beta2?: number", "eps?: number", "weightDecay?: number"]) {
    await expect(help.locator(".cm-types-options code", { hasText: option })).toHaveCount(1);
  }
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test("axe finds no violations with type errors listed under a cell", async ({ page }) => {
      const { default: AxeBuilder } = await import("@axe-core/playwright");
      await focusAndClear(page, "uses-previous");
      await typeLines(page, ['const n: number = "3";', "console.log(missing);"]);
      await typesReady(page, "uses-previous");
      await expect(cell(page, "uses-previous").locator(".cm-types-panel li")).toHaveCount(2, { timeout: 20_000 });
      const results = await new AxeBuilder({ page }).include("main").analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).join(", ")}`,
        ),
      ).toEqual([]);
    });
  });
}

test.describe("the Japanese edition", () => {
  test("the type help speaks Japanese: loading note, completions, the listed errors and their lines", async ({
    page,
  }) => {
    await page.goto("/ja/playground/");
    await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
    await focusAndClear(page, "tensors");
    await expect(cell(page, "tensors").locator(".cm-types-status")).toHaveText("型情報を読み込み中…");
    await page.keyboard.type("import { Ad");
    await expect(page.locator(".cm-tooltip-autocomplete li", { hasText: /^Adam$/ }).first()).toBeVisible({
      timeout: 60_000,
    });
    await page.keyboard.press("Escape");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await typeLines(page, [
      'import { Tensor } from "kobai";',
      "const t = Tensor.zeros(2, 3);",
      'const n: number = t.rows + "rows";',
    ]);
    await typesReady(page, "tensors");
    const panel = cell(page, "tensors").locator(".cm-types-panel");
    await expect(panel.locator(".cm-types-heading")).toHaveText(
      "実行前の型エラーが 1 件あります(「実行」を押せばセルは実行されます):",
      { timeout: 20_000 },
    );
    await expect(panel.locator("li").first()).toHaveText("3 行目 Type 'string' is not assignable to type 'number'.");
  });
});
