/**
 * A cell's starting code as the reader sees it, from its `cell-*.ts` file, in the page's
 * edition.
 *
 * A cell file that imports nothing is a script to TypeScript, so its top-level names are
 * globals shared with every other such file in the project (two cells that both declare
 * `h` fail `tsc`). A last line `export {};` makes it a module. The runtime blanks that line
 * anyway (transpile.ts), and it means nothing to a learner, so the page leaves it out.
 *
 * One file serves both editions. The Japanese words sit under the English ones on lines
 * that start with `//ja:`, so the code itself exists once and the two editions cannot drift
 * apart (cell-source.test.ts checks that, for every cell, the Japanese code differs from the
 * English only in comments and string literals):
 *
 *     // Step 30 times from (−7, 2).           ← a block of whole-line comments is replaced
 *     //ja: (−7, 2) から 30 回更新します。        ← by the //ja: lines under it, as comments
 *     show(run.losses[30], "f after 30 steps");
 *     //ja: show(run.losses[30], "30 回後の f");   ← a code line by the one //ja: line under it, whole
 *
 * The English edition drops the `//ja:` lines.
 */
import type { Locale } from "../i18n/locale";

const JA_LINE = /^([ \t]*)\/\/ja:(?: |$)(.*)$/;
const COMMENT_LINE = /^[ \t]*\/\//;

/**
 * The code without a trailing `export {};` line or trailing blank space, in `locale`'s words.
 *
 * @example
 * readerCode("const h = 1e-4;\n\nexport {};\n"); // "const h = 1e-4;"
 * readerCode("// step size\n//ja: 刻み幅\nconst h = 1e-4;", "ja"); // "// 刻み幅\nconst h = 1e-4;"
 */
export function readerCode(source: string, locale: Locale = "en"): string {
  const code = source.replace(/(?:^|\n)[ \t]*export\s*\{\s*\}\s*;?[ \t]*\s*$/, "").replace(/\s+$/, "");
  return inEdition(code, locale);
}

/** Applies the `//ja:` lines: replaces what they stand under (ja) or drops them (en). */
function inEdition(code: string, locale: Locale): string {
  const lines = code.split("\n");
  if (!lines.some((line) => JA_LINE.test(line))) return code;
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    if (!JA_LINE.test(lines[i])) {
      out.push(lines[i++]);
      continue;
    }
    const start = i;
    const run: [indent: string, text: string][] = [];
    for (; i < lines.length && JA_LINE.test(lines[i]); i++) {
      const [, indent, text] = JA_LINE.exec(lines[i])!;
      run.push([indent, text]);
    }
    if (locale !== "ja") continue;
    const above = out.length - 1;
    if (above < 0 || out[above].trim() === "")
      throw new Error(`cell source: the //ja: lines at line ${start + 1} stand under nothing to replace`);
    if (COMMENT_LINE.test(out[above])) {
      let first = above;
      while (first > 0 && COMMENT_LINE.test(out[first - 1])) first--;
      out.splice(first, above - first + 1, ...run.map(([indent, text]) => `${indent}//${text && " "}${text}`));
    } else {
      if (run.length !== 1)
        throw new Error(`cell source: a code line takes one //ja: line under it (line ${start + 1} has ${run.length})`);
      out[above] = run[0][0] + run[0][1];
    }
  }
  return out.join("\n");
}
