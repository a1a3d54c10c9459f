/**
 * The cells on Japanese pages speak Japanese: the code's comments, the labels it prints, and
 * what the builtins say (check's and checkTrajectory's verdicts, the runtime's errors). Those
 * builtins run in the worker, which has no `<html lang>` to read, so the page names its
 * edition with every run (protocol.ts); these tests type into the real editor and read what
 * the page shows.
 */
import { test, expect, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { readerCode } from "../src/notebook/cell-source";
import { clickRun } from "./cell-helpers";
import { watchErrors } from "./lesson-helpers";

function cell(page: Page, id: string): Locator {
  return page.locator(`#cell-${id}`);
}

/** Selects the editor line that contains `text` and types `replacement` over it. */
async function retypeLine(page: Page, cellId: string, text: string, replacement: string): Promise<void> {
  const line = cell(page, cellId).locator(".cm-line", { hasText: text });
  await line.scrollIntoViewIfNeeded();
  await line.click();
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.type(replacement);
}

/** Opens a playground (`path`) at its your-turn cell, once its editor shows `comment`, and returns the cell. */
async function playgroundYourTurn(page: Page, path: string, comment: string): Promise<Locator> {
  await page.goto(path);
  const yourTurn = cell(page, "your-turn");
  await yourTurn.scrollIntoViewIfNeeded();
  await expect(yourTurn.locator(".cm-editor")).toBeVisible({ timeout: 15_000 });
  await expect(yourTurn.locator(".cm-content")).toContainText(comment);
  return yourTurn;
}

/** Retypes a line of the cell (retypeLine), runs it as a reader does, and returns the cell. */
async function retypeAndRun(page: Page, cellId: string, text: string, replacement: string): Promise<Locator> {
  await retypeLine(page, cellId, text, replacement);
  await clickRun(cell(page, cellId));
  return cell(page, cellId);
}

/** The cell's check verdict shows each text, in turn (the first once the run is done). */
async function expectVerdict(ran: Locator, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    await expect(ran.locator(".cell__output .cell-out__verdict")).toContainText(text, { timeout: 30_000 });
  }
}

test("Momentum (日本語): the your-turn cell reads in Japanese, a wrong step gets a Japanese verdict and a thrown error a Japanese error line", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto("/ja/lessons/momentum/");
  const yourTurn = cell(page, "momentum-your-turn");
  await yourTurn.scrollIntoViewIfNeeded();
  await expect(yourTurn.locator(".cm-editor")).toBeVisible({ timeout: 15_000 });
  const editor = yourTurn.locator(".cm-content");
  await expect(editor).toContainText("// やってみよう:Momentum の更新を PyTorch の形で書いてください。");
  await expect(editor).toContainText("// ▼ ここに書く:`velocity` を更新してから、新しい点 [x, y] を返します");
  await expect(editor).not.toContainText("Your turn");

  // A wrong step: y moves up the slope instead of down.
  const given = "return [w[0] - eta * grad[0], w[1] - eta * grad[1]];";
  await retypeAndRun(page, "momentum-your-turn", given, "return [w[0] - eta * grad[0], w[1] + eta * grad[1]];");
  await expectVerdict(yourTurn, [
    "✗ ステップ 1 の y:kobai の値と一致すること",
    "期待値は 1.6 ですが、結果は 2.4 でした。",
  ]);

  // An error thrown on the reader's line: named in Japanese, that line marked in the editor.
  await retypeAndRun(
    page,
    "momentum-your-turn",
    "w[1] + eta * grad[1]",
    "return (undefined as unknown as Point[])[0];",
  );
  const source = readFileSync(new URL("../content/lessons/momentum/cell-your-turn.ts", import.meta.url), "utf8");
  const line =
    readerCode(source, "ja")
      .split("\n")
      .findIndex((l) => l.includes(given)) + 1;
  const error = yourTurn.locator(".cell-out__error");
  await expect(error).toContainText(new RegExp(`^TypeError\\(${line} 行 \\d+ 列\\):`), { timeout: 30_000 });
  await expect(error.getByRole("button", { name: `${line} 行目へ移動` })).toBeVisible();
  await expect(yourTurn.locator(".cm-line.cm-cell-error-line")).toHaveAttribute("aria-description", /^この行でエラー:/);
  expect(errors).toEqual([]);
});

test("the Japanese playground: check()'s verdict and a builtin's error are Japanese, the English playground's stay English", async ({
  page,
}) => {
  const yourTurn = await playgroundYourTurn(page, "/ja/playground/", "// ← ここを導関数に書き換えます");
  await retypeAndRun(page, "your-turn", "return 0;", "return x;");
  await expectVerdict(yourTurn, ["✗ df(x) が数値微分と一致する", "[0] の要素:期待値は -4 ですが、結果は -2 でした"]);

  // progress() refuses what is not a number, in the worker, in the page's words.
  await retypeAndRun(page, "your-turn", "const h = 1e-4;", 'const h = 1e-4; progress("half");');
  await expect(yourTurn.locator(".cell-out__error")).toContainText(
    /^TypeError\(\d+ 行 \d+ 列\):progress\(fraction\) には 0 以上 1 以下の数を渡してください。/,
    { timeout: 30_000 },
  );

  // The same worker code on the English page speaks English.
  const english = await playgroundYourTurn(page, "/playground/", "// ← replace with the derivative");
  await retypeAndRun(page, "your-turn", "return 0;", "return x;");
  await expectVerdict(english, ["✗ df(x) matches the numerical derivative", "At [0]: expected -4, got -2"]);
});
