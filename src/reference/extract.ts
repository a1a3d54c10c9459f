/**
 * The API reference, read from the core's source with the TypeScript compiler: every
 * export of `src/core/index.ts` (following `export *` barrels and aliases) with its
 * signature, TSDoc summary, @example blocks, parameters and source file, grouped by the
 * core folder it lives in, in the order the lessons teach them.
 *
 * Runs at build time (src/pages/reference/index.astro) and in tests; never in a browser.
 */
import ts from "typescript";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { coreProgramOptions } from "../notebook/types/compiler-options";

export type EntryKind = "class" | "function" | "interface" | "type" | "const" | "enum" | "namespace";

export interface ReferenceParam {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

export interface ReferenceMember {
  name: string;
  kind: "constructor" | "method" | "property" | "getter" | "static method" | "static property";
  signature: string;
  summary: string;
  docs: string;
  examples: string[];
}

export interface ReferenceEntry {
  /** The exported name, e.g. "Adam". */
  name: string;
  kind: EntryKind;
  /** True for interfaces and type aliases (nothing at run time). */
  typeOnly: boolean;
  /** One or more lines: overloads, or a class's constructor(s). */
  signature: string;
  /** The first sentence (or paragraph) of the doc comment. */
  summary: string;
  /** The whole doc comment text (without tags). */
  docs: string;
  /** The @example blocks (of the declaration, else of a class's constructor). */
  examples: string[];
  params: ReferenceParam[];
  /** Public members of a class or interface, the properties of an object constant. */
  members: ReferenceMember[];
  /** Repository-relative source path, e.g. "src/core/optim/adam.ts". */
  file: string;
  line: number;
  /** Group id, e.g. "optim". */
  group: string;
}

export interface ReferenceGroup {
  id: string;
  entries: ReferenceEntry[];
}

/** Groups in lesson order; anything else follows in alphabetical order. */
export const GROUP_ORDER = [
  "tensor",
  "random",
  "parameter",
  "layers",
  "losses",
  "gradient",
  "optim",
  "landscapes",
  "data",
  "training",
  "kernels",
];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function groupOf(file: string): string {
  const rel = path.relative(path.join(ROOT, "src/core"), file).split(path.sep);
  return rel.length > 1 ? rel[0] : rel[0].replace(/\.ts$/, "");
}

function docText(parts: readonly ts.SymbolDisplayPart[] | undefined): string {
  return ts.displayPartsToString(parts ? [...parts] : []).trim();
}

/**
 * The summary of a doc comment: its first paragraph when that is short, else its first
 * sentence (a period not in "e.g." or "i.e." followed by a space).
 */
export function summaryOf(docs: string): string {
  const para = docs
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, " ")
    .trim();
  if (para.length <= 160) return para;
  const m = para.match(/^(.+?(?<!\be\.g|\bi\.e|\betc)[.!?])(\s|$)/);
  return (m ? m[1] : para).trim();
}

function tagText(tag: ts.JSDocTagInfo): string {
  return docText(tag.text).replace(/^\n+/, "");
}

function examplesOf(tags: readonly ts.JSDocTagInfo[]): string[] {
  return tags
    .filter((t) => t.name === "example")
    .map(tagText)
    .map((s) => s.replace(/^```\w*\n?|```$/g, "").trim())
    .filter((s) => s.length > 0);
}

function paramDocs(tags: readonly ts.JSDocTagInfo[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of tags) {
    if (tag.name !== "param" || !tag.text) continue;
    const name = tag.text.find((p) => p.kind === "parameterName")?.text;
    const text = tag.text
      .filter((p) => p.kind === "text")
      .map((p) => p.text)
      .join("")
      .replace(/^\s*-\s*/, "")
      .trim();
    if (name) out.set(name, text);
  }
  return out;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

function printed(node: ts.Node): string {
  return printer
    .printNode(ts.EmitHint.Unspecified, node, node.getSourceFile())
    .replace(/^export\s+(declare\s+)?/, "")
    .replace(/    /g, "  ");
}

const FLAGS =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.WriteArrowStyleSignature;

interface Ctx {
  checker: ts.TypeChecker;
}

/** `x?: T | undefined` reads as `x?: T`: strict mode adds the `undefined` the `?` already says. */
export function dropOptionalUndefined(s: string): string {
  return s.replace(/(\?: [^,()]*?) \| undefined(?=[,)])/g, "$1");
}

