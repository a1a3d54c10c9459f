/**
 * Replays keys typed before the editor mounted (early-keys.ts) into CodeMirror, as if
 * typed there: the editor's own key bindings first (Enter indents, Ctrl+A selects all,
 * Backspace deletes…), plain characters inserted at the cursor. Loaded with the editor.
 */
import { runScopeHandlers, type EditorView } from "@codemirror/view";
import type { CodePosition, EarlyInput } from "./early-keys";

/**
 * Puts the cursor where the reader clicked in the static code (if they did) and types `inputs` in order.
 *
 * @example
 * replayEarlyInput(view, [{ key: ctrlA }, { key: deleteKey }, { text: "show(1)" }]);
 */
export function replayEarlyInput(view: EditorView, inputs: readonly EarlyInput[], at?: CodePosition): void {
  const doc = view.state.doc;
  if (at && at.line < doc.lines) {
    const line = doc.line(at.line + 1);
    view.dispatch({ selection: { anchor: line.from + Math.min(at.column, line.length) } });
  }
  for (const input of inputs) {
    if ("text" in input) {
      view.dispatch(view.state.replaceSelection(input.text), { userEvent: "input.paste", scrollIntoView: true });
    } else if (!runScopeHandlers(view, input.key, "editor") && input.key.key.length === 1) {
      view.dispatch(view.state.replaceSelection(input.key.key), { userEvent: "input.type", scrollIntoView: true });
    }
  }
}
