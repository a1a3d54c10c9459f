/**
 * The Japanese edition, chapter by chapter: every content/ja/lessons/<slug>.mdx is the twin
 * of content/lessons/<slug>.mdx. Same components in the same order, the same widget and
 * cell ids, the same exercises, pitfalls, predictions and study-group sections, the same
 * display formulas (formulas are identical in both editions), and the same number of
 * sections (the language switch lands on a section by its position). The words differ;
 * nothing a reader runs or sees computed may.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractMath } from "../src/site/extract-math";
import { swallowedSlots } from "./mdx-slots.test";

const enDir = fileURLToPath(new URL("./lessons/", import.meta.url));
const jaDir = fileURLToPath(new URL("./ja/lessons/", import.meta.url));
const twins = existsSync(jaDir) ? readdirSync(jaDir).filter((f) => f.endsWith(".mdx")) : [];

/** The skeleton of a chapter: what must match across editions. */
export function skeleton(source: string) {
  const body = source.replace(/^---[\s\S]*?---/, "");
  return {
    imports: [...body.matchAll(/^import .+$/gm)].map((m) =>
      m[0].replace(/"\.\.\/\.\.\/\.\.\//g, '"../../').replace(/"\.\.\/\.\.\/lessons\//g, '"./'),
    ),
    components: [...body.matchAll(/<([A-Z]\w*)\b([^>]*)>/g)].map((m) => {
      const id = /\bid=(?:"([^"]+)"|\{([^}]+)\})/.exec(m[2]);
      const n = /\bn=\{(\d+)\}/.exec(m[2]);
      const code = /\bcode=\{(\w+)\}/.exec(m[2]);
      return [m[1], id?.[1] ?? id?.[2] ?? "", n?.[1] ?? "", code?.[1] ?? ""].join(" ").trim();
    }),
    displayFormulas: extractMath(body)
      .filter((f) => f.display)
      .map((f) => f.tex.replace(/\s+/g, " ").trim()),
    sections: [...body.matchAll(/^## /gm)].length,
  };
}

describe("the Japanese edition's chapters", () => {
  it("every twin has an English chapter", () => {
    for (const file of twins) expect(existsSync(enDir + file), file).toBe(true);
  });

  for (const file of twins) {
    describe(file, () => {
      const en = skeleton(readFileSync(enDir + file, "utf8"));
      const jaSource = readFileSync(jaDir + file, "utf8");
      const ja = skeleton(jaSource);
      it("imports the same cells and widgets", () => expect(ja.imports).toEqual(en.imports));
      it("uses the same components, ids and exercises in the same order", () =>
        expect(ja.components).toEqual(en.components));
      it("sets the same display formulas", () => expect(ja.displayFormulas).toEqual(en.displayFormulas));
      it("has the same number of sections", () => expect(ja.sections).toBe(en.sections));
      it("keeps every one-line slot after a blank line", () => expect(swallowedSlots(jaSource)).toEqual([]));
      it("is written in です・ます調 (no plain-form sentence endings in prose)", () => {
        const prose = jaSource
          .replace(/^---[\s\S]*?---/, "")
          .replace(/\$\$[\s\S]*?\$\$/g, "")
          .replace(/^import .+$/gm, "")
          .replace(/<[^>]+>/g, "");
        const plain = [...prose.matchAll(/[^。\n]*(?:である|だ|った|ない|する)。/g)].map((m) => m[0].trim());
        expect(plain).toEqual([]);
      });
    });
  }
});
