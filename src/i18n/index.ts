/**
 * `t(key, params?)`: every UI string on the site comes through here, in the page's edition.
 *
 * Strings live in `src/i18n/en/<area>.ts` (one module per area, merged by `en.ts`) and
 * their Japanese twins in `src/i18n/ja/<area>.ts` (merged by `ja.ts`).
 * Parameters are written `{name}` in the string and filled from `params`.
 *
 * Which edition: on the server (build time) the middleware sets it per page from the URL
 * (`setLocale`); in the browser it is the page's `<html lang>`. English is always loaded;
 * a Japanese page with widgets or cells installs the Japanese table
 * (`components/LocaleStrings.astro`), so an English page never downloads Japanese strings. A key the Japanese table lacks falls back
 * to English, and `src/i18n/ja.test.ts` fails for every such key.
 */
import { en, type StringKey } from "./en";
import { asLocale, defaultLocale, type Locale } from "./locale";
import { installStrings, installedStrings } from "./tables";

export type { StringKey } from "./en";
export type { Locale } from "./locale";
export type { StringTable } from "./tables";
export { installStrings } from "./tables";
export type Params = Record<string, string | number>;

/** The English strings: the complete table every edition falls back to. */
export const strings: Record<StringKey, string> = en;

installStrings("en", en);
let serverLocale: Locale = defaultLocale;

/** Sets the edition for server-side rendering (called by `src/middleware.ts` per page). */
export function setLocale(locale: Locale): void {
  serverLocale = locale;
}

/** The edition in force: the page's `<html lang>` in a browser, else the server's. */
export function currentLocale(): Locale {
  if (typeof document !== "undefined" && document.documentElement) return asLocale(document.documentElement.lang);
  return serverLocale;
}

/**
 * Look up a UI string in the current edition and fill its `{placeholders}`.
 * Throws on an unknown key or a placeholder with no value, so mistakes fail the build
 * and the tests instead of showing "{n}" to a reader.
 * @example
 * t("exercise.numbered", { n: 2 }); // "Exercise 2"
 */
export function t(key: StringKey, params?: Params): string {
  const template = installedStrings(currentLocale())?.[key] ?? strings[key];
  if (template === undefined) {
    throw new Error(`i18n: unknown string key "${String(key)}"; add it to a module in src/i18n/en/`);
  }
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) {
      throw new Error(`i18n: the string "${String(key)}" needs a value for {${name}}`);
    }
    return String(value);
  });
}

/** The language whose plural rules pick a count's form (a Japanese edition selects "ja"). */
const LOCALE = "en";
const pluralRules = new Intl.PluralRules(LOCALE);

/** The keys that come in plural forms: `<key>.one`, `<key>.other`, … (`.other` always there). */
export type CountKey = StringKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * A count with its noun in the right form for the language: the string `<key>.<form>`, where
 * the form ("one", "other", …) is what `Intl.PluralRules` says for `n`, falling back to
 * `<key>.other`. `{n}` in the string is the count.
 * @example
 * tCount("count.steps", 1);  // "1 step"
 * tCount("count.steps", 30); // "30 steps"
 */
export function tCount(key: CountKey, n: number, params?: Params): string {
  const form = `${key}.${pluralRules.select(n)}` as StringKey;
  return t(form in strings ? form : (`${key}.other` as StringKey), { n, ...params });
}
