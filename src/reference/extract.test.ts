/**
 * The reference page must list everything a learner can import from "kobai", each with a
 * summary and an example. The last two tests fail until every export in src/core has
 * TSDoc with an @example: their failure message lists what is missing.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { allEntries, extractReference, summaryOf, GROUP_ORDER } from "./extract";

const entries = allEntries(extractReference());
const byName = new Map(entries.map((e) => [e.name, e]));
const CORE = path.resolve(__dirname, "../core");

/**
 * Type names exported by the core, found by reading the barrels as text (independently of
 * the compiler-based extractor): `type X` in export lists, and every `export interface` /
 * `export type X =` of a file re-exported with `export *`.
 */
function typeExportsByText(file: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const src = readFileSync(file, "utf8");
  const resolve = (spec: string) =>
    [`${spec}.ts`, path.join(spec, "index.ts")].map((p) => path.resolve(path.dirname(file), p)).find(existsSync);
  for (const m of src.matchAll(/export\s+type\s*\{([^}]*)\}/g)) for (const n of m[1].split(",")) add(n);
  for (const m of src.matchAll(/export\s*\{([^}]*)\}/g))
    for (const n of m[1].split(",")) if (/^\s*type\s/.test(n)) add(n.replace(/^\s*type\s+/, ""));
  for (const m of src.matchAll(/^export\s+(?:interface|type)\s+(\w+)/gm)) names.add(m[1]);
  for (const m of src.matchAll(/export\s*\*\s*from\s*["']([^"']+)["']/g)) {
    const target = resolve(m[1]);
    if (target) for (const n of typeExportsByText(target, seen)) names.add(n);
  }
  return names;
  function add(spec: string) {
    const name = spec
      .split(/\s+as\s+/)
      .pop()!
      .trim();
    if (name) names.add(name);
  }
}

describe("extractReference", () => {
  it("lists every runtime export of kobai", async () => {
    const runtime = Object.keys(await import("kobai"));
    expect(runtime.length).toBeGreaterThan(30);
    expect(runtime.filter((name) => !byName.has(name))).toEqual([]);
  });

  it("lists every type export of kobai", () => {
    const types = [...typeExportsByText(path.join(CORE, "index.ts"))];
    expect(types).toContain("Layer");
    expect(types.filter((name) => !byName.has(name))).toEqual([]);
  });

  it("reads signatures, docs, examples, parameters, members and files", () => {
    const tensor = byName.get("Tensor")!;
    expect(tensor).toMatchObject({ kind: "class", group: "tensor", file: "src/core/tensor.ts", typeOnly: false });
    expect(tensor.members.map((m) => m.name)).toEqual(expect.arrayContaining(["from", "zeros", "get", "toArray"]));
    expect(tensor.members.find((m) => m.name === "from")!.kind).toBe("static method");
    const matmul = byName.get("matmul")!;
    expect(matmul.signature).toBe("function matmul(a: Tensor, b: Tensor): Tensor");
    expect(matmul.params.map((p) => p.name)).toEqual(["a", "b"]);
    expect(matmul.examples.length).toBeGreaterThan(0);
    const layer = byName.get("Layer")!;
    expect(layer).toMatchObject({ kind: "interface", typeOnly: true, group: "layers" });
    expect(layer.members.map((m) => m.name)).toEqual(["forward", "backward", "parameters"]);
  });

  it("groups in lesson order", () => {
    const ids = extractReference().map((g) => g.id);
    const known = ids.filter((id) => GROUP_ORDER.includes(id));
    expect(known).toEqual([...known].sort((a, b) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b)));
    expect(ids[0]).toBe("tensor");
  });

  it("summarises a doc comment by its first paragraph or sentence", () => {
    expect(summaryOf("A layer: forward and backward.\n\nMore here.")).toBe("A layer: forward and backward.");
    const long = `A learnable value, e.g. a weight. ${"x ".repeat(100)}`;
    expect(summaryOf(long)).toBe("A learnable value, e.g. a weight.");
  });

  // ── these wait for the core's TSDoc ───────────────────────────────────────────────
  it("gives every export a doc summary", () => {
    expect(entries.filter((e) => !e.summary).map((e) => `${e.name} (${e.file})`)).toEqual([]);
  });

  it("gives every export at least one @example", () => {
    expect(entries.filter((e) => e.examples.length === 0).map((e) => `${e.name} (${e.file})`)).toEqual([]);
  });
});

describe("dropOptionalUndefined", () => {
  it("removes the undefined strict mode adds to optional parameters only", async () => {
    const { dropOptionalUndefined } = await import("./extract");
    expect(dropOptionalUndefined("(a: number | undefined, b?: Opts | undefined): void")).toBe(
      "(a: number | undefined, b?: Opts): void",
    );
  });
});

describe("parameterName", () => {
  it("names a destructured parameter by its pattern, never the compiler's __3", () => {
    const initWeight = byName.get("initWeight")!;
    expect(initWeight.params.map((p) => p.name)).toEqual(["init", "nIn", "nOut", "{ std, rng }"]);
    expect(byName.get("runOptimizer")!.params.at(-1)!.name).toBe("{ start, steps, layout, schedule }");
    expect(entries.flatMap((e) => e.params.map((p) => p.name)).filter((name) => /__\d/.test(name))).toEqual([]);
  });

  it("prints renamed, nested, rest and array patterns without their defaults", async () => {
    const ts = (await import("typescript")).default;
    const { parameterName } = await import("./extract");
    const source = ts.createSourceFile(
      "x.ts",
      "function f({ a: alias, b: [c, , ...d] = [], ...rest }: any = {}, [e = 1, f]: number[]) {}",
      ts.ScriptTarget.ES2022,
      true,
    );
    const fn = source.statements[0] as import("typescript").FunctionDeclaration;
    expect(fn.parameters.map(parameterName)).toEqual(["{ a: alias, b: [c, , ...d], ...rest }", "[e, f]"]);
  });
});
