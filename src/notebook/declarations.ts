/**
 * The names a cell declares at its top level.
 *
 * In a notebook, `const net = …` in one cell is visible in the cells after it. To do that
 * the runtime needs to know which names a cell declares: `const`/`let`/`var` (including
 * destructuring like `const { x, y: [a, ...rest] } = …`), `function`, `class`, and the
 * names an `import` binds. Names declared inside blocks or functions stay local.
 */
import type { Node as AcornNode } from "acorn";

/** How a top-level name was declared. `const` and `import` names cannot be reassigned. */
export type DeclarationKind = "const" | "let" | "var" | "function" | "class" | "import";

/** One top-level name of a cell. */
export interface Declaration {
  name: string;
  kind: DeclarationKind;
}

type AnyNode = AcornNode & Record<string, any>;

/**
 * Top-level declarations of a program body (acorn's ESTree nodes), each name once, in order.
 *
 * @example
 * import { parse } from "acorn";
 * const body = parse("const { a, b: [c] } = o; function f() { let x; }", { ecmaVersion: "latest" }).body;
 * collectDeclarations(body); // [{ name: "a", kind: "const" }, { name: "c", kind: "const" }, { name: "f", kind: "function" }]
 */
export function collectDeclarations(body: readonly AcornNode[]): Declaration[] {
  const found = new Map<string, DeclarationKind>();
  const add = (name: string, kind: DeclarationKind) => {
    if (!found.has(name)) found.set(name, kind);
  };
  for (const statement of body as AnyNode[]) {
    const node: AnyNode =
      statement.type.startsWith("Export") && statement.declaration ? statement.declaration : statement;
    switch (node.type) {
      case "VariableDeclaration":
        for (const declarator of node.declarations as AnyNode[]) {
          for (const name of patternNames(declarator.id)) add(name, node.kind as DeclarationKind);
        }
        break;
      case "FunctionDeclaration":
        if (node.id) add(node.id.name, "function");
        break;
      case "ClassDeclaration":
        if (node.id) add(node.id.name, "class");
        break;
      case "ImportDeclaration":
        for (const specifier of node.specifiers as AnyNode[]) add(specifier.local.name, "import");
        break;
    }
  }
  return [...found].map(([name, kind]) => ({ name, kind }));
}

/** Every identifier a binding pattern binds, e.g. `{ a, b: [c, ...d], e = 1 }` → a, c, d, e. */
export function patternNames(pattern: AnyNode | null): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case "Identifier":
      return [pattern.name];
    case "ObjectPattern":
      return (pattern.properties as AnyNode[]).flatMap((p) =>
        patternNames(p.type === "RestElement" ? p.argument : p.value),
      );
    case "ArrayPattern":
      return (pattern.elements as (AnyNode | null)[]).flatMap(patternNames);
    case "RestElement":
      return patternNames(pattern.argument);
    case "AssignmentPattern":
      return patternNames(pattern.left);
    default:
      return [];
  }
}
