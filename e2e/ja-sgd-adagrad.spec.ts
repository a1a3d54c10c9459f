/**
 * The Japanese SGD and AdaGrad chapters on the built site: each is the translated twin, the
 * presets the prose names exist under those Japanese names and show, in Japanese, the
 * statuses the prose quotes, and the cells show their Japanese comments and labels while
 * running the English chapter's code.
 */
import { test, expect } from "@playwright/test";
import { explorer, runCell, status } from "./optimizer-explorer";
import { watchErrors, expectJapaneseChapter } from "./lesson-helpers";

test("SGD (日本語): the presets the prose names show the statuses it quotes", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/ja/lessons/sgd/");
  await expectJapaneseChapter(page);
  const widget = await explorer(page, "sgd-bowl");
  await expect(status(widget)).toHaveText("y 方向に振動しています:30 ステップ後も f = 0.013 です。");
  await widget.getByRole("button", { name: "η が大きすぎる(1.05)" }).click();
  await expect(status(widget)).toHaveText("ステップ 51 で発散しました。");
  await widget.getByRole("button", { name: "η = 1:いつまでも跳ね返る" }).click();
  await expect(status(widget)).toContainText("y 方向に振動しています");
  await widget.getByRole("button", { name: "Weight decay λ = 0.2" }).click();
  await expect(status(widget)).toHaveText("ステップ 57 で発散しました。");

  // The spot-the-mistake chart (behind the prediction) names its series in Japanese.
  await expect(page.locator("[data-predict-answer] figure").first()).toContainText("本書の x²/20 + y² で η = 1.5");

  const cell = page.locator('.cell[data-cell-id="sgd-spot-mistake"]');
  await expect(cell.locator(".cell__editor")).toContainText("// 本書のお椀では 2");
  const out = await runCell(page, "sgd-spot-mistake");
  await expect(out).toContainText("平らなお椀での限界 2/λ_max");
  // The step the prose and the widget name: the run blew up at step 7.
  await expect(out).toContainText("本書のお椀(限界は 1): ステップ 7 で発散しました");
  // The check the cells' worker prints is in the page's language too.
  const yourTurn = await runCell(page, "sgd-your-turn");
  await expect(yourTurn).toContainText("✗ ステップ 1 の x:kobai の値と一致すること");
  expect(errors).toEqual([]);
});

test("AdaGrad (日本語): the book's settings converge, the small-η preset stalls, the cells are Japanese", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto("/ja/lessons/adagrad/");
  await expectJapaneseChapter(page);
  const widget = await explorer(page, "adagrad-bowl");
  await expect(status(widget)).toHaveText("最小値に収束しました:ステップ 29 以降、f − f* < 0.001 です。");
  await widget.getByRole("button", { name: "小さい η(0.1)、500 回:止まってしまう" }).click();
  await expect(status(widget)).toContainText("停滞しています");
  await expect(status(widget)).toContainText("f = 0.53");

  const out = await runCell(page, "adagrad-stall");
  await expect(out).toContainText("AdaGrad:500 回更新した後の f");
  await expect(page.locator('.cell[data-cell-id="adagrad-your-turn"] .cell__editor')).toContainText(
    "// ▼ ここに書く:`h` を更新してから、新しい点 [x, y] を返します",
  );
  expect(errors).toEqual([]);
});
