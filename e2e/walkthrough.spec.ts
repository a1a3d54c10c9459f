/**
 * Walkthrough mode, reading progress and the printed handout, on a real chapter (SGD):
 * keyboard and clicker navigation with the section number in the URL, the same section
 * after a reload, live widgets (the same elements, not copies), projector and laptop
 * screenshots in both themes, the progress the home page shows, and the handout as PDF.
 */
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { SHOTS, watchErrors } from "./lesson-helpers";

const CHAPTER = "/lessons/sgd/";

function present(page: Page): string | null {
  return new URL(page.url()).searchParams.get("present");
}

/** The visible h2 sections' titles (in walkthrough mode, exactly one). */
async function visibleHeadings(page: Page): Promise<string[]> {
  return page
    .locator(".prose h2")
    .evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent!.trim()));
}

test.describe("walkthrough mode", () => {
  test("Present, then keys and a clicker move through the sections; the URL follows; a reload keeps the place", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(CHAPTER);
    const headings = await page.locator(".prose h2").allTextContents();
    const n = headings.length + 1; // the opening, then one section per h2
    // Mark the live widget so we can tell later that it is the same element, not a copy.
    await page.locator("#sgd-bowl").evaluate((el) => ((el as HTMLElement & { marker?: number }).marker = 42));

    await page.getByRole("button", { name: "Present" }).click();
    await expect(page.locator("html")).toHaveClass(/wt-on/);
    expect(present(page)).toBe("1");
    const bar = page.getByRole("region", { name: "Walkthrough controls" });
    await expect(bar.getByText(`Section 1 of ${n}`)).toBeVisible();
    await expect(page.locator(".lesson-header h1")).toBeFocused();
    expect(await visibleHeadings(page)).toEqual([]);
    await expect(page.locator(".site-header")).toBeHidden();

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => present(page)).toBe("2");
    expect(await visibleHeadings(page)).toEqual([headings[0].trim()]);
    await expect(page.locator(".prose h2").first()).toBeFocused();
    await expect(page.locator("[data-wt-announce]")).toHaveText(`Section 2 of ${n}: ${headings[0].trim()}`);

    await page.keyboard.press("PageDown");
    await expect.poll(() => present(page)).toBe("3");
    expect(await visibleHeadings(page)).toEqual([headings[1].trim()]);
    await expect(page.locator("#sgd-bowl")).toBeVisible(); // the bowl widget lives in section 3
    expect(await page.locator("#sgd-bowl").evaluate((el) => (el as HTMLElement & { marker?: number }).marker)).toBe(42);

    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => present(page)).toBe("2");
    await page.keyboard.press(" ");
    await expect.poll(() => present(page)).toBe("3");
    await expect(bar.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");

    // A slider keeps its arrow keys; the clicker's PageDown still moves on.
    const steps = page.locator("#sgd-bowl-steps");
    const before = await steps.inputValue();
    await steps.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => steps.inputValue()).not.toBe(before);
    expect(present(page)).toBe("3");

    // Reload: the same section opens, in walkthrough mode.
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/wt-on/);
    expect(await visibleHeadings(page)).toEqual([headings[1].trim()]);
    await expect(bar.getByText(`Section 3 of ${n}`)).toBeVisible();

    await page.keyboard.press("End");
    await expect.poll(() => present(page)).toBe(String(n));
    await expect(bar.getByRole("button", { name: "Next section" })).toBeDisabled();

    await page.keyboard.press("Escape");
    await expect(page.locator("html")).not.toHaveClass(/wt-on/);
    expect(present(page)).toBeNull();
    expect((await visibleHeadings(page)).length).toBe(headings.length);
    expect(errors).toEqual([]);
  });

  test("#present-k opens a section; the timer runs against the guide's suggestion; the guide opens as a panel", async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(`${CHAPTER}#present-4`);
    await expect(page.locator("html")).toHaveClass(/wt-on/);
    const bar = page.getByRole("region", { name: "Walkthrough controls" });
    await expect(bar.getByText(/^Section 4 of \d+$/)).toBeVisible();
    const clock = bar.getByRole("timer");
    await expect(clock).toHaveText(/^0:00 of \d+:\d\d$/);
    await bar.getByRole("button", { name: "Start timer" }).click();
    await page.clock.runFor(65_000);
    await expect(clock).toHaveText(/^1:0[45] of \d+:\d\d$/);
    await bar.getByRole("button", { name: "Pause timer" }).click();
    await bar.getByRole("button", { name: "Facilitator guide" }).click();
    const guide = page.locator("[data-facilitator]");
    await expect(guide).toHaveAttribute("open", "");
    await expect(guide.getByText("Questions that start a good discussion")).toBeVisible();
    await expect(guide.locator("[data-guide-section]")).toHaveText(/^This section: about [\d.]+ min$/);
  });

  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    for (const theme of ["light", "dark"] as const) {
      test(`screenshot ${width}×${height} ${theme}`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem("kobai-theme", t), theme);
        await page.setViewportSize({ width, height });
        await page.goto(`${CHAPTER}?present=3`);
        await expect(page.locator("#sgd-bowl svg").first()).toBeVisible();
        await page.waitForTimeout(600);
        // Projector-readable: body text at least 20px on the projector, 18px on a laptop.
        const size = await page
          .locator(".prose p:visible")
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(size).toBeGreaterThanOrEqual(width === 1920 ? 22 : 18);
        await page.screenshot({ path: `${SHOTS}/walkthrough-${width}x${height}-${theme}.png` });
      });
    }
  }
});

