/**
 * Shared steps of the optimizer chapters' e2e specs (sgd, momentum, nesterov, adagrad, and
 * the chapters that reuse OptimizerExplorer): drive the explorer's real controls and check
 * that what it shows changes and stays sane; run a cell; screenshots in both themes.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { clickRun, expectCellOutputs, type CellOutputs } from "./cell-helpers";
import { forEachScreen, openExercise, revealPrediction, SHOTS } from "./lesson-helpers";

/** The explorer with this id, once its live chart and controls are there. */
export async function explorer(page: Page, id: string): Promise<Locator> {
  const widget = page.locator(`#${id}`);
  await expect(page.locator(`#${id}-lr`)).toBeAttached();
  await expect(widget.locator(".ox-formula__tex .katex").first()).toBeAttached();
  return widget;
}

export const caption = (widget: Locator) => widget.locator("[data-chart-slot] figcaption");
export const status = (widget: Locator) => widget.locator(".kobai-status");

/** The learning rate by keyboard (one arrow press), then by fill to about `eta`. */
export async function changeLearningRate(page: Page, widget: Locator, id: string, eta: number): Promise<void> {
  const before = await caption(widget).textContent();
  const slider = widget.getByLabel("Learning rate η", { exact: true });
  await slider.focus();
  await slider.press("ArrowLeft");
  await expect(caption(widget)).not.toHaveText(before ?? "");
  // The range input holds log10 η on the slider's 0.01 grid; the value shown is 10^position.
  const position = String(Number(Math.log10(eta).toFixed(2)));
  await page.locator(`#${id}-lr`).fill(position);
  await expect(widget.locator(`#${id}-lr`)).toHaveAttribute(
    "aria-valuetext",
    String(Number((10 ** Number(position)).toPrecision(3))),
  );
}

/** Scrub the timeline to step k: the formula shows that step. */
export async function scrubTo(page: Page, widget: Locator, id: string, k: number): Promise<void> {
  await page.locator(`#${id}-timeline`).fill(String(k));
  await expect(widget.locator(".ox-formula__lead")).toHaveText(new RegExp(`^Step ${k} of \\d+:`));
  await expect(caption(widget)).toContainText(`Showing step ${k}:`);
}

/**
 * Click the chart at data point (x, y): the start inputs follow. The chart is redrawn (a new
 * <svg>) whenever a control changes, so the measure-and-click is retried as a whole if the
 * svg it measured was replaced before the click landed.
 */
export async function clickChartAt(page: Page, widget: Locator, x: number, y: number): Promise<void> {
  await expect(async () => {
    const svg = widget.locator("[data-chart-slot] svg").first();
    await svg.scrollIntoViewIfNeeded({ timeout: 2_000 });
    const target = await svg.evaluate(
      (el, [x, y]) => {
        const svgEl = el as SVGSVGElement;
        const box = svgEl.getBoundingClientRect();
        const xScale = JSON.parse(svgEl.getAttribute("data-x-scale")!);
        const yScale = JSON.parse(svgEl.getAttribute("data-y-scale")!);
        const px = (v: number, s: { domain: number[]; range: number[] }) =>
          s.range[0] + ((v - s.domain[0]) / (s.domain[1] - s.domain[0])) * (s.range[1] - s.range[0]);
        const k = box.width / svgEl.viewBox.baseVal.width;
        return { left: box.x + px(x, xScale) * k, top: box.y + px(y, yScale) * k };
      },
      [x, y],
      { timeout: 2_000 },
    );
    await page.mouse.click(target.left, target.top);
  }).toPass({ timeout: 15_000 });
}

/** A preset button of the explorer, by its name, and what the explorer shows once it is pressed. */
export interface PresetCheck {
  button: string;
  /** The whole status line, or (a RegExp) a part of it. */
  status?: string | RegExp;
  /** Texts the caption shows. */
  caption?: readonly string[];
}

/** Presses each preset in turn, as a reader does, and checks what the explorer then shows. */
export async function expectPresets(widget: Locator, presets: readonly PresetCheck[]): Promise<void> {
  for (const preset of presets) {
    await widget.getByRole("button", { name: preset.button }).click();
    if (preset.status !== undefined) await expect(status(widget)).toHaveText(preset.status);
    for (const text of preset.caption ?? []) await expect(caption(widget)).toContainText(text);
  }
}

/** Runs a cell and returns its output locator once it has finished. */
export async function runCell(page: Page, cellId: string): Promise<Locator> {
  const cell = page.locator(`.cell[data-cell-id="${cellId}"]`);
  await clickRun(cell);
  const out = cell.locator(".cell__output");
  await expect(out).not.toBeEmpty({ timeout: 30_000 });
  return out;
}

/** Reveals the first Predict's answer and opens the first Exercise's solution. */
export async function revealPredictAndSolution(page: Page): Promise<void> {
  await expect(await revealPrediction(page)).toHaveAttribute("open", "");
  const { solution } = await openExercise(page.locator(".exercise").first());
  await expect(solution).toHaveAttribute("open", "");
}

