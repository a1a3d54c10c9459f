// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import pagefind from "astro-pagefind";
import { fileURLToPath } from "node:url";

export default defineConfig({
  site: "https://kobai.example",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), pagefind()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, { throwOnError: false, strict: "ignore" }]],
  },
  vite: {
    resolve: {
      alias: { kobai: fileURLToPath(new URL("./src/core/index.ts", import.meta.url)) },
    },
    worker: { format: "es" },
  },
});
