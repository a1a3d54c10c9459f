/**
 * The CodeMirror 6 editor of a cell. Loaded on demand (a dynamic import from the cell
 * element), so a page without cells never ships it.
 *
 * TypeScript highlighting, line numbers, bracket matching, undo/redo history, Tab to
 * indent (Escape then Tab leaves the editor, as CodeMirror documents), Shift+Enter and
 * Ctrl/Cmd+Enter to run. Japanese IME composition is CodeMirror's own: nothing here
 * handles keys while composing. An error line gets a line decoration, a gutter marker
 * and an aria-description, and the editor points `aria-describedby` at the message.
 */
import { EditorState, StateEffect, StateField, RangeSet, type Extension } from "@codemirror/state";
import {
  EditorView,
  Decoration,
  GutterMarker,
  gutter,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
  type DecorationSet,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, syntaxHighlighting, HighlightStyle, indentUnit } from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { javascript } from "@codemirror/lang-javascript";
import { tags } from "@lezer/highlight";
import { cellTypes, typeErrorOn, type CellTypesContext } from "./types/extension";

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  /** The accessible name of the textbox, e.g. "Code cell 2: SGD by hand". */
  label: string;
  /** Id of the keyboard hint, read after the label. */
  describedBy?: string;
  onChange(code: string): void;
  onRun(): void;
  /** Type help (completions, hover, type errors, signature help): src/notebook/types/. */
  types?: CellTypesContext;
}

/** A mounted editor. */
export interface CellEditor {
  view: EditorView;
  getCode(): string;
  /** Replaces the whole text (one undoable change). */
  setCode(code: string): void;
  /** Marks a 1-based line as the error line; `describedBy` is the id of the error message. */
  markError(line: number, message: string, describedBy: string): void;
  clearError(): void;
  /** Puts the cursor at a 1-based line and column and focuses the editor. */
  focusAt(line: number, column?: number): void;
  /** The type error the type help knows on a 1-based line, if any. */
  typeErrorOn(line: number): string | undefined;
  destroy(): void;
}

const setErrorEffect = StateEffect.define<{ line: number; message: string } | null>();
const setDescribedBy = StateEffect.define<string | null>();

class ErrorMarker extends GutterMarker {
  constructor(readonly message: string) {
    super();
  }
  override eq(other: ErrorMarker) {
    return other.message === this.message;
  }
  override toDOM() {
    const span = document.createElement("span");
    span.className = "cm-cell-error-marker";
    span.textContent = "!";
    span.title = this.message;
    span.setAttribute("aria-hidden", "true");
    return span;
  }
}

/** The error line: a line decoration and a gutter marker that follow edits. */
const errorField = StateField.define<{ lines: DecorationSet; markers: RangeSet<GutterMarker> }>({
  create: () => ({ lines: Decoration.none, markers: RangeSet.empty }),
  update(value, tr) {
    let { lines, markers } = value;
    lines = lines.map(tr.changes);
    markers = markers.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setErrorEffect)) continue;
      if (!effect.value) {
        lines = Decoration.none;
        markers = RangeSet.empty;
        continue;
      }
      const lineNumber = Math.min(Math.max(1, effect.value.line), tr.state.doc.lines);
      const from = tr.state.doc.line(lineNumber).from;
      const decoration = Decoration.line({
        class: "cm-cell-error-line",
        attributes: { "aria-description": effect.value.message },
      });
      lines = Decoration.set([decoration.range(from)]);
      markers = RangeSet.of([new ErrorMarker(effect.value.message).range(from)]);
    }
    return { lines, markers };
  },
  provide: (field) => [
    EditorView.decorations.from(field, (value) => value.lines),
    gutter({ class: "cm-cell-error-gutter", markers: (view) => view.state.field(field).markers }),
  ],
});

