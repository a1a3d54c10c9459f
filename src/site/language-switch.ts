/**
 * The language switch and the Japanese-edition offer.
 *
 * The switch lands on the same chapter *and section* in the other edition. Headings have
 * different anchors in each language, but both editions of a chapter have the same
 * sections in the same order (the parity test holds them to it), so the switch carries the
 * section's position (`#section-3`) and the other page scrolls to its own third section.
 * The query string (widget state, `?present=`) is carried unchanged.
 *
 * The offer: on an English page, a reader whose browser prefers Japanese is told once that
 * a Japanese edition exists. Never an automatic redirect; closing it is remembered.
 */
import { browserStorage } from "./storage";

/** Sections a switch can land on: a chapter's h2 headings, in order. */
const SECTION_HEADINGS = ".prose h2";
const OFFER_DISMISSED = "kobai-language-offer";

/** `#section-N` → N (1-based), else undefined. @example sectionFromHash("#section-3") // 3 */
export function sectionFromHash(hash: string): number | undefined {
  const match = /^#section-(\d{1,4})$/.exec(hash);
  const n = match ? Number(match[1]) : NaN;
  return n >= 1 ? n : undefined;
}

/** The other edition's address for this view. @example switchHref("/ja/lessons/sgd/", "?present=2", 3) // "/ja/lessons/sgd/?present=2#section-3" */
export function switchHref(target: string, search: string, section: number | undefined): string {
  return `${target}${search}${section ? `#section-${section}` : ""}`;
}

/** Whether to offer the Japanese edition: the browser's first language is Japanese. */
export function prefersJapanese(languages: readonly string[]): boolean {
  return /^ja\b/i.test(languages[0] ?? "");
}

/** The 1-based index of the section the reader is in: the last h2 in the top third of the window or above. */
function currentSection(doc: Document): number | undefined {
  const headings = [...doc.querySelectorAll<HTMLElement>(SECTION_HEADINGS)];
  const reading = (doc.defaultView?.innerHeight ?? 900) / 3;
  let index: number | undefined;
  headings.forEach((h, i) => {
    if (h.getBoundingClientRect().top <= reading) index = i + 1;
  });
  return index;
}

function remembered(key: string): string | null {
  return browserStorage()?.getItem(key) ?? null;
}

function remember(key: string, value: string): void {
  try {
    browserStorage()?.setItem(key, value);
  } catch {
    // Private mode: the offer simply shows again next time.
  }
}

/** How long the landing section is held in place while widgets, cells and charts above it draw. */
const SETTLE_MS = 4000;

/**
 * Scrolls to `heading` and keeps it there while the page settles: charts and editors above
 * it grow after load, and a scroll already under way does not follow them. The hold ends
 * at the reader's first scroll gesture or key, or after SETTLE_MS.
 */
function holdInView(doc: Document, heading: HTMLElement): void {
  const view = doc.defaultView!;
  heading.scrollIntoView({ behavior: "instant" });
  const top = () => heading.getBoundingClientRect().top;
  const landed = top();
  const realign = () => {
    if (Math.abs(top() - landed) > 2) heading.scrollIntoView({ behavior: "instant" });
  };
  const resized = new ResizeObserver(realign);
  resized.observe(doc.body);
  const gestures = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
  const release = () => {
    resized.disconnect();
    for (const gesture of gestures) view.removeEventListener(gesture, release);
  };
  for (const gesture of gestures) view.addEventListener(gesture, release, { passive: true });
  view.setTimeout(release, SETTLE_MS);
}

/** Wires every switch link, lands on `#section-N`, and shows the offer when it applies. */
export function wireLanguageSwitch(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>("a[data-language-switch]")) {
    const target = link.getAttribute("href") ?? "/";
    const update = () => (link.href = switchHref(target, location.search, currentSection(doc)));
    link.addEventListener("pointerdown", update);
    link.addEventListener("focus", update);
    link.addEventListener("click", update);
  }

  const section = sectionFromHash(location.hash);
  const heading =
    section !== undefined && !doc.getElementById(location.hash.slice(1))
      ? doc.querySelectorAll<HTMLElement>(SECTION_HEADINGS)[section - 1]
      : undefined;
  if (heading) holdInView(doc, heading);

  const offer = doc.querySelector<HTMLElement>("[data-language-offer]");
  if (
    offer &&
    prefersJapanese(navigator.languages ?? [navigator.language]) &&
    remembered(OFFER_DISMISSED) !== "dismissed"
  ) {
    offer.hidden = false;
    offer.querySelector("[data-language-offer-close]")?.addEventListener("click", () => {
      offer.hidden = true;
      remember(OFFER_DISMISSED, "dismissed");
    });
  }
}
