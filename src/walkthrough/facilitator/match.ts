/**
 * Matching a guide's topics to a page's sections, so walkthrough mode can show "about 6
 * min" for the section on screen even though guides name topics, not exact headings.
 */
import type { FacilitatorGuide, GuideTopic } from "./types";

/**
 * The topic a section heading belongs to: the first topic with a keyword in the heading
 * (case-insensitive), or undefined.
 *
 * @example
 * topicForHeading(guide, "On the book’s bowl, SGD zig-zags")?.topic; // "The zig-zag …"
 */
export function topicForHeading(guide: FacilitatorGuide, heading: string): GuideTopic | undefined {
  const text = heading.toLowerCase().replace(/[’‘]/g, "'");
  return guide.topics.find((topic) => topic.match.some((word) => text.includes(word.toLowerCase())));
}

/**
 * Suggested minutes for each section of a page (headings in order). Sections that match a
 * topic share its minutes equally; the time of topics no heading matched is spread over
 * the sections that matched nothing (or over all sections if every one matched), so the
 * total stays the guide's total.
 *
 * @example
 * suggestedMinutes(guide, ["Opening", "The zig-zag", "Exercises"]); // e.g. [3, 10, 7]
 */
export function suggestedMinutes(guide: FacilitatorGuide, headings: readonly string[]): number[] {
  const topicOf = headings.map((heading) => topicForHeading(guide, heading));
  const sharesOf = new Map<GuideTopic, number>();
  for (const topic of topicOf) if (topic) sharesOf.set(topic, (sharesOf.get(topic) ?? 0) + 1);
  const unmatchedMinutes = guide.topics
    .filter((topic) => !sharesOf.has(topic))
    .reduce((sum, topic) => sum + topic.minutes, 0);
  const unmatchedCount = topicOf.filter((topic) => !topic).length;
  return topicOf.map((topic) => {
    // With no unmatched section to take it, leftover time is spread over every section.
    const leftover = unmatchedCount > 0 ? 0 : unmatchedMinutes / headings.length;
    const minutes = topic ? topic.minutes / sharesOf.get(topic)! + leftover : unmatchedMinutes / unmatchedCount;
    return Math.round(minutes * 2) / 2; // half-minute steps
  });
}

/** The guide's total minutes. @example totalMinutes(guide); // 60 */
export function totalMinutes(guide: FacilitatorGuide): number {
  return guide.topics.reduce((sum, topic) => sum + topic.minutes, 0);
}
