/**
 * Content collections. `lessons` are the chapters: one MDX file per chapter directly in
 * content/lessons/ (the pattern "*.mdx" deliberately skips content/lessons/<slug>/, where a
 * chapter keeps its cell code and tests).
 */
import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";
import { termsById } from "./glossary/terms";

/** Where a chapter sits in 『ゼロから作るDeep Learning』. */
const book = z
  .object({
    chapter: z.number().int().min(1).max(8),
    /** "4.4", or a range "6.1.2–6.1.3". */
    section: z.string().regex(/^\d+(\.\d+)*(–\d+(\.\d+)*)?$/, 'write the section like "4.4" or "6.1.4–6.1.5"'),
    /** The section's title as the book prints it, e.g. "勾配". */
    title: z.string().min(1),
    /** Figures the chapter reproduces, e.g. ["図6-3"]. */
    figures: z.array(z.string().regex(/^図\d+-\d+$/, 'write figures like "図6-3"')).default([]),
  })
  .strict();

const glossaryId = z.string().refine(
  (id) => termsById.has(id),
  (id) => ({
    message: `unknown glossary term "${id}": add it to src/glossary/terms.json or fix the id`,
  }),
);

export const lessonSchema = z
  .object({
    title: z.string().min(1),
    /** Position in the curriculum, 1..n: unique, without gaps (src/site/lessons.ts checks). */
    order: z.number().int().min(1),
    /** One sentence: the question the chapter answers. */
    summary: z.string().min(1),
    /** One sentence: what the reader can play with (shown on the home card). */
    play: z.string().min(1),
    book,
    /** Glossary ids used on the page. */
    terms: z.array(glossaryId).default([]),
  })
  .strict();

const lessons = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/lessons" }),
  schema: lessonSchema,
});

/**
 * The Japanese twins (content/ja/lessons/<slug>.mdx): the words only. Order, book reference
 * and glossary terms come from the English chapter (src/site/lessons.ts), so the editions
 * cannot disagree on them.
 */
export const lessonJaSchema = lessonSchema.pick({ title: true, summary: true, play: true }).strict();

const lessonsJa = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/ja/lessons" }),
  schema: lessonJaSchema,
});

export const collections = { lessons, lessonsJa };
