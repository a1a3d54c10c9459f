import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { guideFor, guides, guidesJa, suggestedMinutes, topicForHeading, totalMinutes } from ".";

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
  it("exist for every chapter, keyed by slug", () => {
    expect(guides.map((g) => g.slug).sort()).toEqual([...SLUGS].sort());
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

describe("facilitator guides in Japanese", () => {
  /** The h2 headings of a chapter's Japanese twin. */
  const headingsJa = (slug: string) =>
    readFileSync(new URL(`../../../content/ja/lessons/${slug}.mdx`, import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("## "))
      .map((line) => line.slice(3).trim());

  it("a Japanese page gets the Japanese guide where one is written, the English one otherwise", () => {
    expect(guideFor("perceptron", "ja")).toBe(guidesJa.find((g) => g.slug === "perceptron"));
    expect(guideFor("perceptron", "en")?.topics[0].topic).toMatch(/^Opening/);
    const untranslated = SLUGS.find(
      (slug) => !existsSync(new URL(`../../../content/ja/lessons/${slug}.mdx`, import.meta.url)),
    );
    if (untranslated) expect(guideFor(untranslated, "ja")).toBe(guideFor(untranslated, "en"));
  });

  it("every chapter translated into Japanese has its Japanese guide, and only those", () => {
    const translated = SLUGS.filter((slug) =>
      existsSync(new URL(`../../../content/ja/lessons/${slug}.mdx`, import.meta.url)),
    );
    expect(guidesJa.map((g) => g.slug).sort()).toEqual(translated.sort());
  });

  it.each(guidesJa.map((g) => g.slug))(
    "%s: the same topics, minutes and book sections as the English guide, written in Japanese",
    (slug) => {
      const ja = guideFor(slug, "ja")!;
      const en = guideFor(slug, "en")!;
      expect(ja).not.toBe(en);
      expect(ja.book).toBe(en.book);
      expect(ja.topics.map((topic) => topic.minutes)).toEqual(en.topics.map((topic) => topic.minutes));
      expect(ja.questions).toHaveLength(en.questions.length);
      expect(ja.confusions).toHaveLength(en.confusions.length);
      const texts = [
        ...ja.topics.flatMap((topic) => [topic.topic, topic.note ?? "あ"]),
        ...ja.questions,
        ...ja.confusions.flatMap((c) => [c.confusion, c.untangle]),
      ];
      for (const text of texts) expect(text, text).toMatch(/[ぁ-んァ-ン一-龯]/u);
      // Questions end as Japanese questions do (か。), without the ? the preset discourages.
      for (const question of ja.questions) expect(question).toMatch(/か。$/u);
    },
  );

  it.each(guidesJa.map((g) => g.slug))("%s: every topic matches a heading of the Japanese chapter", (slug) => {
    const guide = guideFor(slug, "ja")!;
    const sections = ["opening", ...headingsJa(slug), "輪読会のために"];
    for (const topic of guide.topics)
      expect(
        sections.some((h) => topicForHeading(guide, h) === topic),
        topic.topic,
      ).toBe(true);
    const minutes = suggestedMinutes(guide, sections);
    expect(Math.abs(minutes.reduce((a, b) => a + b, 0) - totalMinutes(guide))).toBeLessThanOrEqual(
      sections.length * 0.25 + 0.01,
    );
  });
});
