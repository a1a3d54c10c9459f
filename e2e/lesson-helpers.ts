/**
 * Steps every chapter spec shares: watching for errors, the chapter's screenshots at both
 * screens in both themes, and opening a Predict's answer or an Exercise's hint and solution.
 */
import { execFileSync } from "node:child_process";
import { expect, test, type Locator, type Page } from "@playwright/test";

/** Where screenshots land (not committed; look at them). */
export const SHOTS = "test-results/screenshots";

/**
 * A chapter of the Japanese edition as it loads: lang="ja", its title, no "not translated
 * yet" note, and the sentences the source writes one per line joined without a stray space
 * (the prose only, not a widget's captions).
 */
export async function expectJapaneseChapter(page: Page, title?: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  if (title !== undefined) await expect(page.locator("h1")).toHaveText(title);
  await expect(page.locator(".lesson-untranslated")).toHaveCount(0);
  const strays = await page
    .locator(".prose p")
    .evaluateAll((ps) =>
      ps
        .filter((p) => !p.closest("[role=group], figure"))
        .flatMap((p) => (p.textContent ?? "").match(/.{0,12}。\s+.{0,12}/g) ?? []),
    );
  expect(strays, "a space between two Japanese sentences").toEqual([]);
}

/** Opens a page for a test: a path to go to, or steps that open it and wait for what the test needs. */
export type Opener = string | ((page: Page) => Promise<unknown>);

/**
 * Opens the Japanese edition of a chapter and checks it is one (expectJapaneseChapter, with its
 * title when given), and that the prose's first glossary term reads `firstTerm` when given.
 */
export function japanese(slug: string, title?: string, firstTerm?: string): Opener {
  return async (page) => {
    await page.goto(`/ja/lessons/${slug}/`);
    await expectJapaneseChapter(page, title);
    if (firstTerm !== undefined) await expect(page.locator(".prose a.term").first()).toHaveText(firstTerm);
  };
}

/**
 * One test on one page, the frame every chapter test shares: opens the page at the desktop
 * screen, runs `body`, and then asserts the page logged no error on the way (watchErrors). A
 * long run's body sets its own budget first (test.setTimeout).
 */
export function pageTest(title: string, open: Opener, body: (page: Page) => Promise<void>): void {
  test(title, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const errors = watchErrors(page);
    await (typeof open === "string" ? page.goto(open) : open(page));
    await body(page);
    expect(errors).toEqual([]);
  });
}

/** Collects uncaught exceptions and console errors, so a test can assert the page logged none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** The desktop screen the widget and cell tests run at. */
export const DESKTOP = { width: 1280, height: 900 };

/** The two screens every chapter is checked and photographed at. */
export const SCREEN_SIZES = [
  ["desktop", DESKTOP],
  ["phone", { width: 390, height: 844 }],
] as const;
export const SCHEMES = ["light", "dark"] as const;

/**
 * Runs `step` at each screen size in each colour scheme, in one test, with the viewport and
 * `prefers-color-scheme` set first; `suffix` is e.g. "phone-dark", for screenshot names.
 */
export async function forEachScreen(page: Page, step: (suffix: string) => Promise<void>): Promise<void> {
  // Four page loads and shots in one test: give it the slow-test budget (3×) so a loaded
  // machine does not time it out.
  test.slow();
  for (const [name, viewport] of SCREEN_SIZES) {
    for (const scheme of SCHEMES) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await step(`${name}-${scheme}`);
    }
  }
}

export interface ChapterScreenshotOptions {
  /** Opens the chapter and waits until what the shot must show is there (default: goto /lessons/<slug>/). */
  open?: (page: Page) => Promise<void>;
  /** Extra steps before the full-page shot, e.g. photographing one widget: `${SHOTS}/<slug>-x-${suffix}.png`. */
  before?: (page: Page, suffix: string) => Promise<void>;
}

/**
 * Declares one test per screen and scheme ("screenshot desktop dark", …) that opens the
 * chapter, checks the page does not scroll sideways, and saves a full-page screenshot as
 * test-results/screenshots/<slug>-<screen>-<scheme>.png.
 */
