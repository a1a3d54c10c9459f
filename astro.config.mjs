// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import pagefind from "astro-pagefind";
import { fileURLToPath } from "node:url";
import { remarkPlugins, rehypePlugins } from "./src/site/markdown.ts";
import jsBudget from "./src/integrations/js-budget.ts";

export default defineConfig({
  site: "https://kobai.example",
  trailingSlash: "always",
  // KOBAI_DIST lets a test run build and serve its own copy of the site (e.g. while
  // another build is rewriting dist/).
  outDir: process.env.KOBAI_DIST ?? "./dist",
  build: { format: "directory" },
  // Two editions: English at /, Japanese at /ja/ (src/i18n/locale.ts has the path helpers).
  i18n: { locales: ["en", "ja"], defaultLocale: "en", routing: { prefixDefaultLocale: false } },
  // pagefind indexes dist/ in astro:build:done; js-budget measures the same dist/.
  integrations: [mdx(), pagefind(), jsBudget()],
  markdown: {
    // @ts-ignore: the tuple types of unified plugins do not survive the .ts → .mjs boundary
    remarkPlugins,
    // @ts-ignore: as above
    rehypePlugins,
  },
  vite: {
    resolve: {
      alias: { kobai: fileURLToPath(new URL("./src/core/index.ts", import.meta.url)) },
    },
    worker: { format: "es" },
  },
});
