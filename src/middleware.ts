/**
 * Sets the edition that `t()` renders in, for each page, from its URL (`/ja/…` is Japanese).
 * Pages are built one at a time, so one module-level setting per page is safe.
 */
import { defineMiddleware } from "astro:middleware";
import { setLocale } from "./i18n";
import { localeOfPath } from "./i18n/locale";

export const onRequest = defineMiddleware((context, next) => {
  setLocale(localeOfPath(context.url.pathname));
  return next();
});
