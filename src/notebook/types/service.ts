/**
 * The TypeScript language service over a notebook: completions, hover documentation, type
 * errors and signature help for the cells, with kobai, Observable Plot, the cell builtins
 * and the ES standard library as the world they live in.
 *
 * It runs in a Web Worker on the page (worker.ts) and in Node in the tests; everything it
 * needs comes in as a map of file name → text (bundled-files.ts), nothing is fetched.
 * Positions are offsets into a cell's text; every answer is plain data (structured-clone
 * safe) so it crosses `postMessage` unchanged.
 */
import ts from "typescript";
import { coreProgramOptions } from "./compiler-options";
import { cellFileName, notebookFiles, type CellText } from "./program";
import type { Completions, Hover, OptionList, SignatureHelp, TypeDiagnostic } from "./protocol";

/** Where the bundled library files live in the virtual file system. */
export const LIB_DIR = "/lib";
export const KOBAI_ENTRY = "/kobai/index.ts";
export const PLOT_ENTRY = "/plot/index.d.ts";
/** Global declarations every cell sees (the builtins, `console`, timers). */
export const GLOBALS_DIR = "/globals";

export const compilerOptions: ts.CompilerOptions = {
  ...coreProgramOptions,
  baseUrl: "/",
  paths: { kobai: [KOBAI_ENTRY], "@observablehq/plot": [PLOT_ENTRY] },
};

/** Completions may write a whole `import { Adam } from "kobai";` when the `from` is not typed yet. */
const completionPreferences: ts.UserPreferences = {
  includeCompletionsWithInsertText: true,
  includeCompletionsForImportStatements: true,
  includeCompletionsForModuleExports: true,
};

/**
 * A signature line as a learner reads it: an imported name shows as what it is
 * (`class Adam`), not as TypeScript's `(alias) class Adam` followed by `import Adam`.
 */
export function readableSignature(parts: readonly ts.SymbolDisplayPart[] | undefined): string {
  const line = text(parts);
  return line.startsWith("(alias) ") ? line.slice("(alias) ".length).replace(/\nimport [\w$]+$/, "") : line;
}

const flatten = (message: string | ts.DiagnosticMessageChain) => ts.flattenDiagnosticMessageText(message, "\n");
const text = (parts: readonly ts.SymbolDisplayPart[] | undefined) => ts.displayPartsToString(parts ? [...parts] : []);

/** The @example blocks of a doc comment's tags, without Markdown fences. */
function examplesOf(tags: readonly ts.JSDocTagInfo[] | undefined): string[] {
  return (tags ?? [])
    .filter((tag) => tag.name === "example")
    .map((tag) =>
      text(tag.text)
        .replace(/^```\w*\n?|```$/g, "")
        .trim(),
    )
    .filter(Boolean);
}

/** The innermost call or `new` whose argument list contains `pos`. */
function callAt(source: ts.SourceFile, pos: number): ts.CallExpression | ts.NewExpression | undefined {
  let found: ts.CallExpression | ts.NewExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (pos < node.getStart(source) || pos > node.getEnd()) return;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments && pos > node.arguments.pos - 1)
      found = node;
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/**
 * The language service of one page's notebook.
 *
 * @example
 * const types = new NotebookTypes(libraryFiles);
 * types.setCells([{ id: "a", code: "const n: number = 'x';" }]);
 * types.diagnostics("a")[0].message; // "Type 'string' is not assignable to type 'number'."
 */
export class NotebookTypes {
  private cells = new Map<string, string>();
  /** Length of each cell's own text (its file goes on with the tail). */
  private codeLengths = new Map<string, number>();
  private versions = new Map<string, number>();
  private readonly service: ts.LanguageService;

