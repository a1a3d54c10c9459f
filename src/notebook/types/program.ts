/**
 * The notebook as one TypeScript program, so a cell's types see what earlier cells declared.
 *
 * At run time the cells share one scope (scope.ts): a name the cell declares itself wins,
 * any other name comes from the latest earlier cell that declared it. Here every cell is a
 * module file of its own, `/notebook/cell-<id>.ts`, holding the reader's text unchanged
 * (so offsets and line numbers are the reader's), and a tail after it that
 *
 *   - exports the cell's own top-level names, for the cells after it:
 *       export { net, step, Adam };
 *   - brings in each name an earlier cell declared and this cell does not:
 *       import { net, Adam } from "./cell-a";                 (constants, classes, types, imports)
 *       declare let step: typeof import("./cell-b").step;     (let, var, function: reassignable)
 *
 * Imports are hoisted, so the tail may come last. Nothing the reader sees moves; whatever the
 * checker says about the tail is dropped (service.ts keeps only diagnostics in the text).
 */
import ts from "typescript";

/** A cell as the language service sees it: its id and its current text. */
export interface CellText {
  id: string;
  code: string;
}

/** How an earlier cell's name reaches a later cell. */
type Reach = "import" | "reassignable";

/** One top-level name of a cell. */
export interface TopLevelName {
  name: string;
  reach: Reach;
}

/** The virtual path of a cell's file. Cell ids are letters, digits, - and _. */
export function cellFileName(cellId: string): string {
  return `/notebook/cell-${cellId}.ts`;
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

/**
 * The names a cell declares at its top level, each once, in order, with how later cells get
 * them. (The runtime's own list, declarations.ts, reads the transpiled JavaScript; this one
 * reads TypeScript, so it also sees interfaces and type aliases.)
 *
 * @example
 * topLevelNames("import { Adam } from 'kobai';\nlet step = 0;\ntype P = [number, number];");
 * // [{ name: "Adam", reach: "import" }, { name: "step", reach: "reassignable" }, { name: "P", reach: "import" }]
 */
export function topLevelNames(code: string): TopLevelName[] {
  const source = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const found = new Map<string, Reach>();
  const add = (name: string, reach: Reach) => {
    if (!found.has(name)) found.set(name, reach);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of statement.declarationList.declarations) {
        for (const name of bindingNames(declaration.name)) add(name, isConst ? "import" : "reassignable");
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      add(statement.name.text, "reassignable");
    } else if (
      (ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      add(statement.name.text, "import");
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) add(clause.name.text, "import");
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) add(bindings.name.text, "import");
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) add(element.name.text, "import");
    } else if (ts.isImportEqualsDeclaration(statement)) {
      add(statement.name.text, "import");
    }
  }
  return [...found].map(([name, reach]) => ({ name, reach }));
}

/**
 * The file of every cell: its text, then the tail that links it to the cells before it.
 * `cells` are in page order; the result maps file name → contents.
 *
 * @example
 * notebookFiles([{ id: "a", code: "const x = 1;" }, { id: "b", code: "show(x);" }]).get("/notebook/cell-b.ts");
 * // 'show(x);\n;export {};\nimport { x } from "./cell-a";\n'
 */
export function notebookFiles(cells: readonly CellText[]): Map<string, string> {
  const files = new Map<string, string>();
  // name → the latest earlier cell declaring it, and how it reaches later cells
  const visible = new Map<string, { cellId: string; reach: Reach }>();
  for (const cell of cells) {
    const own = topLevelNames(cell.code);
    const ownNames = new Set(own.map((n) => n.name));
    const tail: string[] = [own.length > 0 ? `;export { ${own.map((n) => n.name).join(", ")} };` : ";export {};"];
    const imports = new Map<string, string[]>();
    for (const [name, from] of visible) {
      if (ownNames.has(name)) continue;
      if (from.reach === "import") imports.set(from.cellId, [...(imports.get(from.cellId) ?? []), name]);
      else tail.push(`declare let ${name}: typeof import("./cell-${from.cellId}").${name};`);
    }
    for (const [cellId, names] of imports) tail.push(`import { ${names.join(", ")} } from "./cell-${cellId}";`);
    // A newline first: the cell may end inside a line comment.
    files.set(cellFileName(cell.id), `${cell.code}\n${tail.join("\n")}\n`);
    for (const { name, reach } of own) visible.set(name, { cellId: cell.id, reach });
  }
  return files;
}