/** Screenshots of the widget's page at desktop and phone widths, light and dark. */
export async function screenshots(page: Page, url: string, slug: string, widgetId: string): Promise<void> {
  await forEachScreen(page, async (suffix) => {
    await page.goto(url);
    const widget = await explorer(page, widgetId);
    await widget.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${slug}-${suffix}.png` });
    await widget.screenshot({ path: `${SHOTS}/${slug}-widget-${suffix}.png` });
  });
}

/** The steps above, bound to one explorer on one page. */
export interface ExplorerSteps {
  caption: Locator;
  status: Locator;
  changeLearningRate: (eta: number) => Promise<void>;
  scrubTo: (k: number) => Promise<void>;
  clickChartAt: (x: number, y: number) => Promise<void>;
  presets: (presets: readonly PresetCheck[]) => Promise<void>;
}

/** The shared steps for the explorer `id`, so a chapter's spec names only what differs. */
export function explorerSteps(page: Page, widget: Locator, id: string): ExplorerSteps {
  return {
    caption: caption(widget),
    status: status(widget),
    changeLearningRate: (eta) => changeLearningRate(page, widget, id, eta),
    scrubTo: (k) => scrubTo(page, widget, id, k),
    clickChartAt: (x, y) => clickChartAt(page, widget, x, y),
    presets: (presets) => expectPresets(widget, presets),
  };
}

/** One optimizer chapter's spec: what its explorer, its cells and its extra screenshots must show. */
export interface OptimizerChapter {
  slug: string;
  /** The explorer's id on the page (default `<slug>-bowl`). */
  id?: string;
  /** The explorer test's title, when it checks more than the controls. */
  explorerTitle?: string;
  /** The explorer as the page opens: texts its caption shows, and its whole status line. */
  opening: { caption: readonly string[]; status?: string };
  /**
   * Then the reader's learning rate (changeLearningRate): a text of the caption that must be
   * gone after it, the step the timeline is then scrubbed to, and a text the legend then shows.
   * Left out where the chapter sets the learning rate later, in `explorer`.
   */
  learningRate?: { eta: number; captionLoses: string; scrubTo: number; legend?: string };
  /** Drives the explorer further (after the steps above); no NaN may show after. */
  explorer: (page: Page, widget: Locator, ox: ExplorerSteps) => Promise<void>;
  /** The cells test's title, when it checks more than the cells. */
  cellsTitle?: string;
  /** Checks on the page before any cell runs. */
  beforeCells?: (page: Page) => Promise<void>;
  /** The chapter's cells, run in this order, with the texts each output must show; then the first Predict and Exercise are opened. */
  cells: CellOutputs;
  /** Checked once the Predict and the Exercise are open. */
  afterReveal?: (page: Page) => Promise<void>;
  /** Further screenshots, taken on a fresh page at each screen size and scheme. */
  moreScreenshots?: (page: Page, suffix: string) => Promise<void>;
}

/** The explorer's opening texts, then the reader's learning rate and the timeline (OptimizerChapter). */
async function openingAndLearningRate(widget: Locator, ox: ExplorerSteps, chapter: OptimizerChapter): Promise<void> {
  for (const text of chapter.opening.caption) await expect(ox.caption).toContainText(text);
  if (chapter.opening.status !== undefined) await expect(ox.status).toHaveText(chapter.opening.status);
  const lr = chapter.learningRate;
  if (!lr) return;
  await ox.changeLearningRate(lr.eta);
  await expect(ox.caption).not.toContainText(lr.captionLoses);
  await ox.scrubTo(lr.scrubTo);
  if (lr.legend !== undefined) await expect(widget.locator(".ox-legend")).toContainText(lr.legend);
}

/**
 * The tests every optimizer chapter has: its explorer answers its controls, its cells run and
 * a Predict and an Exercise open, and screenshots of the page and the explorer.
 */
export function optimizerChapterTests(chapter: OptimizerChapter): void {
  const url = `/lessons/${chapter.slug}/`;
  const id = chapter.id ?? `${chapter.slug}-bowl`;
  test.describe(chapter.slug, () => {
    test(chapter.explorerTitle ?? "the explorer answers its controls", async ({ page }) => {
      await page.goto(url);
      const widget = await explorer(page, id);
      const ox = explorerSteps(page, widget, id);
      await openingAndLearningRate(widget, ox, chapter);
      await chapter.explorer(page, widget, ox);
      await expect(widget).not.toContainText("NaN");
    });

    test(chapter.cellsTitle ?? "cells, a Predict and an Exercise", async ({ page }) => {
      await page.goto(url);
      await chapter.beforeCells?.(page);
      await expectCellOutputs(page, chapter.cells);
      await revealPredictAndSolution(page);
      await chapter.afterReveal?.(page);
    });

    test("screenshots", async ({ page }) => {
      await screenshots(page, url, chapter.slug, id);
      const more = chapter.moreScreenshots;
      if (!more) return;
      await forEachScreen(page, async (suffix) => {
        await page.goto(url);
        await more(page, suffix);
      });
    });
  });
}
