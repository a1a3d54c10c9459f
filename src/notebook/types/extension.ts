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
  type Panel,
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
import { t } from "../../i18n";
import { ask, onTypesReady, startTypes, typesReady, typesStarted } from "./client";
import { infoDom, signatureDom } from "./tooltips";
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

/** Under the editor: "Types loading…", then the type errors with their lines. */
function listPanel(view: EditorView, focused: () => boolean): Panel {
  const dom = document.createElement("div");
  dom.className = "cm-types-panel";
  dom.setAttribute("aria-live", "polite");
  let shown = "";
  const render = () => {
    const errors: { line: number; message: string; from: number }[] = [];
    forEachDiagnostic(view.state, (d, from) =>
      errors.push({ line: view.state.doc.lineAt(from).number, message: d.message, from }),
    );
    const loading = focused() && typesStarted() && !typesReady();
    const key = JSON.stringify([loading, errors]);
    if (key === shown) return;
    shown = key;
    dom.replaceChildren();
    if (loading)
      dom.append(
        Object.assign(document.createElement("p"), { className: "cm-types-status", textContent: t("types.loading") }),
      );
    if (errors.length === 0) return;
    const heading = errors.length === 1 ? t("types.errorsOne") : t("types.errors", { count: errors.length });
    dom.append(Object.assign(document.createElement("p"), { className: "cm-types-heading", textContent: heading }));
    const list = document.createElement("ul");
    for (const error of errors) {
      const item = document.createElement("li");
      const go = Object.assign(document.createElement("button"), {
        type: "button",
        className: "cm-types-line",
        textContent: t("types.errorLine", { line: error.line }),
      });
      go.setAttribute("aria-label", t("types.errorLineLabel", { line: error.line, message: error.message }));
      go.addEventListener("click", () => {
        view.dispatch({ selection: { anchor: error.from }, scrollIntoView: true });
        view.focus();
      });
      item.append(go, " ", Object.assign(document.createElement("span"), { textContent: error.message }));
      list.append(item);
    }
    dom.append(list);
  };
  render();
  return { dom, update: render };
}

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

/** CodeMirror's own words in the editor, through t(). */
const phrases = EditorState.phrases.of({
  Completions: t("types.cm.completions"),
  Diagnostics: t("types.cm.diagnostics"),
  "No diagnostics": t("types.cm.noDiagnostics"),
  close: t("types.cm.close"),
  "Control character": t("types.cm.controlCharacter"),
});

const theme = EditorView.theme({
  ".cm-panels": { backgroundColor: "var(--code-bg)", color: "var(--text)" },
  ".cm-panels.cm-panels-bottom": { borderTop: "1px solid var(--border)" },
  // Nothing to list yet: no border either, so mounting the editor moves nothing on the page.
  ".cm-panels.cm-panels-bottom:has(> .cm-types-panel:empty:only-child)": { borderTop: "none" },
  ".cm-types-panel": {
    padding: "0 0.75rem",
    fontSize: "0.85em",
    fontFamily: "var(--font-sans, sans-serif)",
    color: "var(--text)",
  },
  ".cm-types-panel:empty": { display: "none" },
  ".cm-types-panel p": { margin: "0.35rem 0" },
  ".cm-types-panel ul": { margin: "0 0 0.5rem", paddingLeft: "1.1rem" },
  ".cm-types-status": { color: "var(--muted)", fontStyle: "italic" },
  ".cm-types-heading": { color: "var(--danger)", fontWeight: "600" },
  ".cm-types-line": {
    font: "inherit",
    fontWeight: "600",
    color: "var(--danger)",
    background: "none",
    border: "none",
    padding: "0",
    textDecoration: "underline",
    cursor: "pointer",
  },
  // CodeMirror's tooltips and completion list in the site's colours (both themes).
  ".cm-tooltip": {
    backgroundColor: "var(--surface)",
    color: "var(--text)",
    border: "1px solid var(--border-strong)",
    borderRadius: "6px",
    boxShadow: "var(--shadow)",
  },
  ".cm-tooltip-autocomplete ul li[aria-selected]": {
    backgroundColor: "var(--accent)",
    color: "var(--accent-contrast)",
  },
  ".cm-completionInfo": { backgroundColor: "var(--surface)", color: "var(--text)" },
  ".cm-tooltip-lint .cm-diagnostic": { color: "var(--text)" },
  ".cm-types-info pre.cm-types-signature": {
    padding: "0.3rem 0.5rem",
    backgroundColor: "var(--code-bg)",
    borderRadius: "4px",
  },
  ".cm-types-info code": { fontSize: "0.95em" },
  ".cm-tooltip .cm-types-info": {
    maxWidth: "min(36rem, 90vw)",
    maxHeight: "18rem",
    overflow: "auto",
    padding: "0.4rem 0.6rem",
    fontSize: "0.85em",
  },
  ".cm-types-info pre": { margin: "0.2rem 0", whiteSpace: "pre-wrap", fontFamily: "var(--font-mono, monospace)" },
  ".cm-types-info p": { margin: "0.35rem 0" },
  ".cm-types-label": { fontWeight: "600" },
  ".cm-types-options": { margin: "0.2rem 0", paddingLeft: "1.1rem" },
  ".cm-types-current": { color: "var(--code-keyword, inherit)" },
  ".cm-tooltip.cm-tooltip-autocomplete > ul": { fontFamily: "var(--font-mono, monospace)" },
});
