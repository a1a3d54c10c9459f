/**
 * Facilitator guides, one per chapter and edition. Each lives beside its chapter's content:
 * content/lessons/<slug>/facilitator.json in English and facilitator-ja.json in Japanese
 * (prose data, typed as a FacilitatorGuide here, where they are gathered). A chapter gets
 * its guides by having the files: nothing else lists them.
 *
 * @example
 * guideFor("sgd")?.questions.length; // 4
 */
import type { FacilitatorGuide } from "./types";
import { currentLocale } from "../../i18n";
import type { Locale } from "../../i18n/locale";

export type { FacilitatorGuide, GuideTopic, Confusion } from "./types";
export { suggestedMinutes, topicForHeading, totalMinutes } from "./match";

const gathered = (files: Record<string, { default: unknown }>) =>
  Object.values(files).map((file) => file.default as FacilitatorGuide);

/** Every English guide (in no particular order: look one up with guideFor). */
export const guides: readonly FacilitatorGuide[] = gathered(
  import.meta.glob("../../../content/lessons/*/facilitator.json", { eager: true }),
);

/**
 * Guides written in Japanese for the Japanese edition: the same topics and minutes as the
 * English guide, matched to the Japanese chapter's headings. A chapter without one shows
 * its English guide.
 */
export const guidesJa: readonly FacilitatorGuide[] = gathered(
  import.meta.glob("../../../content/lessons/*/facilitator-ja.json", { eager: true }),
);

/** The guide of a chapter in an edition (the page's, by default), or undefined. */
export function guideFor(slug: string, locale: Locale = currentLocale()): FacilitatorGuide | undefined {
  const japanese = locale === "ja" ? guidesJa.find((guide) => guide.slug === slug) : undefined;
  return japanese ?? guides.find((guide) => guide.slug === slug);
}
