/**
 * Walkthrough navigation, without a DOM: which section is showing, what a key does, and
 * how the section number sits in the URL so everyone in the group can open the same place.
 *
 *   /lessons/sgd/?present=3        section 3 (1-based, as people say it out loud)
 *   /lessons/sgd/#present-3        the same, for links that can only carry a hash
 *
 * Sections are counted from 1: section 1 is the chapter's opening (everything before the
 * first h2), then one section per h2.
 */

/** What a key press asks the walkthrough to do. */
export type NavAction = "next" | "previous" | "first" | "last" | "exit";

/** The query parameter that holds the section number. */
export const PRESENT_PARAM = "present";

const HASH_FORM = /^#present-(\d+)$/;

/**
 * Keeps a section number inside 1…count (a link may name a section a shorter chapter lacks).
 *
 * @example
 * clampSection(9, 5); // 5
 * clampSection(0, 5); // 1
 */
export function clampSection(k: number, count: number): number {
  if (count < 1) throw new Error(`walkthrough: a chapter needs at least one section, got ${count}`);
  // NaN (no number at all) opens the start; ±∞ clamp like any other number beyond the ends.
  if (Number.isNaN(k)) return 1;
  return Math.min(count, Math.max(1, Math.round(k)));
}

/**
 * The section a URL asks for, or undefined when it does not ask for walkthrough mode.
 *
 * @example
 * sectionFromUrl("https://kobai.example/lessons/sgd/?present=3"); // 3
 * sectionFromUrl("https://kobai.example/lessons/sgd/#present-2"); // 2
 * sectionFromUrl("https://kobai.example/lessons/sgd/");           // undefined
 * sectionFromUrl("https://kobai.example/lessons/sgd/?present=1e308"); // 1e308 (clampSection makes it the last)
 */
export function sectionFromUrl(href: string): number | undefined {
  const url = new URL(href);
  const raw = url.searchParams.get(PRESENT_PARAM);
  if (raw !== null) {
    // Read the whole number as written ("1e308" is huge, not 1), so every number beyond the
    // last section clamps to the last one alike; "3abc" still reads as 3, "abc" as 1.
    const whole = raw.trim() === "" ? Number.NaN : Number(raw);
    const k = Number.isNaN(whole) ? Number.parseInt(raw, 10) : Math.trunc(whole);
    return Number.isNaN(k) ? 1 : Math.max(1, k);
  }
  const match = HASH_FORM.exec(url.hash);
  return match ? Math.max(1, Number.parseInt(match[1], 10)) : undefined;
}

/**
 * The URL for section k: `?present=k`, every other query parameter (widget settings)
 * and any other hash (shared cells) kept. `k = undefined` removes walkthrough mode.
 *
 * @example
 * urlForSection("https://kobai.example/lessons/sgd/?w.bowl.lr=0.9#present-2", 4);
 * // "https://kobai.example/lessons/sgd/?w.bowl.lr=0.9&present=4"
 */
export function urlForSection(href: string, k: number | undefined): string {
  const url = new URL(href);
  if (k === undefined) url.searchParams.delete(PRESENT_PARAM);
  else url.searchParams.set(PRESENT_PARAM, String(k));
  if (HASH_FORM.test(url.hash)) url.hash = "";
  return url.toString();
}

/** Where focus is when a key arrives: keys that type or adjust a control stay with it. */
export type KeyTarget = "page" | "text" | "control";

/**
 * What a key does in walkthrough mode. Arrow keys and Space navigate unless a control
 * (a slider, a button) has focus, where they keep their usual meaning; Page Up/Down (what
 * presentation clickers send) always navigate, except while typing in a text field or a
 * code cell.
 *
 * @example
 * actionForKey({ key: "PageDown" }, "control"); // "next"
 * actionForKey({ key: "ArrowRight" }, "control"); // undefined (the slider moves)
 * actionForKey({ key: " ", shiftKey: true }, "page"); // "previous"
 */
export function actionForKey(
  event: { key: string; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean },
  target: KeyTarget,
): NavAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.key === "Escape") return target === "text" ? undefined : "exit";
  if (target === "text") return undefined;
  switch (event.key) {
    case "PageDown":
      return "next";
    case "PageUp":
      return "previous";
  }
  if (target === "control") return undefined;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
      return "previous";
    case " ":
    case "Spacebar":
      return event.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
  }
  return undefined;
}

/**
 * The section after an action.
 *
 * @example
 * step(3, "next", 5); // 4
 * step(5, "next", 5); // 5 (the last section stays)
 * step(2, "first", 5); // 1
 */
export function step(current: number, action: Exclude<NavAction, "exit">, count: number): number {
  switch (action) {
    case "next":
      return clampSection(current + 1, count);
    case "previous":
      return clampSection(current - 1, count);
    case "first":
      return 1;
    case "last":
      return count;
  }
}

/**
 * Fraction of the walkthrough done when section k shows (for the progress bar).
 *
 * @example
 * progressFraction(1, 4); // 0.25
 */
export function progressFraction(k: number, count: number): number {
  return clampSection(k, count) / count;
}
