/**
 * The Japanese RMSProp, Adam and comparison chapters on the built site: each is the
 * translated twin (Japanese prose, no "untranslated" note), and the buttons the prose names
 * exist under those Japanese names and show, in Japanese, what the prose says they show.
 */
import { expect } from "@playwright/test";
import { expectCellOutputs } from "./cell-helpers";
import { explorer, expectPresets, status } from "./optimizer-explorer";
import { japanese, pageTest } from "./lesson-helpers";

pageTest(
  "RMSProp (日本語): the presets the prose names show the statuses it quotes",
  japanese("rmsprop"),
  async (page) => {
    await expect(page.locator(".prose h2").first()).toContainText("薄れていく記憶");
    const widget = await explorer(page, "rmsprop-bowl");
    await expect(status(widget)).toHaveText("まだ動いています:30 ステップ後の f = 0.024 です。");

    await expectPresets(widget, [
      { button: "AdaGrad、同じ η で 500 ステップ", status: /停滞しています/ },
      { button: "長く動かす:500 ステップ", status: "最小値に収束しました:ステップ 52 以降、f − f* < 0.001 です。" },
      { button: "α = 0.999:巨大な最初の一歩", status: /ステップ 8 以降/ },
      { button: "α = 0:符号だけが残る", status: "y 方向に振動しています:30 ステップ後も f = 0.80 です。" },
    ]);

    // The cells run the English chapter's code: the your-turn cell fails at step 1 as the prose
    // says, and says so in Japanese.
    await expectCellOutputs(page, { "rmsprop-your-turn": ["ステップ 1 の x:kobai の値と一致すること"] });
  },
);

pageTest(
  "Adam (日本語): the book's settings, β₁ = 0 and the bias-correction radios",
  japanese("adam"),
  async (page) => {
    await expectPresets(await explorer(page, "adam-bowl"), [
      { button: "本書の設定(図6-7)", status: "まだ動いています:30 ステップ後の f = 0.10 です。" },
      { button: "β₁ = 0:Momentum なし", status: "まだ動いています:30 ステップ後の f = 0.066 です。" },
    ]);

    const bc = page.locator("#adam-bc");
    const visibleCaption = bc.locator(".bc__chart:visible figcaption");
    await bc.getByRole("radio", { name: "m だけ" }).check();
    await expect(visibleCaption).toContainText("m だけ補正");
    await expect(visibleCaption).toContainText("(2.49, −7.49)");
    await bc.getByRole("radio", { name: "v だけ" }).check();
    await expect(visibleCaption).toContainText("(−6.97, 1.97)");
  },
);

pageTest(
  "最適化手法の比較 (日本語): the table is Japanese and the select redraws the six panels",
  japanese("optimizer-comparison"),
  async (page) => {
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
  },
);
