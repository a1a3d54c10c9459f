/**
 * Every page's starting cells, read the way the type help reads them (in page order, each
 * seeing the cells above it), have no type errors: a reader who has typed nothing sees no
 * red. Pages are the chapters in both editions (content/lessons/*.mdx, content/ja/lessons/*.mdx) and the playground (src/views/PlaygroundPage.astro, both editions).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readerCode } from "../cell-source";
import { cellsOnPage } from "../cell-testing/lesson-cells";
import { NotebookTypes } from "./service";
import { bundledLibrary } from "./bundled-files";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The cells of a page in page order (cellsOnPage), as the page's edition shows them. */
function cellsOf(page: string): { id: string; code: string }[] {
  const locale = page.includes("/content/ja/") ? "ja" : "en";
  return cellsOnPage(page).map(({ id, file }) => ({ id, code: readerCode(readFileSync(file, "utf8"), locale) }));
}

const chapters = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => join(ROOT, dir, f));
const pages = [
  ...chapters("content/lessons"),
  ...chapters("content/ja/lessons"), // the cells in their Japanese words (cell-source.ts)
  join(ROOT, "src/views/PlaygroundPage.astro"),
];
const types = new NotebookTypes(bundledLibrary());

describe("the starting cells of every page", () => {
  it("are found on the pages", () => {
    expect(cellsOf(join(ROOT, "src/views/PlaygroundPage.astro")).map((c) => c.id)).toEqual([
      "tensors",
      "uses-previous",
      "descent-chart",
      "your-turn",
      "train",
    ]);
  });

  for (const page of pages) {
    it(`have no type errors: ${page.slice(ROOT.length + 1)}`, () => {
      const cells = cellsOf(page);
      expect(cells.length).toBeGreaterThan(0);
      types.setCells(cells);
      const errors = cells.flatMap((cell) =>
        types.diagnostics(cell.id).map((d) => `${cell.id}:${d.line}: ${d.message}`),
      );
      expect(errors).toEqual([]);
    });
  }
});
