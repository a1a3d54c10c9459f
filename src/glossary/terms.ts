/**
 * The glossary: every term kobai uses, with the Japanese term that
 * 『ゼロから作るDeep Learning』 uses for it. Lessons list the ids they use in their
 * frontmatter (`terms: [...]`, validated against this list at build time) and link
 * terms in prose with `<Term id="..."/>`.
 *
 * The entries are data, in terms.json beside this file; this module gives them their type
 * and the lookups.
 */
import entries from "./terms.json";

/** One glossary entry. */
export interface GlossaryTerm {
  /** Anchor on /glossary/ and the value used in `<Term id>` and lesson frontmatter. */
  id: string;
  /** English term as used in kobai's prose. */
  en: string;
  /** Japanese term as the book writes it. */
  ja: string;
  /** Reading of `ja` in kana, when it contains kanji or Latin letters. */
  reading?: string;
  /** One or two sentences, in the lessons' notation. */
  definition: string;
  /** The definition in Japanese (です・ます, the book's terms, the same formulas), for the Japanese edition. */
  definitionJa: string;
  /** Ids of related terms. */
  seeAlso?: string[];
}

/** Every entry, in the order the English glossary lists them (the data: terms.json). */
export const terms: readonly GlossaryTerm[] = entries;

/** Terms by id, for components and schema validation. */
export const termsById: ReadonlyMap<string, GlossaryTerm> = new Map(terms.map((term) => [term.id, term]));

/**
 * Look up a term, failing with a clear message when the id is unknown.
 * @example
 * getTerm("learning-rate").ja; // "学習率"
 */
export function getTerm(id: string): GlossaryTerm {
  const term = termsById.get(id);
  if (!term) {
    throw new Error(`glossary: no term with id "${id}"; add it to src/glossary/terms.json or fix the id`);
  }
  return term;
}

/**
 * A term written inside parentheses, as Term shows the other edition's name: a term that
 * carries its own parenthesis ("stochastic gradient descent (SGD)") gives it up for a comma,
 * so the reader never meets nested parentheses.
 *
 * @example
 * asParenthetical("stochastic gradient descent (SGD)"); // "stochastic gradient descent, SGD"
 */
export function asParenthetical(text: string): string {
  return text.replace(/\s*[(（]([^()（）]*)[)）]\s*$/, ", $1");
}