export function screenshotChapter(slug: string, { open, before }: ChapterScreenshotOptions = {}): void {
  for (const [name, viewport] of SCREEN_SIZES) {
    for (const scheme of SCHEMES) {
      test(`${slug}: screenshot ${name} ${scheme}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await (open ? open(page) : page.goto(`/lessons/${slug}/`));
        await before?.(page, `${name}-${scheme}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(1);
        await page.screenshot({ path: `${SHOTS}/${slug}-${name}-${scheme}.png`, fullPage: true });
      });
    }
  }
}

/**
 * Reveals the n-th Predict's answer (clicking its summary, as a reader does) and returns the
 * answer box. With `hiddenText`, first asserts that this part of the answer is hidden.
 */
export async function revealPrediction(
  page: Page,
  { n = 0, hiddenText }: { n?: number; hiddenText?: string } = {},
): Promise<Locator> {
  const answer = page.locator(".predict .predict__answer").nth(n);
  if (hiddenText !== undefined) await expect(answer.getByText(hiddenText)).toBeHidden();
  await answer.locator("summary").click();
  return answer;
}

/**
 * Opens an Exercise's hint (when asked) and then its solution, as a reader does, and
 * returns both boxes for the spec to read.
 */
export async function openExercise(
  exercise: Locator,
  { hint = false } = {},
): Promise<{ hint: Locator; solution: Locator }> {
  const hintBox = exercise.locator(".exercise__hint");
  const solution = exercise.locator(".exercise__solution");
  if (hint) await hintBox.locator("summary").click();
  await solution.locator("summary").click();
  return { hint: hintBox, solution };
}

/** What a reader finds behind a chapter's Predict and Exercise once they open them. */
export interface RevealChecks {
  /** The n-th Predict (default the first): a text hidden until the answer is revealed, then visible; a text the answer shows. */
  predict?: { n?: number; hidden?: string; shows?: string };
  /**
   * The n-th Exercise (default the first): its hint's text (the hint is opened only when one is
   * given), its solution's text, and whether the solution shows a typeset formula.
   */
  exercise?: { n?: number; hint?: string; solution?: string; formula?: boolean };
}

/** Reveals the Predict and opens the Exercise as a reader does (revealPrediction, openExercise) and checks what they show. */
export async function expectPredictAndExercise(page: Page, { predict, exercise }: RevealChecks): Promise<void> {
  if (predict) {
    const answer = await revealPrediction(page, { n: predict.n, hiddenText: predict.hidden });
    if (predict.hidden !== undefined) await expect(answer.getByText(predict.hidden)).toBeVisible();
    if (predict.shows !== undefined) await expect(answer).toContainText(predict.shows);
  }
  if (exercise) {
    const opened = await openExercise(page.locator(".exercise").nth(exercise.n ?? 0), {
      hint: exercise.hint !== undefined,
    });
    if (exercise.hint !== undefined) await expect(opened.hint).toContainText(exercise.hint);
    if (exercise.solution !== undefined) await expect(opened.solution).toContainText(exercise.solution);
    if (exercise.formula) await expect(opened.solution.locator(".katex").first()).toBeVisible();
  }
}

/** Runs axe over the parts of the page named by `include` (selectors) and expects no violation. */
export async function expectNoAxeViolations(page: Page, include: readonly string[]): Promise<void> {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  let axe = new AxeBuilder({ page });
  for (const selector of include) axe = axe.include(selector);
  const results = await axe.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The fingerprint Node computes for a preset (same core, the serial lockstep loop, no browser). */
export function nodeFingerprint(preset: string, scale: string, seed: number): string {
  const code = `import "./src/data/use-node"; import { presetSpec } from "./src/run/presets"; import { TrainLoop } from "./src/run/train-loop"; import { loadTrainingData } from "./src/run/data";
    const s = presetSpec(${JSON.stringify(preset)}, ${JSON.stringify(scale)}, { seed: ${seed} });
    loadTrainingData(s.data, s.seed).then((d) => console.log("FP " + new TrainLoop(s, d).runToEnd().fingerprint));`;
  const out = execFileSync("npx", ["tsx", "-e", code], { encoding: "utf8", timeout: 120_000 });
  return /FP ([0-9a-f]{8})/.exec(out)![1];
}
