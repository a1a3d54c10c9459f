/**
 * `<kobai-cell>`: a code cell on the page (markup from components/CodeCell.astro).
 *
 * The code is on the page from the start as a static <pre>; CodeMirror replaces it when
 * the cell comes near the viewport (or is clicked, focused or run). The cell saves every
 * edit (storage.ts), opens share links (share.ts), and hands runs to the page's notebook
 * (notebook.ts), showing what comes back in its output area (render.ts).
 */
import { t } from "../i18n";
import { browserStorage } from "../site/storage";
import { copyOrSelect } from "../site/clipboard";
import { notebookOfPage, type NotebookCell } from "./notebook";
import { OutputView, formatDuration } from "./render";
import { EditStore } from "./storage";
import { isDamagedShareHash, shareUrl } from "./share";
import { CellEdits } from "./cell-edits";
import type { CellEditor } from "./editor";
import type { CellError } from "./errors";
import type { FromWorker } from "./protocol";
import { ensureNotebookToolbar } from "./toolbar-element";
import { EarlyKeys } from "./early-keys";

const storage = browserStorage(); // null when storage is disabled: edits last until the page closes

export class KobaiCell extends HTMLElement implements NotebookCell {
  private readonly notebook = notebookOfPage();
  private edits!: CellEdits;
  private original = "";
  private code_ = "";
  private editor: CellEditor | undefined;
  private mounting: Promise<CellEditor> | undefined;
  private output!: OutputView;
  private hasRun = false;
  private lateErrors = 0;
  private readonly earlyKeys = new EarlyKeys();
  private observer: IntersectionObserver | undefined;

  get cellId(): string {
    return this.dataset.cellId ?? "";
  }

  get element(): HTMLElement {
    return this;
  }

  get cellTitle(): string {
    return this.dataset.title ?? "";
  }

