/**
 * The study group's tools on a real chapter (SGD): "Share this view" reproduces widget
 * settings, edited cells, the section and a training run's fingerprint in a fresh browser;
 * "Download cells" saves every cell's current code as a file that runs with `npx tsx`;
 * committed predictions (/dev/study-group/) open only after a guess or a sketch.
 */
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CHAPTER = "/lessons/sgd/";
const root = fileURLToPath(new URL("../", import.meta.url));

async function typeAtEnd(page: Page, cellId: string, text: string): Promise<void> {
  await page.locator(`#cell-${cellId} .cell__editor`).click();
  const content = page.locator(`#cell-${cellId} .cm-content`);
  await expect(content).toBeFocused();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}

async function cellCode(page: Page, cellId: string): Promise<string> {
  return page.locator(`#cell-${cellId}`).evaluate((el) => (el as HTMLElement & { code(): string }).code());
}

async function runToFingerprint(page: Page): Promise<string> {
  const widget = page.locator("#sgd-mnist");
  await widget.locator('[data-action="start"]').click();
  await expect(widget).toHaveAttribute("data-state", "done", { timeout: 240_000 });
  return (await widget.locator("[data-identity]").textContent())!;
}

test("a shared view opens elsewhere with the same widget settings, edited cells, section and training fingerprint", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const sharer = await browser.newContext();
  await sharer.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await sharer.newPage();
  await page.goto(CHAPTER);

  // Widget settings: the bowl's number of steps, the MNIST run's seed.
  await page.locator("#sgd-bowl-steps").fill("12");
  await page.locator("#sgd-bowl-steps").dispatchEvent("change");
  await page.locator("#sgd-mnist-seed").fill("3");
  await page.locator("#sgd-mnist-seed").dispatchEvent("change");
  await expect(page.locator("#sgd-mnist [data-identity]")).toHaveText("Seed 3 · fingerprint when the run ends");
  // Two edited cells.
  await typeAtEnd(page, "sgd-reproduce", "// shared-marker-one");
  await typeAtEnd(page, "sgd-your-turn", "// shared-marker-two");
  const codes = [await cellCode(page, "sgd-reproduce"), await cellCode(page, "sgd-your-turn")];
  const fingerprint = await runToFingerprint(page);
  expect(fingerprint).toMatch(/^Seed 3 · fingerprint [0-9a-f]{8}$/);

  // Share from walkthrough mode, section 3 (the bowl).
  await page.getByRole("button", { name: "Present" }).click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBe("3");
  await page
    .getByRole("region", { name: "Walkthrough controls" })
    .getByRole("button", { name: "Share this view" })
    .click();
  await expect(page.locator("[data-tools-message]")).toContainText("Includes 2 edited cells.");
  const link = await page.locator("#study-tools-share-link").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const url = new URL(link);
  expect(url.searchParams.get("w.sgd-bowl.n")).toBe("12"); // the bowl's "steps" setting
  expect(url.searchParams.get("w.sgd-mnist.seed")).toBe("3");
  expect(url.searchParams.get("present")).toBe("3");
  expect(url.hash).toMatch(/^#cell=sgd-reproduce:z[\w-]+&cell=sgd-your-turn:z[\w-]+$/);
  await sharer.close();

  // Someone else opens it: a fresh browser with no saved edits.
  const other = await browser.newContext();
  const view = await other.newPage();
  await view.goto(link);
  await expect(view.locator("html")).toHaveClass(/wt-on/);
  await expect(view.locator("#sgd-bowl")).toBeVisible();
  await expect(view.locator("#sgd-bowl-steps")).toHaveValue("12");
  await expect(view.locator("#sgd-mnist-seed")).toHaveValue("3");
  await expect.poll(() => cellCode(view, "sgd-reproduce")).toBe(codes[0]);
  expect(await cellCode(view, "sgd-your-turn")).toBe(codes[1]);
  await expect(view.locator("#cell-sgd-reproduce")).toContainText("You are viewing shared code");
  await view.keyboard.press("Escape");
  expect(await runToFingerprint(view)).toBe(fingerprint);
  await other.close();
});

