/**
 * Records reading progress on a chapter page: opened on load, the last section passed
 * while scrolling (or shown in walkthrough mode), finished at the last section or when the
 * end of the chapter scrolls into view.
 */
import { browserStorage } from "../site/storage";
import { ProgressStore } from "./store";
import { localeOfPath } from "../i18n/locale";
import type { PageSection } from "../walkthrough/sections";

export class ProgressTracker {
  private readonly store = new ProgressStore(browserStorage(), localeOfPath(location.pathname));
  private lastSection = 0;

  constructor(
    private readonly slug: string,
    private readonly chapterTitle: string,
    private readonly sections: PageSection[],
  ) {
    this.store.opened(slug);
  }

  /** Section k (1-based) is being read. */
  read(k: number): void {
    if (k === this.lastSection) return;
    this.lastSection = k;
    const section = this.sections[k - 1];
    this.store.readSection({
      slug: this.slug,
      chapterTitle: this.chapterTitle,
      section: k,
      sectionId: section.id,
      sectionTitle: section.title,
    });
    if (k === this.sections.length) this.store.finished(this.slug);
  }

  /** Follows scrolling: the section whose heading last passed the top third of the screen. */
  watchScrolling(isPaused: () => boolean, end: Element | null): void {
    let pending = false;
    const update = () => {
      pending = false;
      if (isPaused() || window.scrollY <= 0) return;
      const line = window.innerHeight / 3;
      let k = 1;
      this.sections.forEach((section, i) => {
        if (i > 0 && section.heading.getBoundingClientRect().top < line) k = i + 1;
      });
      this.read(k);
    };
    window.addEventListener(
      "scroll",
      () => {
        if (!pending) {
          pending = true;
          requestAnimationFrame(update);
        }
      },
      { passive: true },
    );
    if (end) {
      new IntersectionObserver((entries) => {
        if (!isPaused() && window.scrollY > 0 && entries.some((entry) => entry.isIntersecting))
          this.store.finished(this.slug);
      }).observe(end);
    }
  }
}
