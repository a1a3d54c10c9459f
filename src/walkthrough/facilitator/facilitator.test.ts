import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { guideFor, guides, suggestedMinutes, topicForHeading, totalMinutes } from ".";

const SLUGS = [
  "perceptron",
  "activation-functions",
  "forward-pass",
  "loss-functions",
  "gradient-descent",
  "backpropagation",
  "two-layer-net",
  "sgd",
  "momentum",
  "nesterov",
  "adagrad",
  "rmsprop",
  "adam",
  "optimizer-comparison",
  "schedules",
  "initialization",
  "batch-normalization",
  "weight-decay",
  "dropout",
  "hyperparameter-search",
];

/** The h2 headings of a chapter, if its MDX exists (chapters are written independently). */
function headingsOf(slug: string): string[] | undefined {
  const file = new URL(`../../../content/lessons/${slug}.mdx`, import.meta.url);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("## "))
    .map((line) => line.slice(3).trim());
}

describe("facilitator guides", () => {
  it("exist for every chapter, in order, keyed by slug", () => {
    expect(guides.map((g) => g.slug)).toEqual(SLUGS);
    for (const slug of SLUGS) expect(guideFor(slug)?.slug).toBe(slug);
    expect(guideFor("no-such-chapter")).toBeUndefined();
  });

  it.each(SLUGS)("%s has timing, at least three questions and two confusions with ways out", (slug) => {
    const guide = guideFor(slug)!;
    expect(guide.book.length).toBeGreaterThan(0);
    expect(guide.topics.length).toBeGreaterThanOrEqual(4);
    for (const topic of guide.topics) {
      expect(topic.minutes).toBeGreaterThan(0);
      expect(topic.match.length).toBeGreaterThan(0);
    }
    expect(totalMinutes(guide)).toBeGreaterThanOrEqual(45);
    expect(totalMinutes(guide)).toBeLessThanOrEqual(75); // one session
    expect(guide.questions.length).toBeGreaterThanOrEqual(3);
    for (const q of guide.questions) expect(q).toMatch(/\?/);
    expect(guide.confusions.length).toBeGreaterThanOrEqual(2);
    for (const c of guide.confusions) {
      expect(c.confusion.length).toBeGreaterThan(15);
      expect(c.untangle.length).toBeGreaterThan(30);
    }
  });

  it.each(SLUGS)("%s: the timing matches the chapter's sections and adds up to the guide's total", (slug) => {
    const guide = guideFor(slug)!;
    const headings = headingsOf(slug);
    if (!headings) return; // the chapter is not written yet
    const sections = ["opening", ...headings, "For your study group"];
    const matched = sections.filter((h) => topicForHeading(guide, h));
    expect(matched.length / sections.length).toBeGreaterThanOrEqual(0.5);
    const minutes = suggestedMinutes(guide, sections);
    expect(minutes).toHaveLength(sections.length);
    // Every topic's time goes somewhere: the sections' total is the guide's (to rounding).
    expect(Math.abs(minutes.reduce((a, b) => a + b, 0) - totalMinutes(guide))).toBeLessThanOrEqual(
      sections.length * 0.25 + 0.01,
    );
  });

  it("spreads unmatched topics over unmatched sections", () => {
    const guide = guideFor("sgd")!;
    const minutes = suggestedMinutes(guide, [
      "opening",
      "On the book's bowl, SGD zig-zags",
      "Something new",
      "Exercises",
    ]);
    expect(minutes[0]).toBe(3);
    expect(minutes[1]).toBe(10);
    expect(minutes[3]).toBe(13);
    // topics no heading matched: 5 + 7 + 8 + 4 + 10 = 34 minutes, all on "Something new"
    expect(minutes[2]).toBe(34);
  });
});
