/**
 * TypeScript in a cell → JavaScript the worker can run, keeping every line where it was.
 *
 *   1. sucrase strips the types (interfaces, annotations, `declare`, type-only imports)
 *      and records a token-level source map;
 *   2. acorn parses the result, so we know the cell's top-level names (they persist
 *      between cells, see scope.ts) and its `import`s;
 *   3. each `import { a, b as c } from "kobai"` becomes `const { a, b: c } = require("kobai")`
 *      on the same lines, and `export` keywords are blanked out with spaces;
 *   4. each `throw x` becomes `throw __kobai.thrown(x, line, column)` (same value thrown), so
 *      even `throw "text"`, which has no stack, can name its line.
 *
 * Line numbers survive every step, and `toOriginal` maps a generated line:column back to
 * what the reader sees, so an error can point at the right spot in the editor.
 */
import { transform } from "sucrase";
import { parse, type Node as AcornNode } from "acorn";
import { decodeMappings, originalPosition } from "./sourcemap";
import { collectDeclarations, type Declaration } from "./declarations";
import { CELL_PARAMETER } from "./scope";

/** A syntax error, positioned in the reader's code (1-based line and column). */
export class CellSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "SyntaxError";
  }
}

/** The result of transpiling one cell. */
export interface TranspiledCell {
  /** Plain JavaScript statements, one output line per input line. */
  js: string;
  /** The cell's top-level names, in order of appearance. */
  declarations: Declaration[];
  /** The module names the cell imports, e.g. ["kobai"]. */
  imports: string[];
  /** Maps a 1-based line and column in `js` to the reader's 1-based line and column. */
  toOriginal(line: number, column: number): { line: number; column: number };
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Transpiles a cell's TypeScript. Throws `CellSyntaxError` with the reader's line and
 * column when the code does not parse.
 *
 * @example
 * const cell = transpileCell('import { Tensor } from "kobai";\nconst t: Tensor = Tensor.ones(1, 2);');
 * cell.js; // 'const { Tensor } = require("kobai");\nconst t = Tensor.ones(1, 2);'
 * cell.declarations; // [{ name: "Tensor", kind: "import" }, { name: "t", kind: "const" }]
 */
export function transpileCell(source: string): TranspiledCell {
  let stripped: string;
  let mappings: string;
  try {
    const result = transform(source, {
      transforms: ["typescript"],
      disableESTransforms: true, // keep ?., ??, class fields as written: the browser runs them
      keepUnusedImports: true, // an import unused here may be used by a later cell
      filePath: "cell.ts",
      sourceMapOptions: { compiledFilename: "cell.js" },
    });
    stripped = result.code;
    mappings = result.sourceMap?.mappings ?? "";
  } catch (error) {
    throw sucraseError(error);
  }
  const sourceMap = decodeMappings(mappings);
  const strippedLines = lineStarts(stripped);
  const toOriginalFromStripped = (offset: number) => {
    const { line, column } = positionOf(strippedLines, offset);
    const original = originalPosition(sourceMap, line, column);
    return { line: original.line + 1, column: original.column + 1 };
  };

  let program: AcornNode & { body: AcornNode[] };
  try {
    program = parse(stripped, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
    }) as AcornNode & { body: AcornNode[] };
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    const { line, column } = toOriginalFromStripped(pos);
    throw new CellSyntaxError(String((error as Error).message).replace(/\s*\(\d+:\d+\)$/, ""), line, column);
  }

