/**
 * A cell's code on the page: the static <pre> that CodeCell.astro renders, until CodeMirror
 * replaces it (once) when the cell comes near the viewport, or is clicked, focused or run.
 * Keys typed into the static code meanwhile are kept (early-keys.ts) and typed into the
 * editor once it exists, at the place the reader clicked; Shift/Ctrl+Enter runs from either.
 */
import type { CellEditor, EditorOptions } from "./editor";
import { EarlyKeys } from "./early-keys";

/** What the editor is created with, apart from its place and text (asked for at mount time). */
export type EditorSettings = Omit<EditorOptions, "parent" | "doc" | "onChange">;

export class LazyEditor {
  private code_: string;
  private editor_: CellEditor | undefined;
  private mounting: Promise<CellEditor> | undefined;
  private readonly earlyKeys = new EarlyKeys();
  private readonly observer: IntersectionObserver;

  /**
   * @param box      where the editor goes (the cell's editor part)
   * @param staticCode the static code, replaced by the editor
   * @param settings the editor's label, hint, run key and type help
   * @param onChange called with the code on every edit in the editor
   */
  constructor(
    near: Element,
    private readonly box: HTMLElement,
    private readonly staticCode: HTMLElement,
    code: string,
    private readonly settings: () => EditorSettings,
    private readonly onChange: (code: string) => void,
  ) {
    this.code_ = code;
    this.showStatic(code);
    staticCode.addEventListener("pointerdown", () => void this.mount());
    staticCode.addEventListener("focus", () => void this.mount());
    staticCode.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.shiftKey || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.settings().onRun();
      }
    });
    this.earlyKeys.capture(staticCode, () => !this.editor_);
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.mount();
      },
      { rootMargin: "400px 0px" },
    );
    this.observer.observe(near);
  }

  /** The editor, once mounted. */
  get editor(): CellEditor | undefined {
    return this.editor_;
  }

  code(): string {
    return this.editor_?.getCode() ?? this.code_;
  }

  /** Shows other code (a reset, a share link, another tab's edit) in the editor or the static code. */
  setCode(code: string): void {
    this.code_ = code;
    if (this.editor_) this.editor_.setCode(code);
    else this.showStatic(code);
  }

  /**
   * Mounts CodeMirror in place of the static code (once). If the reader was already in
   * the static code (focused, clicked or typing), the editor takes focus at the same
   * place and types what they typed meanwhile, all in one go so no key falls between.
   */
  mount(): Promise<CellEditor> {
    this.mounting ??= Promise.all([import("./editor"), import("./early-keys-replay")]).then(
      ([{ createEditor }, { replayEarlyInput }]) => {
        this.observer.disconnect();
        const box = this.box;
        const readerWasHere = document.activeElement === this.staticCode || this.earlyKeys.inputs.length > 0;
        // Keep the cell's height while the editor replaces the static code (nothing below moves).
        box.style.minHeight = `${box.offsetHeight}px`;
        const editor = createEditor({
          ...this.settings(),
          parent: box,
          doc: this.code_,
          onChange: (code) => {
            this.code_ = code;
            this.onChange(code);
          },
        });
        this.staticCode.remove();
        this.editor_ = editor;
        const { inputs, at } = this.earlyKeys.take();
        if (readerWasHere) {
          editor.view.focus();
          replayEarlyInput(editor.view, inputs, at);
        }
        requestAnimationFrame(() => (box.style.minHeight = ""));
        return editor;
      },
    );
    return this.mounting;
  }

  private showStatic(code: string): void {
    const pre = this.staticCode.querySelector("code");
    if (!pre) return;
    const lines = code.split("\n").map((text) => {
      const span = document.createElement("span");
      span.className = "cell__static-line";
      span.textContent = text;
      return span;
    });
    pre.replaceChildren(...lines.flatMap((line, i) => (i === 0 ? [line] : [document.createTextNode("\n"), line])));
  }
}
