/**
 * Sets the edition that `t()` renders in, for each page, from its URL (`/ja/…` is Japanese).
 * Pages are built one at a time, so one module-level setting per page is safe.
 */
import { defineMiddleware } from "astro:middleware";
import { installStrings, setLocale } from "./i18n";
import { ja } from "./i18n/ja";
import { localeOfPath } from "./i18n/locale";

// At build time every edition's strings are at hand; in the browser only the page's are.
installStrings("ja", ja);

export const onRequest = defineMiddleware((context, next) => {
  setLocale(localeOfPath(context.url.pathname));
  return next();
});
