/**
 * The site as a reader meets it, in Chromium against the built site (astro preview):
 * every route, both themes, desktop and phone widths, search, navigation, accessibility.
 */
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtRoutes, chapters, distDir } from "./site-routes";
import { SHOTS, watchErrors } from "./lesson-helpers";

const routes = builtRoutes();
const lessons = chapters();
const chapterByRoute = new Map(lessons.map((chapter) => [chapter.route, chapter]));
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

async function expectAxeClean(page: Page, theme: string): Promise<void> {
  // resultTypes: axe still runs every rule on every node, but describes (selector, HTML)
  // only the violations, not thousands of passing nodes: ~25 % faster on a chapter page.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .options({ resultTypes: ["violations"] })
    .analyze();
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}, ${theme}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1, 2).join(" ")}`)
        .join("\n"),
  );
  expect(report, report.join("\n")).toEqual([]);
}

/**
 * axe on the longest pages (/reference/ has ~5,000 elements, /glossary/ ~1,500) takes 15–40 s
 * on a busy two-core machine, mostly in color-contrast; give each route test room for that.
 */
const routeTimeout = 150_000;

test.describe("every route at desktop width, light theme", () => {
  test.use({ viewport: desktop, colorScheme: "light" });
  test.describe.configure({ timeout: routeTimeout });

  for (const route of routes) {
    test(`${route} answers, has its title, renders its formulas, logs no errors and passes axe`, async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(route, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(/kobai/);
      await expect(page.locator("h1")).toHaveCount(1);

      const chapter = chapterByRoute.get(route);
      if (chapter) {
        await expect(page).toHaveTitle(`${chapter.title} · kobai`);
        await expect(page.locator("h1")).toHaveText(chapter.title);
        expect(await page.locator("article .katex").count(), "formulas rendered by KaTeX").toBeGreaterThan(0);
        await expect(page.locator(".katex-error")).toHaveCount(0);
        await page.screenshot({ path: `${SHOTS}/${chapter.slug}-desktop.png`, fullPage: true });
      }

      await expectAxeClean(page, "light");
      expect(errors, errors.join("\n")).toEqual([]);
    });
  }
});

test.describe("every route at phone width, dark theme", () => {
  test.use({ viewport: phone, colorScheme: "dark", isMobile: true, hasTouch: true });
  test.describe.configure({ timeout: routeTimeout });

  for (const route of routes) {
    test(`${route} fits a 390 px screen without horizontal scrolling and passes axe in dark mode`, async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(route, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll<HTMLElement>("body *")]
          .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
          .filter((element) => !element.closest(".katex-display, pre, .table-scroll, [data-scroll-x]"))
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      });
      expect(
        overflow.scrollWidth,
        `page is wider than the screen; too wide: ${overflow.wide.join(", ")}`,
      ).toBeLessThanOrEqual(overflow.clientWidth);
      const chapter = chapterByRoute.get(route);
      if (chapter) {
        await page.screenshot({ path: `${SHOTS}/${chapter.slug}-phone.png`, fullPage: true });
      }
      await expectAxeClean(page, "dark");
      expect(errors, errors.join("\n")).toEqual([]);
    });
  }
});

test("every chapter shows at least one chart", async ({ page }) => {
  // A chart is an SVG inside a figure, or an SVG/element exposed as an image with a text
  // alternative (role="img" + aria-label), as src/plot's builders produce.
  const chartSelector = "article :is(figure svg, svg[role='img'], [role='img'][aria-label])";
  const missing: string[] = [];
  for (const chapter of lessons) {
    await page.goto(chapter.route);
    const charts = page.locator(chartSelector);
    try {
      await charts.first().waitFor({ state: "attached", timeout: 3_000 });
    } catch {
      missing.push(chapter.slug);
    }
  }
  expect(missing, `chapters without a chart: ${missing.join(", ")}`).toEqual([]);
});

test("the home page links every chapter, in order", async ({ page }) => {
  await page.goto("/");
  const links = page.locator(".chapters .chapter-card__title a");
  await expect(links).toHaveCount(lessons.length);
  expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")))).toEqual(
    lessons.map((c) => c.route),
  );
  expect(await links.allTextContents()).toEqual(lessons.map((c) => c.title));
});

test("previous and next links walk the chapters in order", async ({ page }) => {
  const [first, second] = lessons;
  await page.goto(first!.route);
  await expect(page.locator(".pager a[rel='prev']")).toHaveCount(0);
  await page.locator(".pager a[rel='next']").click();
  await expect(page).toHaveURL(second!.route);
  await expect(page.locator(".pager a[rel='prev']")).toHaveAttribute("href", first!.route);
});

test("the table of contents and heading anchors point at real headings", async ({ page }) => {
  await page.goto(lessons[0]!.route);
  const tocTargets = await page
    .locator(".toc--wide a")
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  expect(tocTargets.length).toBeGreaterThan(0);
  for (const target of tocTargets) await expect(page.locator(`${target}`)).toHaveCount(1);
  const anchors = page.locator(".prose .heading-anchor");
  expect(await anchors.count()).toBeGreaterThan(0);
  for (const anchor of await anchors.all()) {
    await expect(anchor).toHaveAttribute("aria-label", /^Link to this section: \S/);
    const href = await anchor.getAttribute("href");
    await expect(page.locator(`${href}`)).toHaveCount(1);
  }
});

test("glossary terms in a chapter link to entries that list the chapter", async ({ page }) => {
  await page.goto("/lessons/perceptron/");
  const term = page.locator(".prose a.term").first();
  await expect(term.locator("+ .term-ja")).toHaveText(/\(.+\)/);
  const href = await term.getAttribute("href");
  expect(href).toMatch(/^\/glossary\/#[a-z-]+$/);
  await term.click();
  const id = href!.split("#")[1]!;
  const entry = page.locator(`#${id}`);
  await expect(entry).toBeVisible();
  await expect(entry.locator("[lang='ja']").first()).not.toBeEmpty();
  await expect(entry.locator("a[href='/lessons/perceptron/']")).toHaveCount(1);
});

