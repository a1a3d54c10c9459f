/**
 * Reading progress, kept in the reader's own browser (no account): which chapters were
 * opened, which were finished (the last section reached or the page read to its end),
 * and the last section read, so the home page can offer "Continue: <chapter> — <section>".
 *
 * One localStorage entry per edition, holding JSON: `kobai:progress` for English,
 * `kobai:progress:ja` for Japanese. Each edition keeps its own, because the "Continue" line
 * quotes chapter and section titles in the language they were read in, and reading in one
 * language must never overwrite the place kept in the other. Storage may be missing or full
 * (private browsing): then nothing is remembered and nothing breaks.
 */
import { defaultLocale, localizePath, type Locale } from "../i18n/locale";

/** The storage key of an edition's progress. @example progressKey("ja") // "kobai:progress:ja" */
export function progressKey(locale: Locale): string {
  return locale === defaultLocale ? "kobai:progress" : `kobai:progress:${locale}`;
}

/** The English edition's key (the key progress had before the Japanese edition). */
export const PROGRESS_KEY = progressKey(defaultLocale);

/** What is remembered about one chapter. */
export interface ChapterProgress {
  openedAt: number;
  finishedAt?: number;
}

/** The last place read. */
export interface LastPlace {
  slug: string;
  chapterTitle: string;
  /** The section's heading id (for the link's #hash), "" for the chapter's opening. */
  sectionId: string;
  sectionTitle: string;
  /** 1-based section number (walkthrough numbering). */
  section: number;
  at: number;
}

export interface Progress {
  chapters: Record<string, ChapterProgress>;
  last?: LastPlace;
}

/** The subset of `Storage` used here (tests pass a Map-backed fake). */
export type { KeyValueStore } from "../site/storage";
import type { KeyValueStore } from "../site/storage";

/** A chapter's state for its card. */
export type ChapterState = "new" | "opened" | "finished";

const empty = (): Progress => ({ chapters: {} });

/**
 * Reads, records and forgets progress.
 *
 * @example
 * const progress = new ProgressStore(localStorage, "ja");
 * progress.opened("sgd");
 * progress.stateOf("sgd"); // "opened"
 */
export class ProgressStore {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStore | null,
    locale: Locale = defaultLocale,
  ) {
    this.key = progressKey(locale);
  }

  load(): Progress {
    try {
      const text = this.storage?.getItem(this.key);
      if (!text) return empty();
      const data = JSON.parse(text) as Partial<Progress>;
      const chapters: Record<string, ChapterProgress> = {};
      for (const [slug, entry] of Object.entries(data.chapters ?? {})) {
        if (entry && typeof entry.openedAt === "number")
          chapters[slug] = {
            openedAt: entry.openedAt,
            ...(typeof entry.finishedAt === "number" ? { finishedAt: entry.finishedAt } : {}),
          };
      }
      const last = data.last;
      const validLast =
        last && typeof last.slug === "string" && typeof last.section === "number" && typeof last.sectionId === "string"
          ? last
          : undefined;
      return validLast ? { chapters, last: validLast } : { chapters };
    } catch {
      return empty(); // damaged JSON: start afresh rather than break the page
    }
  }

  private save(progress: Progress): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(progress));
    } catch {
      // quota or disabled storage: progress is a convenience, not worth an error
    }
  }

  /** Records that a chapter was opened (keeps the first time). */
  opened(slug: string, now = Date.now()): void {
    const progress = this.load();
    progress.chapters[slug] ??= { openedAt: now };
    this.save(progress);
  }

  /** Records that a chapter was finished (opened too, if it was not). */
  finished(slug: string, now = Date.now()): void {
    const progress = this.load();
    const entry = (progress.chapters[slug] ??= { openedAt: now });
    entry.finishedAt ??= now;
    this.save(progress);
  }

  /** Records the last section read. */
  readSection(place: Omit<LastPlace, "at">, now = Date.now()): void {
    const progress = this.load();
    progress.chapters[place.slug] ??= { openedAt: now };
    progress.last = { ...place, at: now };
    this.save(progress);
  }

  stateOf(slug: string): ChapterState {
    const entry = this.load().chapters[slug];
    return !entry ? "new" : entry.finishedAt !== undefined ? "finished" : "opened";
  }

  /** Forgets everything. */
  forget(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // nothing to forget
    }
  }
}

/**
 * The link back to the last place: the chapter's page at the section's heading.
 *
 * @example
 * continueHref({ slug: "sgd", sectionId: "exercises", … }); // "/lessons/sgd/#exercises"
 * continueHref({ slug: "sgd", sectionId: "", … }, "ja"); // "/ja/lessons/sgd/"
 */
export function continueHref(last: Pick<LastPlace, "slug" | "sectionId">, locale: Locale = defaultLocale): string {
  const path = `/lessons/${encodeURIComponent(last.slug)}/${last.sectionId ? `#${encodeURIComponent(last.sectionId)}` : ""}`;
  return localizePath(path, locale);
}

/**
 * Counts for the home page's summary line.
 *
 * @example
 * summarize({ chapters: { sgd: { openedAt: 1, finishedAt: 2 }, adam: { openedAt: 3 } } });
 * // { opened: 2, finished: 1 }
 */
export function summarize(progress: Progress): { opened: number; finished: number } {
  const entries = Object.values(progress.chapters);
  return { opened: entries.length, finished: entries.filter((e) => e.finishedAt !== undefined).length };
}
