/**
 * The chapters in curriculum order, with the checks that keep the order sound: orders are
 * unique and run 1..n without gaps, so "previous/next" and the home page never skip one.
 *
 * Each edition lists every chapter. The Japanese edition takes a chapter's title, summary,
 * prose and "play" line from its twin in content/ja/lessons/<slug>.mdx; the order, the
 * book reference and the glossary terms are the English chapter's, so they cannot drift.
 * A chapter with no twin yet is shown in English with a note (`translated: false`).
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { currentLocale } from "../i18n";
import { localizePath, type Locale } from "../i18n/locale";

/** A chapter as one edition shows it: its data, and the MDX entry to render. */
export interface Lesson {
  id: string;
  data: CollectionEntry<"lessons">["data"];
  /** The MDX to render: the edition's own, or the English one while untranslated. */
  entry: CollectionEntry<"lessons"> | CollectionEntry<"lessonsJa">;
  /** False when this edition shows the English text of the chapter. */
  translated: boolean;
}

/** Throws if orders repeat or leave gaps. Exported for tests. */
export function checkOrder(lessons: { id: string; data: { order: number } }[]): void {
  const sorted = [...lessons].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((lesson, index) => {
    if (lesson.data.order !== index + 1) {
      const clash = sorted.find((other) => other !== lesson && other.data.order === lesson.data.order);
      throw new Error(
        clash
          ? `lessons "${clash.id}" and "${lesson.id}" both have order ${lesson.data.order}`
          : `lesson "${lesson.id}" has order ${lesson.data.order}, expected ${index + 1}: orders must run 1..${sorted.length} without gaps`,
      );
    }
  });
}

/** All chapters of an edition (the current page's by default), sorted by `order`. */
export async function getLessons(locale: Locale = currentLocale()): Promise<Lesson[]> {
  const english = await getCollection("lessons");
  checkOrder(english);
  const twins =
    locale === "ja" ? new Map((await getCollection("lessonsJa")).map((entry) => [entry.id, entry])) : new Map();
  for (const id of twins.keys()) {
    if (!english.some((lesson) => lesson.id === id))
      throw new Error(`content/ja/lessons/${id}.mdx has no English chapter content/lessons/${id}.mdx`);
  }
  return english
    .sort((a, b) => a.data.order - b.data.order)
    .map((lesson) => {
      const twin = twins.get(lesson.id);
      return twin
        ? { id: lesson.id, data: { ...lesson.data, ...twin.data }, entry: twin, translated: true }
        : { id: lesson.id, data: lesson.data, entry: lesson, translated: locale === "en" };
    });
}

/** The URL of a chapter in an edition (the current page's by default). */
export function lessonUrl(lesson: { id: string }, locale: Locale = currentLocale()): string {
  return localizePath(`/lessons/${lesson.id}/`, locale);
}
