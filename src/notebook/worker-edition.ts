/**
 * The page's edition, handed to the cells' worker at boot, so what the runtime itself prints
 * (a check's ✓/✗ line, "Error at line 3", a cut-off notice) is in the page's language.
 *
 * The worker has no `<html lang>` to read (`t()` looks there in a page) and is one bundle for
 * both editions, so the page sends its locale and, for Japanese, the string table it has
 * already installed (components/LocaleStrings.astro): English pages send no table.
 */
import { installStrings, setLocale, currentLocale, type Locale, type StringTable } from "../i18n";
import { installedStrings } from "../i18n/tables";
import { asLocale, defaultLocale } from "../i18n/locale";

export interface EditionMessage {
  locale: Locale;
  strings?: StringTable;
}

/** Page side: the edition in force and its strings (none for English, which every bundle has). */
export function editionMessage(): EditionMessage {
  const locale = currentLocale();
  return locale === defaultLocale ? { locale } : { locale, strings: installedStrings(locale) };
}

/** Worker side: speak the page's edition from now on; anything unreadable leaves English. */
export function adoptEdition(message: unknown): void {
  const { locale, strings } = (message ?? {}) as Partial<EditionMessage>;
  const edition = asLocale(locale);
  if (edition !== defaultLocale && (typeof strings !== "object" || strings === null)) return;
  if (strings) installStrings(edition, strings);
  setLocale(edition);
}
