/**
 * Finds every formula in an MDX/Markdown source the way remark-math reads it: `$$…$$`
 * (display, may span lines) and `$…$` (inline), skipping fenced code blocks, inline code
 * spans, frontmatter and escaped dollars (`\$`). Used by content/katex.test.ts so a broken
 * formula fails CI with its file and line.
 */

export interface Formula {
  tex: string;
  display: boolean;
  /** 1-based line where the formula starts. */
  line: number;
}

/** Blank out what cannot hold math (keeping newlines, so line numbers survive). */
function maskNonMath(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, " ");
  let masked = source;
  // Frontmatter at the very top.
  masked = masked.replace(/^---\n[\s\S]*?\n---(?=\n|$)/, blank);
  // Fenced code blocks (``` or ~~~, three or more, closed by the same fence or the end).
  masked = masked.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[`~]*[ \t]*(?=\n|$)|$)/gm, blank);
  // Inline code spans: a run of n backticks closed by a run of exactly n.
  masked = masked.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
  // Escaped dollars are text, not delimiters.
  masked = masked.replace(/\\\$/g, "  ");
  return masked;
}

/**
 * Every formula in `source`, in order.
 * @example
 * extractMath("Let $x^2$ be\n$$\\frac{1}{2}$$").map((f) => f.tex); // ["x^2", "\\frac{1}{2}"]
 */
export function extractMath(source: string): Formula[] {
  const masked = maskNonMath(source);
  const formulas: Formula[] = [];
  const lineAt = (index: number) => masked.slice(0, index).split("\n").length;
  let i = 0;
  while (i < masked.length) {
    if (masked[i] !== "$") {
      i += 1;
      continue;
    }
    const display = masked[i + 1] === "$";
    const open = display ? 2 : 1;
    const close = display ? masked.indexOf("$$", i + 2) : findInlineClose(masked, i + 1);
    if (close === -1) {
      throw new Error(`unclosed ${display ? "$$" : "$"} at line ${lineAt(i)}`);
    }
    formulas.push({ tex: source.slice(i + open, close).trim(), display, line: lineAt(i) });
    i = close + open;
  }
  return formulas;
}

/** Index of the `$` closing an inline formula opened just before `from`, or -1. */
function findInlineClose(text: string, from: number): number {
  for (let j = from; j < text.length; j += 1) {
    if (text[j] === "\n" && text[j + 1] === "\n") return -1; // math does not cross paragraphs
    if (text[j] === "$") return text[j + 1] === "$" ? -1 : j;
  }
  return -1;
}
