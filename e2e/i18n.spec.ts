/**
 * The two editions as a reader meets them: the Japanese pages are Japanese (lang, strings,
 * the book's terms first with the English beside them), the switch lands on the same chapter
 * and section, a reader whose browser prefers Japanese is offered the Japanese edition once,
 * an untranslated chapter says so, and Japanese search finds Japanese words.
 */
import { existsSync, readdirSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { SCREEN_SIZES, expectJapaneseChapter, watchErrors } from "./lesson-helpers";

/** The chapters without a Japanese twin yet (content/ja/lessons/<slug>.mdx), in file order. */
const untranslated = readdirSync("content/lessons")
  .filter((file) => file.endsWith(".mdx") && !existsSync(`content/ja/lessons/${file}`))
  .map((file) => file.replace(/\.mdx$/, ""));

/**
 * A mouse click where the element is on screen. Playwright's own click first scrolls the
 * element into view, and for the sticky header's switch that scroll moves the page, which
 * a reader's click never does (and the switch reads the reader's place at the click).
 */
async function clickWhereItIs(target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  await target.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe("the Japanese edition", () => {
  test("a translated chapter is Japanese throughout its frame and prose", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/ja/lessons/perceptron/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("h1")).toHaveText("パーセプトロン");
    await expect(page.locator(".lesson-header .eyebrow")).toHaveText(/^全\d+章中 第1章$/);
    await expect(
      page.getByRole("navigation", { name: "メイン" }).getByRole("link", { name: "用語集" }),
    ).toHaveAttribute("href", "/ja/glossary/");
    // The book's term first, the English one beside it at first use, linking to the Japanese glossary.
    const firstTerm = page.locator(".prose a.term").first();
    await expect(firstTerm).toHaveText("パーセプトロン");
    await expect(firstTerm).toHaveAttribute("href", "/ja/glossary/#perceptron");
    await expect(page.locator(".prose .term-ja").first()).toHaveText("(perceptron)");
    await expect(page.locator(".lesson-untranslated")).toHaveCount(0);
    // Both editions are announced to search engines.
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      /\/lessons\/perceptron\/$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute(
      "href",
      /\/ja\/lessons\/perceptron\/$/,
    );
    // The chapter's cells are the English chapter's: the same ids, and they run.
    await expect(page.locator("[data-cell-id], kobai-cell, .code-cell").first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  // [slug, title, the glossary id and Japanese text of the first term, the English beside it, the first widget's label]
  for (const [slug, title, termId, term, english, widget] of [
    [
      "activation-functions",
      "活性化関数",
      "activation-function",
      "活性化関数",
      "(activation function)",
      "活性化関数の探索",
    ],
    ["loss-functions", "損失関数", "loss-function", "損失関数", "(loss function)", "直線を当てはめて2乗誤差を見る"],
    ["momentum", "Momentum", "momentum", "Momentum", null, "最適化手法の探索"],
    [
      "gradient-descent",
      "勾配降下法",
      "loss-function",
      "損失関数",
      "(loss function)",
      "y = φ(wx + b) の損失に対する勾配降下法",
    ],
    ["nesterov", "Nesterov", "nesterov", "Nesterovの加速勾配法", "(Nesterov momentum)", "最適化手法の探索"],
    [
      "two-layer-net",
      "ネットワーク全体を学習させる",
      "affine-layer",
      "Affineレイヤ",
      "(affine layer)",
      "2層ネットワークをレイヤごとに",
    ],
    [
      "hyperparameter-search",
      "ハイパーパラメータと検証データ",
      "weight-decay",
      "荷重減衰",
      "(weight decay)",
      "選択によるバイアス",
    ],
    ["sgd", "SGD", "optimization", "最適化", "(optimisation)", "最適化手法の探索"],
    ["adagrad", "AdaGrad", "adagrad", "AdaGrad", null, "最適化手法の探索"],
    [
      "initialization",
      "重みの初期値",
      "weight-initialization",
      "重みの初期値",
      "(weight initialisation)",
      "5層ネットワークのアクティベーションと勾配のヒストグラム",
    ],
    [
      "batch-normalization",
      "Batch Normalization",
      "batch-normalization",
      "Batch Normalization",
      null,
      "1つのバッチの Batch Normalization 前後",
    ],
  ] as const) {
    test(`the translated ${slug} chapter is Japanese, and its widgets and cells are there`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/ja/lessons/${slug}/`);
      await expectJapaneseChapter(page, title);
      await expect(page.locator(".prose").first()).not.toHaveAttribute("lang", "en");
      await expect(page.locator(".prose a.term").first()).toHaveText(term);
      await expect(page.locator(".prose a.term").first()).toHaveAttribute("href", `/ja/glossary/#${termId}`);
      // "Momentum" and "Batch Normalization" are the book's own words, so no English is added beside them.
      if (english) await expect(page.locator(".prose .term-ja").first()).toHaveText(english);
      await expect(page.locator(`[role="group"][aria-label^="${widget}"]`).first()).toBeVisible();
      await expect(page.locator("[data-cell-id], kobai-cell, .code-cell").first()).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test("an untranslated chapter says so and marks its prose as English", async ({ page }) => {
    test.skip(untranslated.length === 0, "every chapter has its Japanese twin");
    await page.goto(`/ja/lessons/${untranslated[0]}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator(".lesson-untranslated")).toHaveText(
      "この章はまだ日本語に訳されていないため、英語の本文を表示しています。",
    );
    await expect(page.locator(".prose").first()).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "前の章" }).or(page.locator(".pager-previous"))).toHaveAttribute(
      "href",
      /^\/ja\/lessons\//,
    );
  });

  test("the switch lands on the same section, with the widget state in the query kept", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/lessons/perceptron/?w.pc.gate=or");
    // Scroll so the third section's heading sits just under the top of the window.
    const third = page.locator(".prose h2").nth(2);
    // Widgets and cells above it finish drawing after load and may shift the page (and
    // scrolling may be smooth): scroll until the third heading stays near the top.
    await page.waitForLoadState("networkidle");
    await expect
      .poll(
        async () => {
          await third.evaluate((h) =>
            window.scrollTo({ top: window.scrollY + h.getBoundingClientRect().top - 60, behavior: "instant" }),
          );
          await page.waitForTimeout(300);
          return third.evaluate((h) => Math.round(h.getBoundingClientRect().top));
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(200);
    await clickWhereItIs(page.locator("a[data-language-switch]").first());
    await expect(page).toHaveURL(/\/ja\/lessons\/perceptron\/\?w\.pc\.gate=or#section-3$/);
    const target = page.locator(".prose h2").nth(2);
    await expect(target).toHaveText("例から重みを学習する");
    // The page goes to its own third section and holds it there while the page above draws.
    await expect
      .poll(() => target.evaluate((h) => Math.round(h.getBoundingClientRect().top)), { timeout: 15_000 })
      .toBeLessThan(200);
    // And back.
    await clickWhereItIs(page.locator("a[data-language-switch]").first());
    await expect(page).toHaveURL(/\/lessons\/perceptron\/\?w\.pc\.gate=or#section-3$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator(".prose h2").nth(2)).toBeInViewport();
  });

  test("Japanese search finds the translated loss-functions chapter by its book term", async ({ page }) => {
    await page.goto("/ja/search/?q=" + encodeURIComponent("交差エントロピー誤差"));
    await expect(page.locator("pagefind-results a[href*='/ja/lessons/loss-functions/']").first()).toBeVisible({
      timeout: 20_000,
    });
  });

  // The issue's own examples, 勾配 (the chapter on 勾配法) and 過学習 (the two chapters that fight
  // it), and two of the book's terms only one chapter is about.
  for (const [query, chapters] of [
    ["勾配", ["gradient-descent"]],
    ["過学習", ["weight-decay", "dropout"]],
    ["数値微分", ["gradient-descent"]],
    ["先読み", ["nesterov"]],
  ] as const) {
    test(`Japanese search for ${query} lists ${chapters.join(" and ")} among the first results`, async ({ page }) => {
      await page.goto("/ja/search/?q=" + encodeURIComponent(query));
      const results = page.locator("pagefind-results a[href*='/ja/lessons/']");
      await expect(results.first()).toBeVisible({ timeout: 20_000 });
      const pages = await results.evaluateAll((links) =>
        links.map((a) => (a.getAttribute("href") ?? "").split("#")[0]),
      );
      const firstFive = [...new Set(pages)].slice(0, 5);
      for (const slug of chapters)
        expect(firstFive, query).toContainEqual(expect.stringContaining(`/ja/lessons/${slug}/`));
    });
  }

  test("the chapter's terms box names the page's term first, the other edition's beside it", async ({ page }) => {
    await page.goto("/ja/lessons/loss-functions/");
    const chip = page.locator(".lesson-terms a[href='/ja/glossary/#loss-function']");
    await expect(chip).toHaveText(/^\s*損失関数\s*loss function\s*$/);
    await expect(chip.locator("[lang=en]")).toHaveText("loss function");
    await page.goto("/lessons/loss-functions/");
    const english = page.locator(".lesson-terms a[href='/glossary/#loss-function']");
    await expect(english).toHaveText(/^\s*loss function\s*損失関数\s*$/);
    await expect(english.locator("[lang=ja]")).toHaveText("損失関数");
  });

  test("Japanese search finds the Japanese chapter", async ({ page }) => {
    await page.goto("/ja/search/?q=" + encodeURIComponent("パーセプトロン"));
    await expect(page.locator("pagefind-results a[href*='/ja/lessons/perceptron/']").first()).toBeVisible({
      timeout: 20_000,
    });
  });
});

test.describe("offering the Japanese edition", () => {
  test.describe("to a reader whose browser prefers Japanese", () => {
    test.use({ locale: "ja-JP" });
    test("an English page offers it once, and never redirects", async ({ page }) => {
      await page.goto("/lessons/perceptron/");
      await expect(page).toHaveURL(/\/lessons\/perceptron\/$/);
      const offer = page.locator("[data-language-offer]");
      await expect(offer).toBeVisible();
      await expect(offer.getByRole("link", { name: "日本語で読む" })).toHaveAttribute(
        "href",
        "/ja/lessons/perceptron/",
      );
      await offer.getByRole("button", { name: "閉じる(英語のまま読む)" }).click();
      await expect(offer).toBeHidden();
      await page.reload();
      await expect(offer).toBeHidden();
    });
  });

  test.describe("to a reader whose browser prefers English", () => {
    test.use({ locale: "en-US" });
    test("nothing is offered", async ({ page }) => {
      await page.goto("/lessons/perceptron/");
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("[data-language-offer]")).toBeHidden();
    });
  });
});

test.describe("screenshots of the Japanese edition", () => {
  for (const [name, viewport] of SCREEN_SIZES) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${name}, ${scheme}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        for (const route of [
          "/ja/",
          "/ja/lessons/perceptron/",
          "/ja/lessons/activation-functions/",
          "/ja/lessons/loss-functions/",
          "/ja/lessons/momentum/",
        ]) {
          await page.goto(route);
          await expect(page.locator("h1")).toBeVisible();
          const file = route === "/ja/" ? "home" : route.split("/")[3];
          await page.screenshot({ path: `test-results/screenshots/ja-${file}-${name}-${scheme}.png`, fullPage: false });
        }
      });
    }
  }
});
