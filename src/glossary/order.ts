/**
 * The order and wording of the glossary in each edition. English lists terms alphabetically by
 * their English name. Japanese lists them as a Japanese glossary does, in kana order (五十音順)
 * of the book's term read aloud (`reading`, or the term itself when it is already kana), with
 * terms written in Latin letters (Adam, ReLU) first; ties keep the English order.
 */
import type { Locale } from "../i18n/locale";
import type { GlossaryTerm } from "./terms";

/** The key a term sorts by in an edition. @example sortKey(relu, "ja") // "ReLU関数" is read "れるーかんすう" */
export function sortKey(term: GlossaryTerm, locale: Locale): string {
  return locale === "ja" ? (term.reading ?? term.ja) : term.en;
}

/** The terms in an edition's order. */
export function glossaryOrder(terms: readonly GlossaryTerm[], locale: Locale): GlossaryTerm[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const english = new Intl.Collator("en", { sensitivity: "base" });
  return [...terms].sort(
    (a, b) => collator.compare(sortKey(a, locale), sortKey(b, locale)) || english.compare(a.en, b.en),
  );
}

/** The name a term goes by in an edition (links in "See also" use it). */
export function termName(term: GlossaryTerm, locale: Locale): string {
  return locale === "ja" ? term.ja : term.en;
}