  connectedCallback(): void {
    if (this.output) return; // moved in the DOM: already set up
    this.original = Array.from(this.querySelectorAll(".cell__static-line"), (line) => line.textContent ?? "").join(
      "\n",
    );
    this.output = new OutputView(this.partOf("output"), () => this.notebook.numberOf(this));
    this.notebook.register(this);
    ensureNotebookToolbar(this);

    this.edits = new CellEdits(
      {
        cellId: this.cellId,
        original: this.original,
        code: () => this.code(),
        show: (code) => this.setCode(code),
        part: (name) => this.partOf(name),
        refresh: () => this.updateModified(),
      },
      new EditStore(storage, location.pathname),
      location.pathname,
    );
    this.code_ = this.edits.start();
    this.showStatic(this.code_);
    this.updateModified();
    this.edits.watchOtherTabs(window);

    this.button("run").addEventListener("click", () => this.run());
    this.button("stop").addEventListener("click", () => this.stop());
    this.button("reset").addEventListener("click", () => this.askReset());
    this.button("share").addEventListener("click", () => void this.share());
    const staticCode = this.partOf("static");
    staticCode.addEventListener("pointerdown", () => void this.mount());
    staticCode.addEventListener("focus", () => void this.mount());
    staticCode.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.shiftKey || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.run();
      }
    });
    this.earlyKeys.capture(staticCode, () => !this.editor);

    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.mount();
      },
      { rootMargin: "400px 0px" },
    );
    this.observer.observe(this);

    this.partOf("output").setAttribute("aria-label", t("cell.output", { n: this.notebook.numberOf(this) }));
    this.dataset.ready = "";
    void this.openLink().then(() => {
      if (this.edits.notice !== "shared" && this.dataset.autorun !== undefined) this.run();
    });
    // A link pasted while the page is open changes only the hash: open it all the same.
    window.addEventListener("hashchange", () => void this.openLink());
  }

  /** Opens a share link in the hash, if it names this cell; the first cell reports a link no cell can open. */
  private async openLink(): Promise<void> {
    const hash = location.hash;
    if (this.notebook.cells[0] === this) {
      // All cells are connected by the next task.
      setTimeout(() => {
        if (
          isDamagedShareHash(
            hash,
            this.notebook.cells.map((cell) => cell.cellId),
          )
        ) {
          this.edits.damaged();
          this.scrollIntoView({ block: "start" });
        }
      });
    }
    await this.edits.openShareLink(hash);
    if (this.edits.notice === "shared" || this.edits.notice === "damaged") this.scrollIntoView({ block: "start" });
  }

  // ── NotebookCell ────────────────────────────────────────────────────────────────

  code(): string {
    return this.editor?.getCode() ?? this.code_;
  }

  plotWidth(): number {
    // The output area may be hidden while empty; the cell is as wide, less its padding.
    return Math.max(240, this.clientWidth - 32);
  }

  onQueued(): void {
    this.setStatus(t("cell.status.waiting"), "waiting");
    this.button("stop").disabled = false;
  }

  onStart(): void {
    this.hasRun = true;
    this.output.start(performance.now());
    this.partOf("output").setAttribute("aria-busy", "true");
    this.editor?.clearError();
    for (const cell of this.notebook.cells)
      if (cell !== this && cell instanceof KobaiCell) cell.clearErrorFrom(this.cellId);
    this.setStatus(t("cell.status.running"), "running");
    this.button("stop").disabled = false;
  }

  onOutput(message: Extract<FromWorker, { type: "output" }>): void {
    this.output.append(message.items);
    if (message.progress) this.output.setProgress(message.progress, performance.now());
    if (message.omitted !== undefined) this.output.setOmitted(message.omitted);
  }

  onLateOutput(message: Extract<FromWorker, { type: "output" }>): void {
    this.output.appendLate(message.items, message.omitted);
  }

  onDone(ms: number): void {
    this.finishRun(t("cell.status.done", { time: formatDuration(ms) }), "done");
    if (this.partOf("output").childElementCount === 0) this.output.note(t("cell.noOutput"));
  }

  onFailed(error: CellError, ms: number): void {
    this.finishRun(t("cell.status.failed", { time: formatDuration(ms) }), "failed");
    this.showError(error, `${this.cellId}-error`);
  }

  onLateError(error: CellError): void {
    this.showError(
      { ...error, message: t("cell.error.late", { message: error.message }) },
      `${this.cellId}-late-error-${++this.lateErrors}`,
    );
  }

  /** Shows an error under this cell and marks its line in the cell it points at. */
  private showError(error: CellError, id: string): void {
    const target = error.cellId && error.cellId !== this.cellId ? this.notebook.find(error.cellId) : this;
    const targetCell = target instanceof KobaiCell ? target : undefined;
    this.output.error(error, {
      id,
      otherCellTitle: targetCell && targetCell !== this ? targetCell.cellTitle || targetCell.cellId : undefined,
      onGoTo:
        targetCell && error.line !== undefined ? () => void targetCell.goTo(error.line!, error.column) : undefined,
    });
    if (targetCell && error.line !== undefined) void targetCell.markError(error.line, error.message, id, this.cellId);
    // Run runs despite type errors; when it fails on a line with one, say so (src/notebook/types).
    const typeError = error.line !== undefined ? targetCell?.editor?.typeErrorOn(error.line) : undefined;
    if (typeError) this.output.note(t("types.ranIntoTypeError", { line: error.line!, message: typeError }), "warn");
  }

  onStopped(): void {
    this.finishRun(t("cell.status.stopped"), "stopped");
    this.output.note(t("cell.stopped"), "warn");
  }

  onCancelled(reason: "earlierFailed" | "stopped" | "restarted"): void {
    this.setStatus(this.hasRun ? "" : t("cell.status.idle"), "idle");
    this.button("stop").disabled = true;
    if (reason === "earlierFailed") this.output.note(t("cell.cancelled"), "warn");
  }

  onRestarted(): void {
    if (this.hasRun) this.setStatus(t("cell.restarted"), "idle");
  }

  // ── editing ───────────────────────────────────────────────────────────────────

  /**
   * Mounts CodeMirror in place of the static code (once). If the reader was already in
   * the static code (focused, clicked or typing), the editor takes focus at the same
   * place and types what they typed meanwhile, all in one go so no key falls between.
   */
  mount(): Promise<CellEditor> {
    this.mounting ??= Promise.all([import("./editor"), import("./early-keys-replay")]).then(
      ([{ createEditor }, { replayEarlyInput }]) => {
        this.observer?.disconnect();
        const box = this.partOf("editor");
        const staticCode = this.partOf("static");
        const readerWasHere = document.activeElement === staticCode || this.earlyKeys.inputs.length > 0;
        // Keep the cell's height while the editor replaces the static code (nothing below moves).
        box.style.minHeight = `${box.offsetHeight}px`;
        const n = this.notebook.numberOf(this);
        const editor = createEditor({
          parent: box,
          doc: this.code_,
          label: this.cellTitle ? t("cell.label", { n, title: this.cellTitle }) : t("cell.labelUntitled", { n }),
          describedBy: this.partOf("hint").id,
          onChange: (code) => this.edited(code),
          onRun: () => this.run(),
          types: {
            cellId: this.cellId,
            cells: () => this.notebook.cells.map((cell) => ({ id: cell.cellId, code: cell.code() })),
          },
        });
        staticCode.remove();
        this.editor = editor;
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

  private edited(code: string): void {
    this.code_ = code;
    this.edits.edited(code);
    this.updateModified();
  }

  private setCode(code: string): void {
    this.code_ = code;
    if (this.editor) this.editor.setCode(code);
    else this.showStatic(code);
  }

  private showStatic(code: string): void {
    const pre = this.querySelector(".cell__static code");
    if (!pre) return;
    const lines = code.split("\n").map((text) => {
      const span = document.createElement("span");
      span.className = "cell__static-line";
      span.textContent = text;
      return span;
    });
    pre.replaceChildren(...lines.flatMap((line, i) => (i === 0 ? [line] : [document.createTextNode("\n"), line])));
  }

  private updateModified(): void {
    const modified = this.code() !== this.original;
    this.partOf("modified").hidden = !modified;
    this.toggleAttribute("data-modified", modified);
    this.button("reset").disabled = !modified || this.edits.notice === "shared";
  }

  // ── run, stop, errors ─────────────────────────────────────────────────────────

  run(): void {
    if (this.notebook.stateOf(this) !== "idle") return;
    this.notebook.run(this);
  }

  private stop(): void {
    const state = this.notebook.stateOf(this);
    if (state === "running") this.notebook.stop();
    else if (state === "queued") this.notebook.unqueue(this);
  }

  private finishRun(status: string, kind: string): void {
    this.partOf("output").removeAttribute("aria-busy");
    this.output.stopProgress();
    this.setStatus(status, kind);
    this.button("stop").disabled = true;
  }

  /** Marks an error line in this cell (an error may come from a later cell's run). */
  async markError(line: number, message: string, describedBy: string, fromCellId: string): Promise<void> {
    const editor = await this.mount();
    editor.markError(line, t("cell.error.line", { message }), describedBy);
    this.dataset.errorFrom = fromCellId;
  }

  clearErrorFrom(cellId: string): void {
    if (this.dataset.errorFrom !== cellId) return;
    this.editor?.clearError();
    delete this.dataset.errorFrom;
  }

  async goTo(line: number, column?: number): Promise<void> {
    const editor = await this.mount();
    editor.focusAt(line, column);
  }

  private setStatus(text: string, kind: string): void {
    const status = this.partOf("status");
    status.textContent = text;
    status.dataset.kind = kind;
  }

  // ── reset ─────────────────────────────────────────────────────────────────────

  private askReset(): void {
    if (this.code() === this.original) return;
    const dialog = this.querySelector<HTMLDialogElement>(".cell__confirm")!;
    dialog.returnValue = "";
    dialog.addEventListener(
      "close",
      () => {
        if (dialog.returnValue === "reset") this.reset();
        this.button("reset").focus();
      },
      { once: true },
    );
    dialog.showModal();
  }

  private reset(): void {
    this.edits.reset();
    this.updateModified();
  }

  // ── sharing ───────────────────────────────────────────────────────────────────

  private async share(): Promise<void> {
    const url = await shareUrl(location.href, this.cellId, this.code());
    const box = this.partOf("share");
    const input = box.querySelector("input")!;
    const message = box.querySelector(".cell__share-message")!;
    box.hidden = false;
    message.textContent = (await copyOrSelect(url, input)) ? t("cell.share.copied") : t("cell.share.manual");
  }

  // ── parts ─────────────────────────────────────────────────────────────────────

  private partOf(name: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(`[data-part="${name}"]`);
    if (!element) throw new Error(`<kobai-cell id="${this.cellId}">: missing part "${name}"`);
    return element;
  }

  private button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  }
}

if (!customElements.get("kobai-cell")) customElements.define("kobai-cell", KobaiCell);