function signatureLines(ctx: Ctx, name: string, sigs: readonly ts.Signature[], prefix: string): string {
  return sigs
    .map(
      (s) =>
        `${prefix}${name}${dropOptionalUndefined(ctx.checker.signatureToString(s, undefined, ts.TypeFormatFlags.NoTruncation))}`,
    )
    .join("\n");
}

function paramsOf(ctx: Ctx, sig: ts.Signature | undefined, tags: readonly ts.JSDocTagInfo[]): ReferenceParam[] {
  if (!sig) return [];
  const docs = paramDocs(tags);
  return sig.getParameters().map((p) => {
    const decl = p.valueDeclaration as ts.ParameterDeclaration | undefined;
    const optional = !!decl && (!!decl.questionToken || !!decl.initializer);
    const full = ctx.checker.typeToString(ctx.checker.getTypeOfSymbol(p), undefined, FLAGS);
    const type = optional ? full.replace(/ \| undefined$/, "") : full;
    const name = decl ? parameterName(decl) : p.name;
    return {
      name,
      type,
      optional,
      doc: docs.get(name) ?? docs.get(p.name) ?? docText(p.getDocumentationComment(ctx.checker)),
    };
  });
}

/**
 * A parameter's name as a reader writes it. A destructured parameter has no name of its
 * own (the compiler calls it `__3`), so it reads as its pattern without the defaults:
 * `{ std, rng = defaultRng() }` → `{ std, rng }`, as the signature line and editors show it.
 */
export function parameterName(decl: ts.ParameterDeclaration): string {
  const pattern = (name: ts.BindingName): string => {
    if (ts.isIdentifier(name)) return name.text;
    const parts = name.elements.map((element) => {
      if (ts.isOmittedExpression(element)) return "";
      const rest = element.dotDotDotToken ? "..." : "";
      const inner = pattern(element.name);
      const key = ts.isObjectBindingPattern(name) && element.propertyName ? `${element.propertyName.getText()}: ` : "";
      return `${rest}${key}${inner}`;
    });
    return ts.isObjectBindingPattern(name) ? `{ ${parts.join(", ")} }` : `[${parts.join(", ")}]`;
  };
  return pattern(decl.name);
}

function isPublic(decl: ts.Declaration): boolean {
  const flags = ts.getCombinedModifierFlags(decl);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return false;
  const name = (decl as ts.NamedDeclaration).name;
  return !(name && ts.isPrivateIdentifier(name));
}

function memberOf(ctx: Ctx, sym: ts.Symbol, owner: string): ReferenceMember | undefined {
  const decl = sym.declarations?.[0];
  if (!decl || !isPublic(decl)) return undefined;
  const isStatic = (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static) !== 0;
  // `{ and, or }` in an object literal: the docs live on the function it names.
  let documented = sym;
  if (ts.isShorthandPropertyAssignment(decl)) {
    const value = ctx.checker.getShorthandAssignmentValueSymbol(decl);
    if (value) documented = value.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(value) : value;
  }
  let docs = docText(sym.getDocumentationComment(ctx.checker));
  let tags = sym.getJsDocTags(ctx.checker);
  if (!docs && documented !== sym) {
    docs = docText(documented.getDocumentationComment(ctx.checker));
    tags = documented.getJsDocTags(ctx.checker);
  }
  const type = ctx.checker.getTypeOfSymbolAtLocation(sym, decl);
  let kind: ReferenceMember["kind"];
  let signature: string;
  if (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) {
    kind = isStatic ? "static method" : "method";
    signature = signatureLines(ctx, sym.name, type.getCallSignatures(), isStatic ? `${owner}.` : "");
  } else if (ts.isGetAccessorDeclaration(decl) || ts.isSetAccessorDeclaration(decl)) {
    kind = "getter";
    signature = `get ${sym.name}: ${ctx.checker.typeToString(type, undefined, FLAGS)}`;
  } else if (
    ts.isPropertyDeclaration(decl) ||
    ts.isPropertySignature(decl) ||
    ts.isPropertyAssignment(decl) ||
    ts.isShorthandPropertyAssignment(decl)
  ) {
    const calls = type.getCallSignatures();
    if (calls.length > 0 && !ts.isPropertyDeclaration(decl) && !ts.isPropertySignature(decl)) {
      kind = "method";
      signature = signatureLines(ctx, sym.name, calls, `${owner}.`);
    } else {
      kind = isStatic ? "static property" : "property";
      const readonly = ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Readonly ? "readonly " : "";
      const optional = sym.flags & ts.SymbolFlags.Optional ? "?" : "";
      signature = `${isStatic ? `${owner}.` : readonly}${sym.name}${optional}: ${ctx.checker.typeToString(type, undefined, FLAGS)}`;
    }
  } else return undefined;
  return { name: sym.name, kind, signature, summary: summaryOf(docs), docs, examples: examplesOf(tags) };
}