test.describe("progress", () => {
  test("opened and finished chapters show on the home page with a Continue link, after a reload, until forgotten", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("[data-progress-home]")).toBeHidden();

    await page.goto("/lessons/momentum/");
    await page.goto(`${CHAPTER}?present=3`);
    const third = (await visibleHeadings(page))[0];
    const title = (await page.locator(".lesson-header h1").textContent())!.trim();
    await page.goto("/");
    const home = page.locator("[data-progress-home]");
    await expect(home).toBeVisible();
    const card = (slug: string) => page.locator(".chapter-card", { has: page.locator(`a[href="/lessons/${slug}/"]`) });
    await expect(card("sgd").locator(".chapter-card__progress")).toHaveText("Opened");
    await expect(card("momentum").locator(".chapter-card__progress")).toHaveText("Opened");
    await expect(card("adam").locator(".chapter-card__progress")).toHaveCount(0);
    const cont = home.locator("[data-progress-continue]");
    await expect(cont).toHaveText(`Continue: ${title} — ${third}`);

    // Finish SGD: reach its last section.
    await page.goto(`${CHAPTER}?present=3`);
    await page.keyboard.press("End");
    const last = (await visibleHeadings(page))[0];
    await page.goto("/");
    await page.reload();
    await expect(card("sgd").locator(".chapter-card__progress")).toHaveText("Finished");
    await expect(home.locator("[data-progress-summary]")).toHaveText(/^1 of 20 chapters finished, 2 opened\.$/);
    await expect(cont).toContainText(last);
    await cont.click();
    await expect(page).toHaveURL(/\/lessons\/sgd\/#[\w-]+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveText(last);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();

    await page.goto("/");
    await home.getByRole("button", { name: "Forget my progress" }).click();
    await expect(home).toBeHidden();
    await expect(page.locator(".chapter-card__progress")).toHaveCount(0);
  });

  test("each edition keeps its own place: reading in Japanese leaves the English Continue line alone", async ({
    page,
  }) => {
    await page.goto(`${CHAPTER}?present=3`);
    const englishTitle = (await page.locator(".lesson-header h1").textContent())!.trim();
    await page.goto("/ja/lessons/perceptron/?present=2");
    const japaneseSection = (await visibleHeadings(page))[0];
    const japaneseTitle = (await page.locator(".lesson-header h1").textContent())!.trim();

    await page.goto("/ja/");
    const cont = page.locator("[data-progress-continue]");
    await expect(cont).toContainText(`${japaneseTitle} — ${japaneseSection}`);
    await expect(cont).toHaveAttribute("href", /^\/ja\/lessons\/perceptron\/#\S+$/);
    await page.goto("/");
    await expect(cont).toContainText(`Continue: ${englishTitle} — `);
    await expect(cont).toHaveAttribute("href", /^\/lessons\/sgd\//);
  });

  test("scrolling to the end of a chapter finishes it", async ({ page }) => {
    await page.goto("/lessons/momentum/");
    await page.locator(".pager").scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => JSON.parse(localStorage.getItem("kobai:progress") ?? "{}"));
    expect(state.chapters.momentum.finishedAt).toEqual(expect.any(Number));
    expect(state.last.slug).toBe("momentum");
  });
});

test.describe("handout", () => {
  test("Print handout expands answers on request, hides controls, keeps the charts; the PDF has pages", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { print: () => void }).print = () =>
        ((window as unknown as { printed: number }).printed = 1);
    });
    await page.goto(CHAPTER);
    await expect(page.locator("#sgd-bowl svg").first()).toBeVisible();
    const closedBefore = await page.locator(".prose details:not([open])").count();
    expect(closedBefore).toBeGreaterThan(0);
    await page.getByLabel("Include answers and solutions").check();
    await page.getByRole("button", { name: "Print handout" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await expect(page.locator(".prose details:not([open])")).toHaveCount(0);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".study-tools")).toBeHidden();
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator("#sgd-bowl svg").first()).toBeVisible();
    await expect(page.locator(".exercise__solution").first()).toBeVisible();
    const pdf = `${SHOTS}/handout-sgd.pdf`;
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(50_000);
    if (existsSync("/usr/bin/pdfinfo")) {
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(3);
    }

    // After printing, the page is as it was.
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect(page.locator(".prose details:not([open])")).toHaveCount(closedBefore);
  });
});
