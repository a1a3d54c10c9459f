/**
 * A facilitator guide: what the person running a 輪読会 needs for one chapter. Written per
 * chapter slug and independent of the chapter's MDX (chapters change; the guide names
 * topics, matched to the page's headings by keywords).
 */

/** One stretch of the session. */
export interface GuideTopic {
  /** What the group works through, e.g. "The zig-zag on f(x, y) = x²/20 + y²". */
  topic: string;
  /** Suggested minutes. */
  minutes: number;
  /**
   * Lower-case words that identify the section headings this topic covers ("zig-zag",
   * "learning rate"). A heading containing any of them gets this topic's time.
   */
  match: readonly string[];
  /** What to do or show here (optional). */
  note?: string;
}

/** A confusion the group is likely to hit, and a way out of it. */
export interface Confusion {
  confusion: string;
  untangle: string;
}

/** The guide for one chapter. */
export interface FacilitatorGuide {
  slug: string;
  /** Where it sits in 『ゼロから作るDeep Learning』, e.g. "6.1.2 SGD". */
  book: string;
  topics: readonly GuideTopic[];
  questions: readonly string[];
  confusions: readonly Confusion[];
}
