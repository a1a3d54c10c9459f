/**
 * The notebook's shared scope: what earlier cells defined, later cells can use.
 *
 * Each cell runs as the body of its own async function (so top-level `await` works).
 * Before the cell's first line, on the same line as the function header, we declare the
 * names earlier cells left behind, taken from the scope:
 *
 *   (async function (__kobai) {"use strict"; const { show, net } = __kobai.constants; let { step } = __kobai.variables; __kobai.capture({ loss: () => loss, step: () => step });
 *   …the cell's code, line for line…
 *   })
 *
 * and `capture` hands the runtime one getter per name, so after the run (even a failed
 * one) it reads back every name that got a value. A name the cell declares itself is not
 * injected: its own declaration wins, so rerunning a cell, or redefining a name, works.
 * `const` and `import` names stay `const` in later cells; the rest can be reassigned,
 * and a reassignment is saved back.
 */
import type { Declaration, DeclarationKind } from "./declarations";

/** A name in the scope, with its value and how it was declared. */
export interface ScopeEntry {
  value: unknown;
  kind: DeclarationKind;
}

/** The parameter name of the generated function: a name no cell should use. */
export const CELL_PARAMETER = "__kobai";

/** What the generated function receives. */
export interface CellBindings {
  constants: Record<string, unknown>;
  variables: Record<string, unknown>;
  capture(getters: Record<string, () => unknown>): void;
  /** Called by every `throw` in the cell (transpile.ts) with the value and the reader's line and column; returns the value. */
  thrown(value: unknown, line: number, column: number): unknown;
}

const isConstant = (kind: DeclarationKind) => kind === "const" || kind === "import";

/**
 * Names that persist between the cells of one notebook (one page).
 *
 * @example
 * const scope = new NotebookScope({ show: () => {} });
 * scope.set("net", { value: 42, kind: "const" });
 * scope.names(); // ["show", "net"]
 */
export class NotebookScope {
  private readonly entries = new Map<string, ScopeEntry>();

  /** `builtins` (show, plot, …) are visible to every cell as constants. */
  constructor(private readonly builtins: Record<string, unknown> = {}) {
    this.clear();
  }

  /** Forgets everything the cells defined (the builtins stay). */
  clear(): void {
    this.entries.clear();
    for (const [name, value] of Object.entries(this.builtins)) this.entries.set(name, { value, kind: "const" });
  }

  set(name: string, entry: ScopeEntry): void {
    this.entries.set(name, entry);
  }

  get(name: string): ScopeEntry | undefined {
    return this.entries.get(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * The line that goes before a cell's code, and the bindings to call it with.
   * `own` are the cell's top-level declarations.
   */
  prepare(
    own: readonly Declaration[],
    thrown: CellBindings["thrown"] = (value) => value,
  ): { prelude: string; bindings: CellBindings; collect(): void } {
    const ownKinds = new Map(own.map((d) => [d.name, d.kind]));
    const constants: Record<string, unknown> = {};
    const variables: Record<string, unknown> = {};
    for (const [name, entry] of this.entries) {
      if (ownKinds.has(name)) continue;
      (isConstant(entry.kind) ? constants : variables)[name] = entry.value;
    }
    // Read back the cell's own names and every inherited variable it might reassign.
    const captured = new Map<string, DeclarationKind>(ownKinds);
    for (const name of Object.keys(variables)) captured.set(name, this.entries.get(name)!.kind);

    const parts = [`(async function (${CELL_PARAMETER}) {"use strict";`];
    const constantNames = Object.keys(constants);
    const variableNames = Object.keys(variables);
    if (constantNames.length) parts.push(`const { ${constantNames.join(", ")} } = ${CELL_PARAMETER}.constants;`);
    if (variableNames.length) parts.push(`let { ${variableNames.join(", ")} } = ${CELL_PARAMETER}.variables;`);
    if (captured.size)
      parts.push(`${CELL_PARAMETER}.capture({ ${[...captured.keys()].map((n) => `${n}: () => ${n}`).join(", ")} });`);

    let getters: Record<string, () => unknown> = {};
    const bindings: CellBindings = {
      constants,
      variables,
      capture: (g) => {
        getters = g;
      },
      thrown,
    };
    const collect = () => {
      for (const [name, kind] of captured) {
        const getter = getters[name];
        if (!getter) continue;
        try {
          this.entries.set(name, { value: getter(), kind });
        } catch {
          // Still in its temporal dead zone: the cell failed before declaring it.
        }
      }
    };
    return { prelude: parts.join(" "), bindings, collect };
  }
}

/**
 * Wraps a cell's JavaScript (from transpileCell) into a function expression whose line 2
 * is the cell's line 1. `sourceURL` names the code in stack traces.
 *
 * @example
 * wrapCell("(async function (__kobai) {", "show(1);", "kobai/cell-a/run-1.js");
 * // '(async function (__kobai) {\nshow(1);\n})\n//# sourceURL=kobai/cell-a/run-1.js'
 */
export function wrapCell(prelude: string, js: string, sourceURL: string): string {
  return `${prelude}\n${js}\n})\n//# sourceURL=${sourceURL}`;
}

/** Lines the wrapper adds before the cell's first line. */
export const WRAPPER_LINES_BEFORE = 1;