test("search finds a chapter by a word in its text", async ({ page }) => {
  await page.goto("/lessons/adam/");
  const box = page.getByRole("searchbox", { name: "Search lessons" });
  await box.fill("XOR");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=XOR/);
  await expect(page.locator("pagefind-results a[href*='/lessons/perceptron/']").first()).toBeVisible({
    timeout: 15_000,
  });
});

test("the theme follows the system, toggles, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await background();
  expect(dark).not.toBe(light);

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  expect(await background()).toBe(dark);

  await page.getByRole("button", { name: "Dark theme" }).click();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await background()).toBe(light);
});

test("with no stored choice, a dark system gets the dark theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/glossary/");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "false");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(dark);
});

test("an unknown address gets the 404 page, which passes axe", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto("/no-such-chapter/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.locator("main a[href='/']")).toBeVisible();
  await expectAxeClean(page, "light");
  expect(errors).toEqual([]);
});

test("a chapter prints as a handout without navigation or controls", async ({ page }) => {
  await page.goto(lessons[0]!.route);
  await page.emulateMedia({ media: "print" });
  for (const selector of [".site-header", ".toc--wide", ".pager", ".theme-toggle", ".search-form", ".site-footer"]) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator("article .katex").first()).toBeVisible();
  await expect(page.locator("h1")).toBeVisible();
});

test("the navigation links the playground, and /dev/ galleries are noindex and linked from nowhere", async ({
  page,
}) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Playground" }).click();
  await expect(page).toHaveURL("/playground/");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Playground" }),
  ).toHaveAttribute("aria-current", "page");

  const devRoutes = routes.filter((route) => route.startsWith("/dev/"));
  expect(devRoutes.length).toBeGreaterThan(0);
  for (const route of devRoutes) {
    await page.goto(route);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator("[data-pagefind-body]")).toHaveCount(0);
  }
  const linking = routes
    .filter((route) => !route.startsWith("/dev/"))
    .filter((route) => readFileSync(join(distDir, route, "index.html"), "utf8").includes('href="/dev/'));
  expect(linking, "pages that link a /dev/ gallery").toEqual([]);
});