  constructor(private readonly library: ReadonlyMap<string, string>) {
    const globals = [...library.keys()].filter((name) => name.startsWith(`${GLOBALS_DIR}/`));
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => compilerOptions,
      // kobai and Plot are roots, so an `import { Ad` with no `from` yet can offer their exports.
      getScriptFileNames: () => [...globals, KOBAI_ENTRY, PLOT_ENTRY, ...this.cells.keys()],
      getScriptVersion: (name) => String(this.versions.get(name) ?? 0),
      getScriptSnapshot: (name) => {
        const content = this.read(name);
        return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
      },
      getCurrentDirectory: () => "/",
      getDefaultLibFileName: () => `${LIB_DIR}/lib.d.ts`,
      fileExists: (name) => this.read(name) !== undefined,
      readFile: (name) => this.read(name),
      directoryExists: (dir) =>
        dir === "/" ||
        [...library.keys(), ...this.cells.keys()].some((name) => name.startsWith(`${dir.replace(/\/$/, "")}/`)),
      getDirectories: () => [],
    };
    this.service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  private read(name: string): string | undefined {
    return this.cells.get(name) ?? this.library.get(name);
  }

  /** The notebook's cells in page order, each with its current text. */
  setCells(cells: readonly CellText[]): void {
    const files = notebookFiles(cells);
    for (const [name, content] of files) {
      if (this.cells.get(name) !== content) this.versions.set(name, (this.versions.get(name) ?? 0) + 1);
    }
    this.cells = files;
    this.codeLengths = new Map(cells.map((cell) => [cellFileName(cell.id), cell.code.length]));
  }

  private file(cellId: string): { name: string; length: number; source: ts.SourceFile } | undefined {
    const name = cellFileName(cellId);
    const length = this.codeLengths.get(name);
    const source = length === undefined ? undefined : this.service.getProgram()?.getSourceFile(name);
    return source && length !== undefined ? { name, length, source } : undefined;
  }

  /** Syntax and type errors in the reader's text (never in the tail that links cells). */
  diagnostics(cellId: string): TypeDiagnostic[] {
    const file = this.file(cellId);
    if (!file) return [];
    const all = [...this.service.getSyntacticDiagnostics(file.name), ...this.service.getSemanticDiagnostics(file.name)];
    return all
      .filter((d) => d.start !== undefined && d.start < file.length)
      .map((d) => {
        const from = d.start!;
        const to = Math.min(file.length, from + (d.length ?? 0));
        const { line, character } = file.source.getLineAndCharacterOfPosition(from);
        const severity = d.category === ts.DiagnosticCategory.Error ? "error" : "warning";
        return {
          from,
          to,
          line: line + 1,
          column: character + 1,
          message: flatten(d.messageText),
          code: d.code,
          severity,
        };
      });
  }

  /** What may be typed at `pos`: names with their kind, in TypeScript's order. */
  completions(cellId: string, pos: number): Completions {
    const file = this.file(cellId);
    if (!file) return { items: [] };
    const info = this.service.getCompletionsAtPosition(file.name, pos, completionPreferences);
    if (!info) return { items: [] };
    return {
      items: info.entries
        // Auto-imports that would need a second edit (adding an import line) are left out.
        .filter(
          (entry) =>
            entry.kind !== ts.ScriptElementKind.warning && (!entry.hasAction || entry.isImportStatementCompletion),
        )
        .map((entry) => ({
          label: entry.name,
          kind: entry.kind,
          sortText: entry.sortText,
          insertText: entry.insertText,
          // `import { Ad}` with no `from` yet: the entry writes the whole statement.
          replacement: entry.replacementSpan && {
            from: entry.replacementSpan.start,
            to: entry.replacementSpan.start + entry.replacementSpan.length,
          },
          source: entry.source,
          data: entry.data,
        })),
    };
  }

  /** The signature and documentation of one completion, shown beside the list. */
  completionDetail(
    cellId: string,
    pos: number,
    name: string,
    source?: string,
    data?: ts.CompletionEntryData,
  ): Hover | undefined {
    const file = this.file(cellId);
    const details =
      file && this.service.getCompletionEntryDetails(file.name, pos, name, {}, source, completionPreferences, data);
    if (!details) return undefined;
    return {
      from: pos,
      to: pos,
      signature: readableSignature(details.displayParts),
      docs: text(details.documentation),
      examples: examplesOf(details.tags),
    };
  }

