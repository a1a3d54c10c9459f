import { describe, expect, it } from "vitest";
import { transpileCell, CellSyntaxError } from "./transpile";

/** Where `needle` first appears in `text`, as 1-based line and column. */
function find(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let index = -1;
  for (let k = 0; k <= occurrence; k++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function syntaxErrorOf(source: string): CellSyntaxError {
  try {
    transpileCell(source);
  } catch (error) {
    if (error instanceof CellSyntaxError) return error;
    throw error;
  }
  throw new Error("expected a syntax error");
}

describe("transpileCell", () => {
  const source = [
    'import { Tensor, matmul, type Rng } from "kobai";',
    'import type { Layer } from "kobai";',
    "interface Point { x: number; y: number }",
    "declare const net: Layer;",
    "type Pair = [number, number];",
    "const p: Point = { x: 1, y: 2 } as Point;",
    "function twice<T>(value: T): T[] { return [value, value]; }",
    "export const w: Tensor = Tensor.ones(2, 2);",
    "enum Color { Red, Green }",
    "const y = matmul(w, w);",
  ].join("\n");

  it("strips TypeScript, keeps the line count and each statement on its line", () => {
    const { js } = transpileCell(source);
    const lines = js.split("\n");
    expect(lines).toHaveLength(10);
    expect(js).not.toMatch(/interface|: Point|<T>|: T\[\]|type Pair|declare|as Point|export/);
    expect(lines[5]).toMatch(/^const p = \{ x: 1, y: 2 \}\s*;$/);
    expect(lines[6]).toContain("function twice(value) { return [value, value]; }");
    expect(lines[7]).toMatch(/^\s+const w = Tensor\.ones\(2, 2\);$/);
    expect(lines[9]).toBe("const y = matmul(w, w);");
  });

  it("rewrites imports to require on the same line and drops type-only imports", () => {
    const { js, imports } = transpileCell(source);
    const lines = js.split("\n");
    expect(lines[0]).toBe('const { Tensor, matmul } = require("kobai");');
    expect(lines[1].trim()).toBe("");
    expect(imports).toEqual(["kobai"]);
  });

  it("rewrites every import form", () => {
    const { js, declarations } = transpileCell(
      'import * as k from "kobai";\nimport Plot, { lineY as line } from "@observablehq/plot";\nimport "kobai";\nimport {\n  seed,\n} from "kobai";\nseed(1);',
    );
    const lines = js.split("\n");
    expect(lines[0]).toBe('const k = require("kobai");');
    expect(lines[1]).toBe(
      'const Plot = require("@observablehq/plot").default; const { lineY: line } = require("@observablehq/plot");',
    );
    expect(lines[2]).toBe('require("kobai");');
    expect(lines[3]).toBe('const { seed } = require("kobai");');
    expect(lines[6]).toBe("seed(1);"); // the multi-line import kept its three lines
    expect(declarations.map((d) => d.name)).toEqual(["k", "Plot", "line", "seed"]);
  });

  it("lists top-level declarations with their kinds", () => {
    const { declarations } = transpileCell(
      source + "\nlet { a, b: [c, ...d] } = { a: 1, b: [2, 3] };\nclass Net {}\nvar v = 1;\n{ const inner = 1; }",
    );
    expect(declarations).toEqual([
      { name: "Tensor", kind: "import" },
      { name: "matmul", kind: "import" },
      { name: "p", kind: "const" },
      { name: "twice", kind: "function" },
      { name: "w", kind: "const" },
      { name: "Color", kind: "var" },
      { name: "y", kind: "const" },
      { name: "a", kind: "let" },
      { name: "c", kind: "let" },
      { name: "d", kind: "let" },
      { name: "Net", kind: "class" },
      { name: "v", kind: "var" },
    ]);
  });

  it("maps generated positions back to the reader's line and column", () => {
    const cell = transpileCell(source);
    // `matmul` on the last line: generated and original columns agree.
    const generated = find(cell.js, "matmul(w");
    expect(cell.toOriginal(generated.line, generated.column)).toEqual(find(source, "matmul(w"));
    // On line 6 the type annotation `: Point` was removed, so columns after it shift.
    const gen = find(cell.js, "{ x: 1");
    expect(gen.column).toBeLessThan(find(source, "{ x: 1").column);
    expect(cell.toOriginal(gen.line, gen.column)).toEqual(find(source, "{ x: 1"));
    // Inside a rewritten import: the start of the import.
    expect(cell.toOriginal(1, 20)).toEqual({ line: 1, column: 1 });
  });

  it("reports sucrase's syntax errors at the reader's line and column", () => {
    const error = syntaxErrorOf("const a: number = 1;\nconst b = (a +;\n");
    expect(error.line).toBe(2);
    expect(error.column).toBe(find("const a: number = 1;\nconst b = (a +;\n", ";", 1).column);
    expect(error.message).toBe("Unexpected token");
  });

  it("reports acorn's syntax errors (found after sucrase) in original coordinates", () => {
    // sucrase accepts a duplicate `let`; acorn does not. The type annotation shifts columns.
    const source = "let count: number = 1;\nlet total: number = 2; let count: number = 3;";
    const error = syntaxErrorOf(source);
    expect(error.message).toMatch(/Identifier 'count' has already been declared/);
    expect({ line: error.line, column: error.column }).toEqual(find(source, "count", 1));
  });
});
