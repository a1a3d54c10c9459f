/**
 * The home page's view of reading progress (components/WalkthroughProgress.astro):
 * a badge on each chapter card (opened / finished), a "Continue: <chapter> — <section>"
 * link, and "Forget my progress".
 */
import { browserStorage } from "../site/storage";
import { localeOfPath } from "../i18n/locale";
import { fill } from "../walkthrough/template";
import { ProgressStore, continueHref, summarize, type ChapterState } from "./store";

const BADGE_CLASS = "chapter-card__progress";

/** The UI strings, rendered by the server from src/i18n (components/WalkthroughProgress.astro). */
export interface HomeStrings {
  opened: string;
  finished: string;
  stateLabel: string;
  continue: string;
  summary: string;
  forgotten: string;
}

/** The chapter slug a card links to, from its `/lessons/<slug>/` link. */
function slugOfCard(card: Element): string | undefined {
  const href = card.querySelector<HTMLAnchorElement>('a[href^="/lessons/"]')?.getAttribute("href");
  return href?.match(/^\/lessons\/([^/]+)\/?/)?.[1];
}

function render(box: HTMLElement, store: ProgressStore, strings: HomeStrings): void {
  const progress = store.load();
  const cards = Array.from(document.querySelectorAll<HTMLElement>(".chapter-card"));
  for (const card of cards) {
    card.querySelector(`.${BADGE_CLASS}`)?.remove();
    const slug = slugOfCard(card);
    if (!slug) continue;
    const state: ChapterState = store.stateOf(slug);
    card.dataset.progress = state;
    if (state === "new") continue;
    const badge = document.createElement("p");
    badge.className = BADGE_CLASS;
    badge.dataset.state = state;
    const label = state === "finished" ? strings.finished : strings.opened;
    badge.textContent = label;
    badge.setAttribute("aria-label", fill(strings.stateLabel, { state: label }));
    card.querySelector(".chapter-card__number")?.after(badge);
  }

  const link = box.querySelector<HTMLAnchorElement>("[data-progress-continue]")!;
  const summary = box.querySelector<HTMLElement>("[data-progress-summary]")!;
  const { opened, finished } = summarize(progress);
  box.hidden = opened === 0;
  if (progress.last) {
    link.hidden = false;
    link.href = continueHref(progress.last, localeOfPath(location.pathname));
    link.textContent = fill(strings.continue, {
      chapter: progress.last.chapterTitle,
      section: progress.last.sectionTitle,
    });
  } else link.hidden = true;
  summary.textContent = fill(strings.summary, { finished, opened, total: cards.length });
}

const box = document.querySelector<HTMLElement>("[data-progress-home]");
if (box) {
  const store = new ProgressStore(browserStorage(), localeOfPath(location.pathname));
  const strings = JSON.parse(box.dataset.strings ?? "{}") as HomeStrings;
  render(box, store, strings);
  box.querySelector("[data-progress-forget]")!.addEventListener("click", () => {
    store.forget();
    render(box, store, strings);
    const status = document.querySelector<HTMLElement>("[data-progress-status]");
    if (status) status.textContent = strings.forgotten;
  });
}
