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
      'console.log("price", price, "dApple", dapple);',
      'console.log(`training: true  → ${a}`, "Math.fround(1e-50) =", "W ~ 𝒩(0, std²), b = 0");',
      'show(lr, "η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T_max)) / 2");',
      'show(loss, "SoftmaxWithLoss");',
      "// ▼ your code",
      "// ▼ your code: forward",
      'console.log("price of one apple", price);',
    ].join("\n");
    expect(englishReaderText(code)).toEqual([
      "Step 30 times.",
      "▼ your code: forward",
      "after 30 steps",
      "went down",
      "loss ",
      "step",
      "price of one apple",
    ]);
  });

  for (const cell of cells.filter((c) => c.translated)) {
    it(cell.name, () => {
      expect(englishReaderText(readerCode(readFileSync(cell.path, "utf8"), "ja"))).toEqual([]);
    });
  }
});

/** Kana, kanji and the Japanese punctuation marks: a text with any of them is Japanese. */
const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff]/;
/** A word of three or more letters that is not a name from the code or the book. */
const ENGLISH_WORD =
  /\b(?!(?:kobai|XOR|AND|NAND|SGD|Momentum|Nesterov|AdaGrad|RMSProp|Adam|AdamW|PyTorch|ReLU|log|exp|softmax)\b)[A-Za-z]{3,}\b/g;
/**
 * Code inside a text, set aside before looking for English: dotted names (Math.fround),
 * calls (cos(…)), camelCase and PascalCase names (dApple, SoftmaxWithLoss), snake_case names
 * and subscripts (train_size, η_min), and options as written (training: true).
 */
const CODE_IN_TEXT =
  /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|\b\w+\(|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|\w*_\w+|\b\w+:\s*(?:true|false)\b/g;
/** A formula's symbols: a text with one of them and a single word is a formula (W ~ 𝒩(0, std²)). */
const MATH = /[=~→·+−×^²]/;
/** What stays as it is: the bare markers the claims tests look for (words after them are read). */
const KEPT = /^(?:[▼▲] your code$|TODO:)/;

/** English a reader would read: two words or more, or one word outside a formula. */
function isEnglish(text: string): boolean {
  if (KEPT.test(text) || JAPANESE.test(text)) return false;
  const words = text.replace(CODE_IN_TEXT, " ").match(ENGLISH_WORD) ?? [];
  return words.length >= 2 || (words.length === 1 && !MATH.test(text));
}

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
      // console.log("price", price) prints a value under its own name, as the book's code does.
      if (callee === "console.log")
        node.arguments
          .filter((arg) => !node.arguments.some((other) => other !== arg && sameName(arg, other.getText(file))))
          .forEach(textOf);
    }
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === "label") textOf(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts.filter(isEnglish);
}

/** A string literal that spells a variable's name (any case): `"dApple"` beside `dapple`. */
function sameName(node: ts.Node, name: string): boolean {
  return ts.isStringLiteral(node) && node.text.toLowerCase() === name.toLowerCase();
}