/** Syntax colours from CSS variables, so light and dark themes both read well. */
const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword], color: "var(--code-keyword)" },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--code-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--code-number)" },
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: "var(--code-comment)",
    fontStyle: "var(--code-comment-style)",
  },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: "var(--code-function)" },
  { tag: [tags.typeName, tags.className, tags.namespace], color: "var(--code-type)" },
  { tag: [tags.definition(tags.variableName)], color: "var(--code-definition)" },
  { tag: tags.invalid, color: "var(--danger, #b42318)" },
]);

const theme = EditorView.theme({
  "&": { color: "var(--text)", backgroundColor: "var(--code-bg)", fontSize: "inherit" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--font-mono, monospace)", lineHeight: "1.55", overflow: "auto" },
  ".cm-content": { padding: "0.6rem 0", caretColor: "var(--text)" },
  ".cm-line": { padding: "0 0.75rem 0 0.5rem" },
  ".cm-gutters": { backgroundColor: "var(--code-bg)", color: "var(--muted)", border: "none" },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 0.25rem 0 0.75rem", minWidth: "2ch" },
  ".cm-activeLine": { backgroundColor: "var(--cell-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--cell-active-line)", color: "var(--text)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--text)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": {
    backgroundColor: "var(--cell-selection) !important",
  },
  "&.cm-focused .cm-matchingBracket": {
    backgroundColor: "var(--cell-bracket)",
    outline: "1px solid var(--border-strong)",
  },
  ".cm-cell-error-line": { backgroundColor: "var(--danger-soft)", boxShadow: "inset 3px 0 0 var(--danger)" },
  ".cm-cell-error-gutter .cm-gutterElement": { color: "var(--danger)", fontWeight: "700", padding: "0 0.15rem" },
});

/**
 * Mounts an editor in `parent`.
 *
 * @example
 * const editor = createEditor({ parent, doc: "show(1)", label: "Code cell 1", onChange: save, onRun: run });
 */
export function createEditor(options: EditorOptions): CellEditor {
  const runKeys = [
    { key: "Shift-Enter", run: () => (options.onRun(), true) },
    { key: "Mod-Enter", run: () => (options.onRun(), true) },
  ];
  // tabindex="0" changes nothing for the keyboard (a contenteditable is a tab stop anyway)
  // but tells checkers such as axe that the scrolling .cm-scroller around it has focusable
  // content (scrollable-region-focusable), which a long line on a phone makes it.
  const contentAttributes: Record<string, string> = { "aria-label": options.label, tabindex: "0" };
  if (options.describedBy) contentAttributes["aria-describedby"] = options.describedBy;
  const describedBy = StateField.define<string | null>({
    create: () => null,
    update: (value, tr) => {
      for (const effect of tr.effects) if (effect.is(setDescribedBy)) value = effect.value;
      return value;
    },
    provide: (field) =>
      EditorView.contentAttributes.from(field, (id) => ({
        ...contentAttributes,
        "aria-describedby": [options.describedBy, id].filter(Boolean).join(" "),
      })),
  });

  const extensions: Extension[] = [
    lineNumbers(),
    errorField,
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of("  "),
    EditorState.tabSize.of(2),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    javascript({ typescript: true }),
    syntaxHighlighting(highlightStyle),
    keymap.of([...runKeys, ...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
    describedBy,
    theme,
    options.types ? cellTypes(options.types) : [],
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ parent: options.parent, state: EditorState.create({ doc: options.doc, extensions }) });

  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    markError(line, message, id) {
      view.dispatch({ effects: [setErrorEffect.of({ line, message }), setDescribedBy.of(id)] });
    },
    clearError() {
      view.dispatch({ effects: [setErrorEffect.of(null), setDescribedBy.of(null)] });
    },
    focusAt(line, column = 1) {
      const doc = view.state.doc;
      const target = doc.line(Math.min(Math.max(1, line), doc.lines));
      const pos = Math.min(target.from + Math.max(0, column - 1), target.to);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    typeErrorOn: (line) => typeErrorOn(view.state, line),
    destroy: () => view.destroy(),
  };
}
