/**
 * Keys typed before the editor exists are kept, in order, and typed into it once it does.
 *
 * The static code is on the page before CodeMirror loads. A reader who clicks it and
 * types at once (Ctrl+A, Delete, then new code) would otherwise lose the first keys, or
 * select the whole page with Ctrl+A. So the static code takes the editing keys itself
 * (`EarlyKeys.capture`), and the editor, once mounted, replays them (early-keys-replay.ts)
 * at the place the reader clicked. Keys that are not editing (Tab, Escape, Ctrl+C, the
 * browser's own shortcuts) keep their usual meaning.
 */

/** A key or pasted text, in the order the reader gave them. */
export type EarlyInput = { key: KeyboardEvent } | { text: string };

const EDITING_KEYS = new Set([
  "Enter",
  "Backspace",
  "Delete",
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);
/** Ctrl/Cmd shortcuts that edit or select in the editor (undo, redo, select all, cut). */
const EDITING_SHORTCUTS = new Set(["a", "z", "y", "x"]);

/**
 * True for a key the editor would act on: a character, an editing key, or an editing
 * shortcut. (Ctrl+C still copies from the static code; Tab still moves focus.)
 *
 * @example
 * isEditingKey({ key: "a", ctrlKey: false, metaKey: false, altKey: false }); // true
 * isEditingKey({ key: "Tab", ctrlKey: false, metaKey: false, altKey: false }); // false
 */
export function isEditingKey(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (mod) return EDITING_SHORTCUTS.has(event.key.toLowerCase());
  return (event.key.length === 1 && !event.altKey) || EDITING_KEYS.has(event.key);
}

export interface CodePosition {
  line: number;
  column: number;
}

/**
 * The line and column under a point of the static code (one `.cell__static-line` span
 * per line), read from the text itself, so the editor's different gutter cannot shift it.
 */
function positionInStaticCode(target: HTMLElement, x: number, y: number): CodePosition | undefined {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode;
  const lineElement =
    node instanceof Element ? node.closest(".cell__static-line") : node?.parentElement?.closest(".cell__static-line");
  if (!caret || !lineElement || !target.contains(lineElement)) return undefined;
  const line = Array.from(target.querySelectorAll(".cell__static-line")).indexOf(lineElement);
  return { line, column: node instanceof Text ? caret.offset : 0 };
}

/** Collects a static code block's editing input until the editor takes over. */
export class EarlyKeys {
  readonly inputs: EarlyInput[] = [];
  /** Where the reader last pressed the pointer in the static code (0-based line and column). */
  at: CodePosition | undefined;

  /** Listens on the static code; `active()` says whether the editor is still missing. */
  capture(target: HTMLElement, active: () => boolean): void {
    target.addEventListener("pointerdown", (event) => {
      if (active()) this.at = positionInStaticCode(target, event.clientX, event.clientY);
    });
    target.addEventListener("keydown", (event) => {
      if (!active() || event.isComposing || event.defaultPrevented || !isEditingKey(event)) return;
      event.preventDefault();
      this.inputs.push({ key: event });
    });
    target.addEventListener("paste", (event) => {
      if (!active()) return;
      event.preventDefault();
      this.inputs.push({ text: event.clipboardData?.getData("text/plain") ?? "" });
    });
  }

  /** Hands over (and forgets) what was collected. */
  take(): { inputs: EarlyInput[]; at?: CodePosition } {
    const taken = { inputs: this.inputs.splice(0), at: this.at };
    this.at = undefined;
    return taken;
  }
}
