/**
 * The Japanese SGD and AdaGrad chapters on the built site: each is the translated twin, the
 * presets the prose names exist under those Japanese names and show, in Japanese, the
 * statuses the prose quotes, and the cells show their Japanese comments and labels while
 * running the English chapter's code.
 */
import { expect } from "@playwright/test";
import { expectCellOutputs } from "./cell-helpers";
import { explorer, expectPresets, status } from "./optimizer-explorer";
import { japanese, pageTest } from "./lesson-helpers";

pageTest("SGD (日本語): the presets the prose names show the statuses it quotes", japanese("sgd"), async (page) => {
  const widget = await explorer(page, "sgd-bowl");
  await expect(status(widget)).toHaveText("y 方向に振動しています:30 ステップ後も f = 0.013 です。");
  await expectPresets(widget, [
    { button: "η が大きすぎる(1.05)", status: "ステップ 51 で発散しました。" },
    { button: "η = 1:いつまでも跳ね返る", status: /y 方向に振動しています/ },
    { button: "Weight decay λ = 0.2", status: "ステップ 57 で発散しました。" },
  ]);

  // The spot-the-mistake chart (behind the prediction) names its series in Japanese.
  await expect(page.locator("[data-predict-answer] figure").first()).toContainText("本書の x²/20 + y² で η = 1.5");

  await expect(page.locator("#cell-sgd-spot-mistake .cell__editor")).toContainText("// 本書のお椀では 2");
  // The step the prose and the widget name (the run blew up at step 7), and the check the
  // cells' worker prints, in the page's language too.
  await expectCellOutputs(page, {
    "sgd-spot-mistake": ["平らなお椀での限界 2/λ_max", "本書のお椀(限界は 1): ステップ 7 で発散しました"],
    "sgd-your-turn": ["✗ ステップ 1 の x:kobai の値と一致すること"],
  });
});

pageTest(
  "AdaGrad (日本語): the book's settings converge, the small-η preset stalls, the cells are Japanese",
  japanese("adagrad"),
  async (page) => {
    const widget = await explorer(page, "adagrad-bowl");
    await expect(status(widget)).toHaveText("最小値に収束しました:ステップ 29 以降、f − f* < 0.001 です。");
    await expectPresets(widget, [{ button: "小さい η(0.1)、500 回:止まってしまう", status: /停滞しています/ }]);
    await expect(status(widget)).toContainText("f = 0.53");

    await expectCellOutputs(page, { "adagrad-stall": ["AdaGrad:500 回更新した後の f"] });
    await expect(page.locator("#cell-adagrad-your-turn .cell__editor")).toContainText(
      "// ▼ ここに書く:`h` を更新してから、新しい点 [x, y] を返します",
    );
  },
);