  /** The hover: what the name at `pos` is, its TSDoc and its examples. */
  hover(cellId: string, pos: number): Hover | undefined {
    const file = this.file(cellId);
    const info = file && this.service.getQuickInfoAtPosition(file.name, pos);
    if (!info) return undefined;
    const to = Math.min(info.textSpan.start + info.textSpan.length, file.length);
    let docs = text(info.documentation);
    let examples = examplesOf(info.tags);
    // `new Adam(` shows the constructor, whose comment only has @params: the class's TSDoc
    // (what the reference page shows for Adam) is the one the reader wants.
    if (!docs) ({ docs, examples } = this.declarationDocs(file.source, info.textSpan.start, examples));
    return { from: info.textSpan.start, to, signature: readableSignature(info.displayParts), docs, examples };
  }

  /** The TSDoc of the declaration the identifier at `pos` names (through imports). */
  private declarationDocs(
    source: ts.SourceFile,
    pos: number,
    examples: string[],
  ): { docs: string; examples: string[] } {
    const checker = this.service.getProgram()?.getTypeChecker();
    let node: ts.Node | undefined;
    const visit = (child: ts.Node): void => {
      if (pos >= child.getStart(source) && pos < child.getEnd()) {
        node = child;
        child.forEachChild(visit);
      }
    };
    source.forEachChild(visit);
    let symbol = checker && node && ts.isIdentifier(node) ? checker.getSymbolAtLocation(node) : undefined;
    if (!checker || !symbol) return { docs: "", examples };
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const own = examplesOf(symbol.getJsDocTags(checker));
    return { docs: text(symbol.getDocumentationComment(checker)), examples: own.length > 0 ? own : examples };
  }

  /**
   * The signatures of the call around `pos`, which parameter the cursor is in and, when
   * that parameter is an options object, its options with their documentation.
   */
  signatureHelp(cellId: string, pos: number): SignatureHelp | undefined {
    const file = this.file(cellId);
    const help = file && this.service.getSignatureHelpItems(file.name, pos, undefined);
    if (!help || help.items.length === 0) return undefined;
    const signatures = help.items.map((item) => ({
      prefix: text(item.prefixDisplayParts),
      parameters: item.parameters.map((p) => ({ label: text(p.displayParts), docs: text(p.documentation) })),
      separator: text(item.separatorDisplayParts),
      suffix: text(item.suffixDisplayParts),
      docs: text(item.documentation),
    }));
    return {
      signatures,
      active: help.selectedItemIndex,
      parameter: help.argumentIndex,
      options: this.optionsAt(file.source, pos, help.argumentIndex),
    };
  }

  /** The properties of an object-typed argument, e.g. Adam's `{ lr, beta1, beta2, … }`. */
  private optionsAt(source: ts.SourceFile, pos: number, argumentIndex: number): OptionList | undefined {
    const checker = this.service.getProgram()?.getTypeChecker();
    const call = callAt(source, pos);
    if (!checker || !call) return undefined;
    const signature = checker.getResolvedSignature(call);
    const parameters = signature?.getParameters() ?? [];
    const parameter = parameters[Math.min(argumentIndex, parameters.length - 1)];
    if (!parameter) return undefined;
    const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(parameter, call));
    if (type.getCallSignatures().length > 0 || checker.isArrayType(type) || !(type.flags & ts.TypeFlags.Object))
      return undefined;
    const properties = checker.getPropertiesOfType(type);
    if (properties.length === 0) return undefined;
    const owner = type.aliasSymbol ?? type.getSymbol();
    const ownerDocs =
      owner && owner.name !== "__type" && owner.name !== "__object" ? text(owner.getDocumentationComment(checker)) : "";
    return {
      name: owner && !owner.name.startsWith("__") ? owner.name : "",
      docs: ownerDocs.replace(/\s*@example[\s\S]*$/, ""),
      properties: properties.slice(0, 40).map((property) => ({
        name: property.name,
        optional: (property.flags & ts.SymbolFlags.Optional) !== 0,
        type: checker.typeToString(checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, call))),
        docs: text(property.getDocumentationComment(checker)),
      })),
    };
  }
}