function entryOf(ctx: Ctx, exportName: string, exported: ts.Symbol): ReferenceEntry | undefined {
  const { checker } = ctx;
  const sym = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decl =
    sym.declarations?.find((d) => !ts.isModuleDeclaration(d) || sym.declarations!.length === 1) ??
    sym.declarations?.[0];
  if (!decl) return undefined;
  const sf = decl.getSourceFile();
  const file = path.relative(ROOT, sf.fileName).split(path.sep).join("/");
  const line = sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1;
  let docs = docText(sym.getDocumentationComment(checker));
  let tags = sym.getJsDocTags(checker);
  const base = { name: exportName, file, line, group: groupOf(sf.fileName) };
  let kind: EntryKind;
  let signature = "";
  let params: ReferenceParam[] = [];
  let members: ReferenceMember[] = [];
  let typeOnly = false;

  if (sym.flags & ts.SymbolFlags.Class) {
    kind = "class";
    const classDecl = decl as ts.ClassDeclaration;
    const heritage = classDecl.heritageClauses?.map((h) => ` ${h.getText()}`).join("") ?? "";
    const abstract = ts.getCombinedModifierFlags(classDecl) & ts.ModifierFlags.Abstract ? "abstract " : "";
    const ctorType = checker.getTypeOfSymbolAtLocation(sym, decl);
    const ctors = ctorType.getConstructSignatures().filter((s) => !s.declaration || isPublic(s.declaration));
    signature = [
      `${abstract}class ${sym.name}${typeParamsText(classDecl)}${heritage}`,
      ...ctors.map(
        (s) =>
          `new ${sym.name}${dropOptionalUndefined(checker.signatureToString(s, undefined, ts.TypeFormatFlags.NoTruncation)).replace(/: [^:]+$/, "")}`,
      ),
    ].join("\n");
    // A class documented on its constructor still counts as documented.
    const ctorDecl = classDecl.members.find(ts.isConstructorDeclaration);
    const ctorSym = ctorDecl ? (checker.getSymbolAtLocation(ctorDecl.getFirstToken()!) ?? undefined) : undefined;
    const ctorSig = ctors[0];
    const ctorDocs = ctorSig ? docText(ctorSig.getDocumentationComment(checker)) : "";
    const ctorTags = ctorSig ? ctorSig.getJsDocTags() : [];
    void ctorSym;
    if (!docs) docs = ctorDocs;
    if (examplesOf(tags).length === 0) tags = [...tags, ...ctorTags.filter((t) => t.name === "example")];
    params = paramsOf(ctx, ctorSig, ctorTags);
    const instanceMembers = [...(sym.members?.values() ?? [])].filter((m) => m.name !== "__constructor");
    const staticMembers = [...(sym.exports?.values() ?? [])].filter((m) => m.name !== "prototype");
    members = [...staticMembers, ...instanceMembers]
      .map((m) => memberOf(ctx, m, sym.name))
      .filter((m): m is ReferenceMember => !!m);
    // No example on the class or its constructor: its methods' examples show its use.
    if (examplesOf(tags).length === 0)
      tags = [
        ...tags,
        ...members.flatMap((m) => m.examples.map((text) => ({ name: "example", text: [{ kind: "text", text }] }))),
      ];
  } else if (sym.flags & ts.SymbolFlags.Function) {
    kind = "function";
    const sigs = checker.getTypeOfSymbolAtLocation(sym, decl).getCallSignatures();
    signature = signatureLines(ctx, exportName, sigs, "function ");
    if (sigs.length > 1 && !docs) docs = docText(sigs[0].getDocumentationComment(checker));
    if (sigs.length > 0 && examplesOf(tags).length === 0) tags = [...tags, ...sigs.flatMap((s) => s.getJsDocTags())];
    params = paramsOf(ctx, sigs[sigs.length - 1], tags);
  } else if (sym.flags & ts.SymbolFlags.Interface) {
    kind = "interface";
    typeOnly = !(sym.flags & ts.SymbolFlags.Value);
    signature = `interface ${sym.name}${typeParamsText(decl as ts.InterfaceDeclaration)}${(decl as ts.InterfaceDeclaration).heritageClauses?.map((h) => ` ${h.getText()}`).join("") ?? ""}`;
    members = [...(sym.members?.values() ?? [])]
      .map((m) => memberOf(ctx, m, sym.name))
      .filter((m): m is ReferenceMember => !!m);
  } else if (sym.flags & ts.SymbolFlags.TypeAlias) {
    kind = "type";
    typeOnly = !(sym.flags & ts.SymbolFlags.Value);
    signature = printed(decl);
  } else if (sym.flags & ts.SymbolFlags.Enum) {
    kind = "enum";
    signature = printed(decl);
  } else if (sym.flags & ts.SymbolFlags.Variable) {
    kind = "const";
    const type = checker.getTypeOfSymbolAtLocation(sym, decl);
    const varDecl = ts.isVariableDeclaration(decl) ? decl : undefined;
    const init = varDecl?.initializer;
    const calls = type.getCallSignatures();
    if (
      init &&
      (ts.isObjectLiteralExpression(init) || ts.isAsExpression(init)) &&
      !varDecl?.type &&
      calls.length === 0
    ) {
      signature = `const ${exportName}`;
      members = type
        .getProperties()
        .map((p) => memberOf(ctx, p, exportName))
        .filter((m): m is ReferenceMember => !!m);
    } else if (calls.length > 0 && !(ts.isVariableDeclaration(decl) && decl.type)) {
      signature = signatureLines(ctx, exportName, calls, "const ");
      params = paramsOf(ctx, calls[0], tags);
    } else {
      const typeText =
        ts.isVariableDeclaration(decl) && decl.type
          ? decl.type.getText()
          : checker.typeToString(type, undefined, FLAGS);
      signature = `const ${exportName}: ${typeText}`;
    }
  } else if (sym.flags & ts.SymbolFlags.Module) {
    kind = "namespace";
    signature = `namespace ${exportName}`;
  } else return undefined;

  return {
    ...base,
    kind,
    typeOnly,
    signature,
    summary: summaryOf(docs),
    docs,
    examples: examplesOf(tags),
    params,
    members,
  };
}