  const replacements: Replacement[] = [];
  const imports: string[] = [];
  for (const statement of program.body) {
    const node = statement as AcornNode & Record<string, any>;
    if (node.type === "ImportDeclaration") {
      imports.push(node.source.value);
      replacements.push({
        start: node.start,
        end: node.end,
        text: keepLines(requireFor(node), stripped.slice(node.start, node.end)),
      });
    } else if (node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration") {
      const declaration = node.declaration as (AcornNode & { id?: unknown }) | null;
      if (!declaration) {
        // `export { a, b }` and re-exports mean nothing in a cell.
        replacements.push({ start: node.start, end: node.end, text: blank(stripped.slice(node.start, node.end)) });
      } else {
        const prefix = stripped.slice(node.start, declaration.start);
        const anonymous =
          (declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") && !declaration.id;
        replacements.push({
          start: node.start,
          end: declaration.start,
          text: anonymous ? "void" + blank(prefix).slice(4) : blank(prefix),
        });
      }
    }
  }

  // `throw x` → `throw __kobai.thrown(x, line, column)`: the value is thrown unchanged, but a
  // string or null has no stack, so the runtime learns here where it was thrown.
  for (const node of throwStatements(program)) {
    const { line, column } = toOriginalFromStripped(node.start);
    replacements.push({ start: node.start, end: node.argument.start, text: `throw ${CELL_PARAMETER}.thrown(` });
    replacements.push({ start: node.argument.end, end: node.argument.end, text: `, ${line}, ${column})` });
  }
  replacements.sort((a, b) => a.start - b.start || a.end - b.end);

  const js = applyReplacements(stripped, replacements);
  const jsLines = lineStarts(js);
  return {
    js,
    declarations: collectDeclarations(program.body),
    imports,
    toOriginal(line, column) {
      const offset = offsetOf(jsLines, line - 1, column - 1);
      return toOriginalFromStripped(strippedOffset(replacements, offset));
    },
  };
}

type ThrowNode = AcornNode & { argument: AcornNode };

/** Every `throw` statement in a program, at any depth. */
function throwStatements(root: AcornNode): ThrowNode[] {
  const found: ThrowNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null || typeof (value as AcornNode).type !== "string") return;
    if ((value as AcornNode).type === "ThrowStatement") found.push(value as ThrowNode);
    for (const [key, child] of Object.entries(value)) if (key !== "loc" && typeof child === "object") visit(child);
  };
  visit(root);
  return found;
}

/** `import { a, b as c } from "m"` → `const { a, b: c } = require("m");` (and friends). */
function requireFor(node: Record<string, any>): string {
  const module = JSON.stringify(node.source.value);
  const parts: string[] = [];
  const named: string[] = [];
  for (const specifier of node.specifiers as Record<string, any>[]) {
    const local = specifier.local.name as string;
    if (specifier.type === "ImportNamespaceSpecifier") parts.push(`const ${local} = require(${module});`);
    else if (specifier.type === "ImportDefaultSpecifier") parts.push(`const ${local} = require(${module}).default;`);
    else {
      const imported =
        specifier.imported.type === "Identifier" ? specifier.imported.name : JSON.stringify(specifier.imported.value);
      named.push(imported === local ? local : `${imported}: ${local}`);
    }
  }
  if (named.length > 0) parts.push(`const { ${named.join(", ")} } = require(${module});`);
  if (parts.length === 0) parts.push(`require(${module});`);
  return parts.join(" ");
}

/** Pads `text` with the newlines `original` had, so the lines after it stay in place. */
function keepLines(text: string, original: string): string {
  const newlines = original.split("\n").length - 1;
  return text + "\n".repeat(newlines);
}

/** Spaces for every character except newlines (columns and lines stay put). */
function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

function applyReplacements(text: string, replacements: Replacement[]): string {
  let out = "";
  let cursor = 0;
  for (const { start, end, text: replacement } of replacements) {
    out += text.slice(cursor, start) + replacement;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** An offset in the replaced text → the offset in sucrase's output it came from. */
function strippedOffset(replacements: Replacement[], offset: number): number {
  let shift = 0; // how much longer the output is than the input so far
  for (const { start, end, text } of replacements) {
    const newStart = start + shift;
    if (offset < newStart) break;
    if (offset < newStart + text.length) return start; // inside a rewritten import: its start
    shift += text.length - (end - start);
  }
  return offset - shift;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

/** 0-based line and column of `offset`. */
function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, column: offset - starts[line] };
}

/** Offset of a 0-based line and column (clamped to the text). */
function offsetOf(starts: number[], line: number, column: number): number {
  const clampedLine = Math.max(0, Math.min(line, starts.length - 1));
  return starts[clampedLine] + Math.max(0, column);
}

/** sucrase reports "Unexpected token (2:7)" with a 1-based line and column in `loc`. */
function sucraseError(error: unknown): Error {
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const message = String((error as Error)?.message ?? error)
    .replace(/^Error transforming [^:]*: /, "")
    .replace(/\s*\(\d+:\d+\)$/, "");
  if (loc) return new CellSyntaxError(message, loc.line, loc.column);
  return error instanceof Error ? error : new Error(message);
}
