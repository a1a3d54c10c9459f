/**
 * Every cell's Japanese edition (the chapters' and the playground's) is the English code in
 * other words: with comments and the text of string literals set aside, the two are the same
 * tokens (cell-source.ts explains the //ja: lines). So a Japanese reader runs exactly what the
 * claims tests run. And a chapter that has its Japanese twin, and the playground, have their
 * cells in Japanese too: no comment or printed label is left in English.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { readerCode } from "../cell-source";

const lessons = fileURLToPath(new URL("../../../content/lessons/", import.meta.url));
const japaneseLessons = fileURLToPath(new URL("../../../content/ja/lessons/", import.meta.url));
const playground = fileURLToPath(new URL("../../pages/playground/_cells/", import.meta.url));

/** Each cell file by its path under content/lessons/ (or the playground's folder), and whether its page has a Japanese twin. */
const cells: { name: string; path: string; translated: boolean }[] = [
  ...readdirSync(lessons, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(lessons, dir.name))
        .filter((file) => /^cell-.*\.ts$/.test(file))
        .map((file) => ({
          name: `${dir.name}/${file}`,
          path: join(lessons, dir.name, file),
          translated: existsSync(join(japaneseLessons, `${dir.name}.mdx`)),
        })),
    ),
  ...readdirSync(playground)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => ({ name: `playground/${file}`, path: join(playground, file), translated: true })),
];

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
  it("finds the chapters' cells and the playground's", () => {
    expect(cells.filter((cell) => !cell.name.startsWith("playground/")).length).toBeGreaterThan(60);
    expect(cells.filter((cell) => cell.name.startsWith("playground/")).map((cell) => cell.name)).toContain(
      "playground/your-turn.ts",
    );
  });

  it("sets template text aside but not the code inside ${…}", () => {
    expect(codeTokens("const s = `a ${x + 1} b`;")).toEqual(codeTokens("const s = `あ ${x + 1} い`;"));
    expect(codeTokens("const s = `a ${x + 1} b`;")).not.toEqual(codeTokens("const s = `a ${x + 2} b`;"));
    expect(codeTokens('show(1, "one")')).not.toEqual(codeTokens('show(2, "one")'));
  });

  for (const cell of cells) {
    it(cell.name, () => {
      const source = readFileSync(cell.path, "utf8");
      expect(codeTokens(readerCode(source, "ja"))).toEqual(codeTokens(readerCode(source, "en")));
    });
  }
});

describe("a translated page's cells read in Japanese", () => {
  it("finds English words a reader would read, and lets code names and formulas be", () => {
    const code = [
      "// Step 30 times.",
      "// W⁽¹⁾: 2 × 3",
      "// ▲ your code",
      "// 30 回更新します。",
      'show(x, "after 30 steps");',
      'show(x, "SGD、30 ステップ後");',
      'check("went down", ok);',
      "console.log(`loss ${l}`);",
      'plot({ x: { label: "step" }, marks: [Plot.lineY(xs, { stroke: "run" })] });',
      'show(step.forward(x), "step(x)");',
      "check(`XOR(${a}, ${b}) = ${t}`, XOR(a, b), t);",
    ].join("\n");
    expect(englishReaderText(code)).toEqual(["Step 30 times.", "after 30 steps", "went down", "loss ", "step"]);
  });

  for (const cell of cells.filter((c) => c.translated)) {
    it(cell.name, () => {
      expect(englishReaderText(readerCode(readFileSync(cell.path, "utf8"), "ja"))).toEqual([]);
    });
  }
});

/** Kana, kanji and the Japanese punctuation marks: a text with any of them is Japanese. */
const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff]/;
/** Prose: a word of three or more letters that is not a name from the code or the book. */
const ENGLISH_WORD =
  /\b(?!(?:kobai|XOR|AND|NAND|SGD|Momentum|Nesterov|AdaGrad|RMSProp|Adam|AdamW|PyTorch|ReLU|log|exp|softmax)\b)[A-Za-z]{3,}\b/;
/** What stays as it is: the markers the claims tests look for, and a function's own name. */
const KEPT = new Set(["▲ your code", "TODO:", "step(x)"]);

/**
 * The texts of `code` a reader reads that are English: comments, and the labels the
 * builtins print (check's and show's labels, console.log's strings, progress's label,
 * a chart's axis labels).
 */
function englishReaderText(code: string): string[] {
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.ES2022, true);
  const texts: string[] = [];
  const comments = code.matchAll(/\/\/(.*)$/gm);
  for (const [, comment] of comments) texts.push(comment.trim());
  const textOf = (node: ts.Node | undefined) => {
    if (!node) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node))
      texts.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(file);
      if (callee === "check") textOf(node.arguments[0]);
      if (callee === "show" || callee === "progress") textOf(node.arguments[1]);
      if (callee === "console.log") node.arguments.forEach(textOf);
    }
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === "label") textOf(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts.filter((text) => !KEPT.has(text) && !JAPANESE.test(text) && ENGLISH_WORD.test(text));
}
