/**
 * The Japanese RMSProp, Adam and comparison chapters on the built site: each is the
 * translated twin (Japanese prose, no "untranslated" note), and the buttons the prose names
 * exist under those Japanese names and show, in Japanese, what the prose says they show.
 */
import { test, expect } from "@playwright/test";
import { explorer, runCell, status } from "./optimizer-explorer";
import { watchErrors, expectJapaneseChapter } from "./lesson-helpers";

test("RMSProp (日本語): the presets the prose names show the statuses it quotes", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/ja/lessons/rmsprop/");
  await expectJapaneseChapter(page);
  await expect(page.locator(".prose h2").first()).toContainText("薄れていく記憶");
  const widget = await explorer(page, "rmsprop-bowl");
  await expect(status(widget)).toHaveText("まだ動いています:30 ステップ後の f = 0.024 です。");

  await widget.getByRole("button", { name: "AdaGrad、同じ η で 500 ステップ" }).click();
  await expect(status(widget)).toContainText("停滞しています");
  await widget.getByRole("button", { name: "長く動かす:500 ステップ" }).click();
  await expect(status(widget)).toHaveText("最小値に収束しました:ステップ 52 以降、f − f* < 0.001 です。");
  await widget.getByRole("button", { name: "α = 0.999:巨大な最初の一歩" }).click();
  await expect(status(widget)).toContainText("ステップ 8 以降");
  await widget.getByRole("button", { name: "α = 0:符号だけが残る" }).click();
  await expect(status(widget)).toHaveText("y 方向に振動しています:30 ステップ後も f = 0.80 です。");

  // The cells run the English chapter's code: the your-turn cell fails at step 1 as the prose
  // says, and says so in Japanese.
  const out = await runCell(page, "rmsprop-your-turn");
  await expect(out).toContainText("ステップ 1 の x:kobai の値と一致すること");
  expect(errors).toEqual([]);
});

test("Adam (日本語): the book's settings, β₁ = 0 and the bias-correction radios", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/ja/lessons/adam/");
  await expectJapaneseChapter(page);
  const widget = await explorer(page, "adam-bowl");
  await widget.getByRole("button", { name: "本書の設定(図6-7)" }).click();
  await expect(status(widget)).toHaveText("まだ動いています:30 ステップ後の f = 0.10 です。");
  await widget.getByRole("button", { name: "β₁ = 0:Momentum なし" }).click();
  await expect(status(widget)).toHaveText("まだ動いています:30 ステップ後の f = 0.066 です。");

  const bc = page.locator("#adam-bc");
  const visibleCaption = bc.locator(".bc__chart:visible figcaption");
  await bc.getByRole("radio", { name: "m だけ" }).check();
  await expect(visibleCaption).toContainText("m だけ補正");
  await expect(visibleCaption).toContainText("(2.49, −7.49)");
  await bc.getByRole("radio", { name: "v だけ" }).check();
  await expect(visibleCaption).toContainText("(−6.97, 1.97)");
  expect(errors).toEqual([]);
});

test("最適化手法の比較 (日本語): the table is Japanese and the select redraws the six panels", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/ja/lessons/optimizer-comparison/");
  await expectJapaneseChapter(page);
  const table = page.getByRole("region", { name: "各関数の最小値に達するまでのステップ数" });
  const rosenbrock = table.getByRole("row", { name: /Rosenbrock 関数の谷/ });
  await expect(rosenbrock.getByRole("cell")).toHaveText([
    "1 で発散",
    "1 で発散",
    "1 で発散",
    /^停滞/,
    /^未収束/,
    "412",
  ]);

  const grid = page.locator("#six");
  await expect(grid.locator(".cmp__panel figure.kobai-chart:not([data-static])")).toHaveCount(6);
  await grid.getByLabel("6つに共通の関数").selectOption("rosenbrock");
  await expect(grid.locator(".kobai-status")).toContainText("SGD:ステップ 1 で発散しました。");
  expect(errors).toEqual([]);
});