test("Download cells saves every cell's current code, in order, as a file that runs with npx tsx", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(CHAPTER);
  await typeAtEnd(page, "sgd-reproduce", 'console.log("downloaded-edit-" + (6 * 7));');
  const cells = await page
    .locator("kobai-cell")
    .evaluateAll((els) => els.map((el) => (el as HTMLElement & { code(): string }).code()));
  expect(cells.length).toBeGreaterThanOrEqual(2);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download cells" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("kobai-sgd-cells.ts");
  await expect(page.locator("[data-tools-message]")).toHaveText(`Saved kobai-sgd-cells.ts with ${cells.length} cells.`);
  const path = `${root}.e2e-download-${process.pid}.ts`;
  await download.saveAs(path);
  try {
    const text = readFileSync(path, "utf8");
    // Each cell's code, as the template literal evaluates it, in page order.
    const literals = await page.evaluate(async (source) => {
      const body = source.slice(source.indexOf("await runCells("));
      return Array.from(
        body.matchAll(/code: (`(?:\\[\s\S]|[^`\\])*`)/g),
        (m) => new Function(`return ${m[1]}`)() as string,
      );
    }, text);
    expect(literals).toEqual(cells);
    const out = execFileSync("npx", ["tsx", path], { cwd: root, encoding: "utf8", timeout: 180_000 });
    expect(out).toContain("downloaded-edit-42");
    expect(out).toMatch(/── Cell 2: /);
  } finally {
    rmSync(path, { force: true });
  }
});

test.describe("committed predictions", () => {
  test("the answer opens only after a guess, and says whether it matched", async ({ page }) => {
    await page.goto("/dev/study-group/");
    const box = page.locator("[data-predict-commit]").first();
    const reveal = box.getByRole("button", { name: "Reveal the answer" });
    await expect(reveal).toBeDisabled();
    await expect(box.getByText("Choose a guess first")).toBeVisible();
    await expect(box.getByText("flips sign and grows:")).toBeHidden();
    await box.getByLabel("x shrinks to 0").check();
    await expect(reveal).toBeEnabled();
    await reveal.click();
    await expect(box.getByText("Each step multiplies x by")).toBeVisible();
    await expect(box.getByRole("status")).toHaveText(
      "Your guess was “x shrinks to 0”; the answer is “x flips sign and grows”.",
    );
    await expect(reveal).toBeDisabled();
    await expect(box.getByLabel("x flips sign and grows")).toBeDisabled();
  });

  test("a sketch (or an explicit skip) comes first, and shows beside the answer", async ({ page }) => {
    await page.goto("/dev/study-group/");
    const box = page.locator("[data-predict-commit]").nth(1);
    const reveal = box.getByRole("button", { name: "Reveal the answer" });
    await expect(reveal).toBeDisabled();
    const canvas = box.locator("[data-predict-sketch]");
    await canvas.scrollIntoViewIfNeeded();
    const b = (await canvas.boundingBox())!;
    await page.mouse.move(b.x + b.width * 0.1, b.y + b.height * 0.1);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(b.x + b.width * (0.1 + 0.08 * i), b.y + b.height * (0.1 + 0.7 * (1 - Math.exp(-i / 3))));
    await page.mouse.up();
    await expect(reveal).toBeEnabled();
    await reveal.click();
    await expect(box.getByText("It falls fast at first")).toBeVisible();
    const yours = box.locator("[data-predict-sketch-beside]");
    await expect(yours).toBeVisible();
    await expect(yours.locator("path[data-sketch-path]")).toHaveAttribute("d", /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){5,}/);
    await page.screenshot({ path: "test-results/screenshots/predict-sketch.png", fullPage: true });
  });

  test("the keyboard way: skip the sketch", async ({ page }) => {
    await page.goto("/dev/study-group/");
    const box = page.locator("[data-predict-commit]").nth(1);
    await box.getByRole("button", { name: "Skip the sketch" }).focus();
    await page.keyboard.press("Enter");
    const reveal = box.getByRole("button", { name: "Reveal the answer" });
    await expect(reveal).toBeEnabled();
    await reveal.focus();
    await page.keyboard.press("Enter");
    await expect(box.getByText("It falls fast at first")).toBeVisible();
    await expect(box.locator("[data-predict-sketch-beside]")).toBeHidden();
  });
});
