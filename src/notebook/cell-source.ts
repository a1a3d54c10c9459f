/**
 * A cell's starting code as the reader sees it, from its `cell-*.ts` file.
 *
 * A cell file that imports nothing is a script to TypeScript, so its top-level names are
 * globals shared with every other such file in the project (two cells that both declare
 * `h` fail `tsc`). A last line `export {};` makes it a module. The runtime blanks that line
 * anyway (transpile.ts), and it means nothing to a learner, so the page leaves it out.
 */

/**
 * The code without a trailing `export {};` line or trailing blank space.
 *
 * @example
 * readerCode("const h = 1e-4;\n\nexport {};\n"); // "const h = 1e-4;"
 */
export function readerCode(source: string): string {
  return source.replace(/(?:^|\n)[ \t]*export\s*\{\s*\}\s*;?[ \t]*\s*$/, "").replace(/\s+$/, "");
}
