/**
 * What the type help shows in and around a cell's editor: the list of type errors under it
 * (with "Types loading…" while the worker starts), CodeMirror's own words through t(), and
 * the tooltips and completion list in the site's colours. extension.ts wires them in.
 */
import { EditorState } from "@codemirror/state";
import { EditorView, type Panel } from "@codemirror/view";
import { forEachDiagnostic } from "@codemirror/lint";
import { t } from "../../i18n";
import { typesReady, typesStarted } from "./client";

/** Under the editor: "Types loading…", then the type errors with their lines. */
export function listPanel(view: EditorView, focused: () => boolean): Panel {
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

/** CodeMirror's own words in the editor, through t(). */
export const phrases = EditorState.phrases.of({
  Completions: t("types.cm.completions"),
  Diagnostics: t("types.cm.diagnostics"),
  "No diagnostics": t("types.cm.noDiagnostics"),
  close: t("types.cm.close"),
  "Control character": t("types.cm.controlCharacter"),
});

export const theme = EditorView.theme({
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
