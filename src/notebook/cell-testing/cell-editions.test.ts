/**
 * Every chapter cell's Japanese edition is the English code in other words: with comments
 * and the text of string literals set aside, the two are the same tokens (cell-source.ts
 * explains the //ja: lines). So a Japanese reader runs exactly what the claims tests run.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { readerCode } from "../cell-source";

const lessons = fileURLToPath(new URL("../../../content/lessons/", import.meta.url));
const cellFiles = readdirSync(lessons, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(lessons, dir.name))
      .filter((file) => /^cell-.*\.ts$/.test(file))
      .map((file) => `${dir.name}/${file}`),
  );

const WORDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/** The code's tokens, with every string literal's text replaced by its kind. */
export function codeTokens(code: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, /* skipTrivia */ true, ts.LanguageVariant.Standard, code);
  const tokens: string[] = [];
  // For each template literal we are inside the ${…} of: how many { are open in it.
  const openBraces: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.CloseBraceToken && openBraces.at(-1) === 0) {
      kind = scanner.reScanTemplateToken(false); // this } ends a ${…}: the template goes on
      if (kind === ts.SyntaxKind.TemplateTail) openBraces.pop();
    } else if (kind === ts.SyntaxKind.TemplateHead) openBraces.push(0);
    else if (kind === ts.SyntaxKind.OpenBraceToken && openBraces.length) openBraces[openBraces.length - 1]++;
    else if (kind === ts.SyntaxKind.CloseBraceToken && openBraces.length) openBraces[openBraces.length - 1]--;
    tokens.push(WORDS.has(kind) ? ts.SyntaxKind[kind] : scanner.getTokenText());
  }
  return tokens;
}

describe("each cell's Japanese edition runs the English code", () => {
  it("finds the chapters' cells", () => expect(cellFiles.length).toBeGreaterThan(60));

  it("sets template text aside but not the code inside ${…}", () => {
    expect(codeTokens("const s = `a ${x + 1} b`;")).toEqual(codeTokens("const s = `あ ${x + 1} い`;"));
    expect(codeTokens("const s = `a ${x + 1} b`;")).not.toEqual(codeTokens("const s = `a ${x + 2} b`;"));
    expect(codeTokens('show(1, "one")')).not.toEqual(codeTokens('show(2, "one")'));
  });

  for (const file of cellFiles) {
    it(file, () => {
      const source = readFileSync(join(lessons, file), "utf8");
      expect(codeTokens(readerCode(source, "ja"))).toEqual(codeTokens(readerCode(source, "en")));
    });
  }
});
