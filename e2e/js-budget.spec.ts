/**
 * The JavaScript budget, measured by src/integrations/js-budget.ts during the build
 * (dist/js-budget.json): a page ships script only when a widget needs it.
 */
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtRoutes, chapters, distDir } from "./site-routes";

interface Report {
  budgets: Record<"page" | "search" | "widgets", number>;
  pages: {
    route: string;
    kind: "page" | "search" | "widgets";
    gzipBytes: number;
    budgetBytes: number;
    files: { file: string; gzipBytes: number }[];
  }[];
  lazy: { name: string; file: string; gzipBytes: number }[];
}

const report = JSON.parse(readFileSync(join(distDir, "js-budget.json"), "utf8")) as Report;

test("the budget report covers every built page", () => {
  const reported = new Set(report.pages.map((page) => page.route));
  for (const route of [...builtRoutes(), "/404.html"]) expect(reported.has(route), route).toBe(true);
});

test("every page stays within its JavaScript budget", () => {
  const over = report.pages
    .filter((page) => page.gzipBytes > report.budgets[page.kind])
    .map(
      (page) =>
        `${page.route} (${page.kind}): ${(page.gzipBytes / 1024).toFixed(1)} KB gz > ${(report.budgets[page.kind] / 1024).toFixed(0)} KB\n  ${page.files.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join("\n  ")}`,
    );
  expect(over, over.join("\n")).toEqual([]);
});

test("a chapter without widgets ships no script beyond the theme toggle", () => {
  for (const chapter of chapters()) {
    const page = report.pages.find((p) => p.route === chapter.route);
    expect(page, chapter.route).toBeDefined();
    if (page!.kind === "page") {
      expect(
        page!.files.every((f) => f.file.startsWith("inline#")),
        `${chapter.route}: ${page!.files.map((f) => f.file).join(", ")}`,
      ).toBe(true);
      expect(page!.gzipBytes, chapter.route).toBeLessThan(2 * 1024);
    }
  }
});

test("the cells' type help is a lazy chunk no page loads up front", () => {
  const types = report.lazy.find((chunk) => chunk.name === "types-worker");
  expect(types, "types-worker in the lazy chunks").toBeDefined();
  expect(types!.gzipBytes).toBeGreaterThan(100 * 1024); // TypeScript itself is in it
  const loading = report.pages
    .filter((page) => page.files.some((f) => f.file === types!.file))
    .map((page) => page.route);
  expect(loading).toEqual([]);
});
