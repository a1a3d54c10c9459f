/**
 * Astro integration: after every build, report how much JavaScript each page loads
 * (gzipped) and the size of the big chunks loaded on demand, print it as a table and write
 * dist/js-budget.json. e2e/js-budget.spec.ts
 * fails when a page is over its budget (see `budgets` in js-budget-analyze.ts).
 */
import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeDist, budgets, formatTable, lazyChunks } from "./js-budget-analyze";

export default function jsBudget(): AstroIntegration {
  return {
    name: "kobai-js-budget",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = analyzeDist(distDir);
        const lazy = lazyChunks(distDir);
        writeFileSync(join(distDir, "js-budget.json"), `${JSON.stringify({ budgets, pages, lazy }, null, 2)}\n`);
        logger.info(`JavaScript per page (gzipped):\n${formatTable(pages, lazy)}`);
        for (const page of pages.filter((p) => p.gzipBytes > p.budgetBytes)) {
          logger.warn(
            `${page.route} loads ${(page.gzipBytes / 1024).toFixed(1)} KB of JS (budget ${(page.budgetBytes / 1024).toFixed(0)} KB)`,
          );
        }
      },
    },
  };
}
