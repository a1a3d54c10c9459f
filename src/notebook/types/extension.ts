/**
 * Type help in a cell's editor, from the TypeScript language service in the types worker:
 * completions, hover documentation, type errors underlined and listed under the cell, and
 * signature help inside calls.
 *
 * Nothing loads until a reader first focuses a cell; then the cell says "Types loading…"
 * while the worker parses the library, and typing goes on meanwhile (every question is
 * asynchronous). The cells' marks never go stale: an answer about text that has changed is
 * dropped (CodeMirror's linter checks the document), an edit that touches a marked range
 * removes that mark at once, and an edit in one cell asks the other cells to check again.
 */
import { EditorState, StateEffect, StateField, type Extension } from "@codemirror/state";
import {
  EditorView,
  ViewPlugin,
  hoverTooltip,
  showPanel,
  showTooltip,
  type Tooltip,
  type ViewUpdate,
} from "@codemirror/view";
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from "@codemirror/autocomplete";
import { forEachDiagnostic, linter, setDiagnosticsEffect, type Diagnostic } from "@codemirror/lint";
import { ask, onTypesReady, startTypes, typesReady, typesStarted } from "./client";
import { infoDom, signatureDom } from "./tooltips";
import { listPanel, phrases, theme } from "./panel";
import type { CellText } from "./program";
import type { Completions, Hover, SignatureHelp, TypeDiagnostic } from "./protocol";

/** What the type help needs to know about its cell. */
export interface CellTypesContext {
  cellId: string;
  /** The page's cells in order, each with its current text (this one included). */
  cells(): CellText[];
}

/** Asks the other cells' linters to check again (an earlier cell changed, or types became ready). */
const recheck = StateEffect.define<null>();
const setSignature = StateEffect.define<Tooltip | null>();

/** Every mounted cell editor with type help, to tell the others when one changes. */
const views = new Set<EditorView>();
function recheckAll(except?: EditorView): void {
  for (const view of views) if (view !== except) view.dispatch({ effects: recheck.of(null) });
}

const COMPLETION_TYPES: Record<string, string> = {
  class: "class",
  interface: "interface",
  type: "type",
  enum: "enum",
  function: "function",
  "local function": "function",
  method: "method",
  property: "property",
  getter: "property",
  setter: "property",
  const: "constant",
  let: "variable",
  var: "variable",
  "local var": "variable",
  parameter: "variable",
  keyword: "keyword",
  module: "namespace",
  alias: "variable",
};

const toDiagnostic = (d: TypeDiagnostic, length: number): Diagnostic => ({
  from: Math.min(d.from, length),
  to: Math.min(Math.max(d.to, d.from), length),
  severity: d.severity,
  message: d.message,
  source: `TS${d.code}`,
});

/** The message of a known type error on a 1-based line, if there is one. */
export function typeErrorOn(state: EditorState, line: number): string | undefined {
  let message: string | undefined;
  forEachDiagnostic(state, (diagnostic, from) => {
    if (message === undefined && diagnostic.severity === "error" && state.doc.lineAt(from).number === line)
      message = diagnostic.message;
  });
  return message;
}

/** A tooltip's content inside the box CodeMirror styles as `.cm-tooltip`. */
function wrapped(content: HTMLElement): HTMLElement {
  const box = document.createElement("div");
  box.append(content);
  return box;
}

/**
 * Applies a completion that rewrites more than the word, e.g. `import { Ad}` → the whole
 * `import { Adam } from "kobai";`. `span` was measured when asked (at `askedAt`); the reader
 * may have typed more of the word since, which shifts only its end.
 */
function replaceSpan(insert: string, span: { from: number; to: number }, askedAt: number): Completion["apply"] {
  return (view, _completion, _from, to) => {
    const end = Math.min(view.state.doc.length, to + Math.max(0, span.to - askedAt));
    view.dispatch({
      changes: { from: span.from, to: end, insert },
      selection: { anchor: span.from + insert.length },
      userEvent: "input.complete",
    });
  };
}

/** An edit that touches a marked range removes that mark now, not when the next check comes back. */
const dropTouchedMarks = EditorState.transactionExtender.of((tr) => {
  if (!tr.docChanged) return null;
  const kept: Diagnostic[] = [];
  let dropped = false;
  forEachDiagnostic(tr.startState, (diagnostic, from, to) => {
    if (tr.changes.touchesRange(from, to)) dropped = true;
    else kept.push({ ...diagnostic, from: tr.changes.mapPos(from, 1), to: tr.changes.mapPos(to, -1) });
  });
  return dropped ? { effects: setDiagnosticsEffect.of(kept) } : null;
});

