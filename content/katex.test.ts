/**
 * Renders every formula in every chapter with KaTeX in strict mode, so a broken formula
 * fails CI with its file and line (the site build itself only shows it in red).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import katex from "katex";
import { extractMath } from "../src/site/extract-math";

const contentDir = fileURLToPath(new URL(".", import.meta.url));

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

const files = mdxFiles(contentDir);

describe("KaTeX formulas in content/", () => {
  it("finds the chapters", () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
  });

  it.each(files.map((file) => [relative(contentDir, file), file] as const))(
    "%s: every formula renders",
    (_name, file) => {
      const formulas = extractMath(readFileSync(file, "utf8"));
      const failures: string[] = [];
      for (const formula of formulas) {
        try {
          katex.renderToString(formula.tex, { displayMode: formula.display, throwOnError: true, strict: "error" });
        } catch (error) {
          failures.push(
            `line ${formula.line}: ${formula.display ? "$$" : "$"}${formula.tex}${formula.display ? "$$" : "$"}\n    ${(error as Error).message}`,
          );
        }
      }
      expect(failures, failures.join("\n")).toEqual([]);
    },
  );
});
