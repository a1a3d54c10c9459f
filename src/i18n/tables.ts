/**
 * Which editions' string tables are loaded. English is added by `index.ts`; a Japanese page
 * adds Japanese through `components/LocaleStrings.astro`, which imports this module and the
 * Japanese table but not the English one, so a page pays only for the strings it shows.
 */
import type { Locale } from "./locale";

/** A string table: key → text. Keys are English's (`StringKey`); a partial table falls back. */
export type StringTable = Partial<Record<string, string>>;

const tables: Partial<Record<Locale, StringTable>> = {};

/** Makes an edition's strings available (the Japanese page does this before any widget runs). */
export function installStrings(locale: Locale, table: StringTable): void {
  tables[locale] = table;
}

/** The edition's table, if it is loaded. */
export function installedStrings(locale: Locale): StringTable | undefined {
  return tables[locale];
}