/**
 * The type help of one cell.
 *
 * @example
 * createEditor({ …, extensions: cellTypes({ cellId: "sgd", cells: () => notebook.cells.map(…) }) });
 */
export function cellTypes(context: CellTypesContext): Extension {
  const askHere = <T>(query: Parameters<typeof ask>[2]) => ask<T>(context.cells(), context.cellId, query);
  let focusedOnce = false;

  const start = (view: EditorView) => {
    if (focusedOnce) return;
    focusedOnce = true;
    view.dispatch({ effects: recheck.of(null) }); // shows "Types loading…"
    if (!typesStarted()) onTypesReady(() => recheckAll());
    void startTypes(context.cells());
  };

  const lifecycle = ViewPlugin.define((view) => {
    views.add(view);
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      update(update: ViewUpdate) {
        if (!update.docChanged || !typesStarted()) return;
        clearTimeout(timer);
        timer = setTimeout(() => recheckAll(view), 400);
      },
      destroy() {
        clearTimeout(timer);
        views.delete(view);
      },
    };
  });

  const typeLinter = linter(
    async (view) => {
      if (!typesStarted()) return [];
      const length = view.state.doc.length;
      const found = await askHere<TypeDiagnostic[]>({ kind: "diagnostics" });
      return found.map((d) => toDiagnostic(d, length));
    },
    { delay: 250, needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(recheck))) },
  );

  const complete = async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    const word = ctx.matchBefore(/[\w$]*/)!;
    if (!ctx.explicit && word.from === word.to && ctx.state.sliceDoc(word.from - 1, word.from) !== ".") return null;
    if (!typesStarted()) return null;
    const { items } = await askHere<Completions>({ kind: "completions", pos: ctx.pos });
    if (ctx.aborted) return null;
    const options: Completion[] = items.map((item) => ({
      label: item.label,
      apply:
        item.replacement && item.insertText ? replaceSpan(item.insertText, item.replacement, ctx.pos) : item.insertText,
      type: COMPLETION_TYPES[item.kind] ?? "variable",
      boost: -Math.min(99, Number.parseInt(item.sortText, 10) || 0),
      info: async () => {
        const detail = await askHere<Hover | undefined>({
          kind: "completionDetail",
          pos: ctx.pos,
          name: item.label,
          source: item.source,
          data: item.data,
        });
        return detail ? infoDom(detail) : null;
      },
    }));
    return { from: word.from, options, validFor: /^[\w$]*$/ };
  };

  const hover = hoverTooltip(async (view, pos) => {
    if (!typesReady()) return null;
    const info = await askHere<Hover | undefined>({ kind: "hover", pos });
    if (!info || !info.signature) return null;
    return { pos: info.from, end: info.to, above: true, create: () => ({ dom: wrapped(infoDom(info)) }) };
  });

  const signatureField = StateField.define<Tooltip | null>({
    create: () => null,
    update(value, tr) {
      for (const effect of tr.effects) if (effect.is(setSignature)) value = effect.value;
      return value && tr.docChanged ? { ...value, pos: tr.changes.mapPos(value.pos) } : value;
    },
    provide: (field) => showTooltip.from(field),
  });

  const signaturePlugin = ViewPlugin.define((view) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      update(update: ViewUpdate) {
        if (!(update.docChanged || update.selectionSet) || !typesReady() || !view.hasFocus) return;
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const state = view.state;
          const pos = state.selection.main.head;
          const help = await askHere<SignatureHelp | undefined>({ kind: "signatureHelp", pos });
          if (view.state !== state) return; // the text or cursor moved on: a newer question follows
          const tooltip: Tooltip | null = help
            ? { pos, above: true, create: () => ({ dom: wrapped(signatureDom(help)) }) }
            : null;
          view.dispatch({ effects: setSignature.of(tooltip) });
        }, 150);
      },
      destroy: () => clearTimeout(timer),
    };
  });
  const events = EditorView.domEventHandlers({
    focus(_event, view) {
      start(view);
      return false;
    },
    keydown(event, view) {
      if (event.key !== "Escape" || !view.state.field(signatureField)) return false;
      view.dispatch({ effects: setSignature.of(null) });
      return true;
    },
    blur(_event, view) {
      if (view.state.field(signatureField)) setTimeout(() => view.dispatch({ effects: setSignature.of(null) }));
      return false;
    },
  });

  return [
    lifecycle,
    typeLinter,
    dropTouchedMarks,
    autocompletion({ override: [complete], icons: true }),
    hover,
    signatureField,
    signaturePlugin,
    events,
    showPanel.of((view) => listPanel(view, () => focusedOnce)),
    phrases,
    theme,
  ];
}