function typeParamsText(decl: ts.ClassDeclaration | ts.InterfaceDeclaration): string {
  return decl.typeParameters ? `<${decl.typeParameters.map((p) => p.getText()).join(", ")}>` : "";
}

let cache: { key: string; groups: ReferenceGroup[] } | undefined;

/**
 * Every export of the core, grouped and ordered. `entry` defaults to src/core/index.ts.
 * The result is cached per process (a build renders the page once).
 *
 * @example
 * const groups = extractReference();
 * groups.find((g) => g.id === "optim")!.entries.map((e) => e.name); // ["Optimizer", "SGD", …]
 */
export function extractReference(
  entry = path.join(ROOT, "src/core/index.ts"),
  { fresh = false } = {},
): ReferenceGroup[] {
  if (cache && cache.key === entry && !fresh) return cache.groups;
  const program = ts.createProgram([entry], coreProgramOptions);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`reference: cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`reference: ${entry} is not a module`);
  const ctx: Ctx = { checker };
  const byGroup = new Map<string, ReferenceEntry[]>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const entryInfo = entryOf(ctx, exported.name, exported);
    if (!entryInfo) continue;
    const list = byGroup.get(entryInfo.group) ?? [];
    list.push(entryInfo);
    byGroup.set(entryInfo.group, list);
  }
  const rank = (id: string) => {
    const i = GROUP_ORDER.indexOf(id);
    return i === -1 ? GROUP_ORDER.length : i;
  };
  const groups = [...byGroup.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([id, entries]) => ({
      id,
      // Within a group: by file, then by position in the file (the order a reader meets them).
      entries: entries.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    }));
  cache = { key: entry, groups };
  return groups;
}

/** All entries, flat. */
export function allEntries(groups = extractReference()): ReferenceEntry[] {
  return groups.flatMap((g) => g.entries);
}
