/**
 * The chapters in curriculum order, with the checks that keep the order sound: orders are
 * unique and run 1..n without gaps, so "previous/next" and the home page never skip one.
 */
import { getCollection, type CollectionEntry } from "astro:content";

export type Lesson = CollectionEntry<"lessons">;

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

/** All chapters sorted by `order`. */
export async function getLessons(): Promise<Lesson[]> {
  const lessons = await getCollection("lessons");
  checkOrder(lessons);
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** The URL of a chapter. */
export function lessonUrl(lesson: { id: string }): string {
  return `/lessons/${lesson.id}/`;
}
