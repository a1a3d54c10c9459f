/**
 * Nothing the reader types is lost (issue 12): keys typed before the editor is ready,
 * storage that is full or missing, two tabs editing one cell, and edits to shared code.
 */
import { test, expect, type Page } from "@playwright/test";
import { cellOf, shareLink, PLAYGROUND } from "./cell-code";

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

const savedCode = (page: Page, id: string) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? "{}").code as string | undefined,
    `kobai:cell:/playground:${id}`,
  );

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

/** Replaces a cell's code by typing (the editor mounted by clicking it). */
/**
 * Saves `code` for the playground's tensors cell straight into localStorage, as another tab
 * would, without this page hearing of it (no storage event reaches the page that wrote it).
 */
async function saveBehindItsBack(page: Page, code: string): Promise<void> {
  await page.evaluate(
    ([key, code]) => localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), code })),
    ["kobai:cell:/playground:tensors", code],
  );
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await cellOf(page, id).locator(".cell__editor").click();
  await expect(cellOf(page, id).locator(".cm-content")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

for (const [name, breakStorage] of [
  [
    "full",
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
  ],
  [
    "turned off",
    () => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("denied", "SecurityError");
        },
      });
    },
  ],
] as const) {
  test(`storage ${name}: the cell says edits are not saved and offers the code as a file`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    await page.goto(PLAYGROUND);
    await typeInto(page, "tensors", 'console.log("unsaved work");');
    const warning = cellOf(page, "tensors").getByRole("alert");
    await expect(warning).toContainText("Your edits are not being saved");
    // The Modified badge no longer claims the edits are saved.
    await expect(cellOf(page, "tensors").locator(".cell__modified")).toHaveAttribute("title", /not saved/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      warning.getByRole("button", { name: "Download code" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("tensors.ts");
    const { readFile } = await import("node:fs/promises");
    expect(await readFile((await download.path())!, "utf8")).toBe('console.log("unsaved work");');
  });
}

test("two tabs: a newer edit in one tab shows in the other, and a stale Reset does not delete it", async ({
  page,
  context,
}) => {
  await page.goto(PLAYGROUND);
  await typeInto(page, "tensors", 'console.log("tab A");');
  const other = await context.newPage();
  await other.goto(PLAYGROUND);
  await typeInto(other, "tensors", 'console.log("tab B, newer");');
  // Tab A learns of it and shows it (its own version can come back).
  const notice = cellOf(page, "tensors").locator(".cell__notice");
  await expect(notice).toContainText("This cell was edited in another tab");
  expect(await editorText(page, "tensors")).toBe('console.log("tab B, newer");');
  await notice.getByRole("button", { name: "Bring back this tab’s version" }).click();
  expect(await editorText(page, "tensors")).toBe('console.log("tab A");');
  expect(await savedCode(other, "tensors")).toBe('console.log("tab A");');
  await expect(cellOf(other, "tensors").locator(".cell__notice")).toContainText("edited in another tab");

  // A Reset in a tab that missed the newer edit (no storage event) keeps that edit.
  await saveBehindItsBack(other, 'console.log("written behind its back");');
  await cellOf(other, "tensors").getByRole("button", { name: "Reset" }).click();
  await other.getByRole("dialog").getByRole("button", { name: "Throw away my edits" }).click();
  expect(await savedCode(other, "tensors")).toBe('console.log("written behind its back");');
  expect(await editorText(other, "tensors")).toBe('console.log("written behind its back");');

  // Typing in a tab that missed a newer edit does not overwrite it either.
  await saveBehindItsBack(other, 'console.log("newest");');
  await cellOf(other, "tensors").locator(".cm-content").click();
  await other.keyboard.press("End");
  await other.keyboard.type("!");
  expect(await savedCode(other, "tensors")).toBe('console.log("newest");');
  expect(await editorText(other, "tensors")).toBe('console.log("newest");');
  await cellOf(other, "tensors")
    .locator(".cell__notice")
    .getByRole("button", { name: "Bring back this tab’s version" })
    .click();
  expect(await savedCode(other, "tensors")).toMatch(/written behind its back"\);!$/);
});

test("edits to opened shared code survive a reload; Keep it keeps the reader's own version recoverable", async ({
  page,
}) => {
  await page.goto(PLAYGROUND);
  await typeInto(page, "tensors", 'console.log("my own");');
  await page.goto("about:blank");
  await page.goto(shareLink("tensors", 'console.log("shared");'));
  const notice = cellOf(page, "tensors").locator(".cell__notice");
  // What each button will do is said before choosing.
  await expect(notice).toContainText(
    "“Keep it” makes it your version of this cell and keeps your own edit as a backup",
  );
  await typeInto(page, "tensors", 'console.log("shared, edited");');
  await page.reload();
  await expect(notice).toContainText("You are viewing shared code.");
  expect(await editorText(page, "tensors")).toBe('console.log("shared, edited");');
  expect(await savedCode(page, "tensors")).toBe('console.log("my own");');

  await notice.getByRole("button", { name: "Keep it" }).click();
  await expect(notice).toContainText("Your earlier version is kept as a backup.");
  await page.goto(PLAYGROUND);
  expect(await editorText(page, "tensors")).toBe('console.log("shared, edited");');
  await cellOf(page, "tensors")
    .locator(".cell__notice")
    .getByRole("button", { name: "Bring back my earlier version" })
    .click();
  expect(await editorText(page, "tensors")).toBe('console.log("my own");');
  expect(await savedCode(page, "tensors")).toBe('console.log("my own");');
});

for (const [name, hash] of [
  ["cut short", null],
  ["not base64", "#cell=tensors:z$$$%%"],
  ["an unknown format letter", "#cell=tensors:qAAAA"],
  ["an unknown cell", "#cell=no-such-cell:uAAAA"],
] as const) {
  test(`a damaged link (${name}) says so in words, and the cell keeps its code`, async ({ page }) => {
    let target: string | null = hash;
    if (target === null) {
      // A real link, cut in the middle (as a chat app might).
      const { deflateRawSync } = await import("node:zlib");
      const data = deflateRawSync(Buffer.from('console.log("a long enough line of code to cut");'.repeat(5))).toString(
        "base64url",
      );
      target = `#cell=tensors:z${data.slice(0, 12)}`;
    }
    await page.goto(PLAYGROUND + target);
    const notice = cellOf(page, "tensors").locator(".cell__notice");
    await expect(notice).toContainText("This link is damaged: the code in it cannot be read.");
    await expect(notice).not.toContainText("Compressed input");
    await expect(cellOf(page, "tensors").locator(".cell__static, .cm-content").first()).toContainText("show(");
    await notice.getByRole("button", { name: "OK" }).click();
    await expect(notice).toBeHidden();
    expect(new URL(page.url()).hash).toBe("");
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test("strings and numbers on the editor's active line have enough contrast (axe)", async ({ page }) => {
      const { default: AxeBuilder } = await import("@axe-core/playwright");
      await page.goto(PLAYGROUND);
      await typeInto(page, "tensors", 'const label = "a string"; const n = 42; // comment');
      await expect(cellOf(page, "tensors").locator(".cm-activeLine")).toContainText("a string");
      const results = await new AxeBuilder({ page }).include("#cell-tensors").withRules(["color-contrast"]).analyze();
      expect(
        results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} ${n.failureSummary}`)),
      ).toEqual([]);
    });
  });
}

test("a share link opened on the page already open (only the hash changes) opens too", async ({ page }) => {
  await page.goto(PLAYGROUND);
  await expect(cellOf(page, "tensors").locator(".cm-editor")).toBeVisible({ timeout: 20_000 });
  await page.evaluate(
    (hash) => (location.hash = hash),
    new URL(shareLink("tensors", 'console.log("same page");'), "http://x").hash,
  );
  await expect(cellOf(page, "tensors").locator(".cell__notice")).toContainText("You are viewing shared code.");
  expect(await editorText(page, "tensors")).toBe('console.log("same page");');
});
