/**
 * `t(key, params?)`: every UI string on the site comes through here, so that a Japanese
 * edition can replace `en` without touching components.
 *
 * Strings live in `src/i18n/en/<area>.ts` (one module per area, merged by `en.ts`).
 * Parameters are written `{name}` in the string and filled from `params`.
 */
import { en, type StringKey } from "./en";

export type { StringKey } from "./en";
export type Params = Record<string, string | number>;

/** The active string table. A Japanese edition will select `ja` here. */
export const strings: Record<StringKey, string> = en;

/**
 * Look up a UI string and fill its `{placeholders}`.
 * Throws on an unknown key or a placeholder with no value, so mistakes fail the build
 * and the tests instead of showing "{n}" to a reader.
 * @example
 * t("exercise.numbered", { n: 2 }); // "Exercise 2"
 */
export function t(key: StringKey, params?: Params): string {
  const template = strings[key];
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
