/**
 * The site's two editions: English at `/`, Japanese at `/ja/` (Astro's i18n routing with
 * the default language unprefixed). Every path helper that crosses editions lives here,
 * so a link never forgets which edition it is in.
 */
export const locales = ["en", "ja"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The edition a value names, or the default one. @example asLocale("ja") // "ja" */
export function asLocale(value: unknown): Locale {
  return value === "ja" ? "ja" : "en";
}

/** The edition a path belongs to. @example localeOfPath("/ja/lessons/sgd/") // "ja" */
export function localeOfPath(pathname: string): Locale {
  return /^\/ja(\/|$)/.test(pathname) ? "ja" : "en";
}

/** The same page in the other edition's form. @example localizePath("/lessons/sgd/#momentum", "ja") // "/ja/lessons/sgd/#momentum" */
export function localizePath(path: string, locale: Locale): string {
  const bare = path.replace(/^\/ja(?=\/|$)/, "") || "/";
  if (locale === defaultLocale) return bare;
  return bare === "/" ? "/ja/" : `/ja${bare.startsWith("/") ? "" : "/"}${bare}`;
}

/** The other edition. @example otherLocale("en") // "ja" */
export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "ja" : "en";
}
