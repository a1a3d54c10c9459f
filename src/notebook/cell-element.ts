/**
 * `<kobai-cell>`: a code cell on the page (markup from components/CodeCell.astro).
 *
 * The code is on the page from the start as a static <pre>; CodeMirror replaces it when
 * the cell comes near the viewport (or is clicked, focused or run: lazy-editor.ts). The
 * cell saves every edit (storage.ts), shares and opens links (cell-share-link.ts), and
 * hands runs to the page's notebook (notebook.ts), showing what comes back in its output
 * area (render.ts).
 */
import { t } from "../i18n";
import { browserStorage } from "../site/storage";
import { notebookOfPage, type NotebookCell } from "./notebook";
import { OutputView, formatDuration } from "./render";
import { EditStore } from "./storage";
import { openShareLink, shareCell } from "./cell-share-link";
import { CellEdits } from "./cell-edits";
import type { CellEditor } from "./editor";
import { LazyEditor, type EditorSettings } from "./lazy-editor";
import type { CellError } from "./errors";
import type { FromWorker } from "./protocol";
import { ensureNotebookToolbar } from "./toolbar-element";

const storage = browserStorage(); // null when storage is disabled: edits last until the page closes

export class KobaiCell extends HTMLElement implements NotebookCell {
  private readonly notebook = notebookOfPage();
  private edits!: CellEdits;
  private original = "";
  private codeView!: LazyEditor;
  private output!: OutputView;
  private hasRun = false;
  private lateErrors = 0;

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

    this.codeView = new LazyEditor(
      this,
      this.partOf("editor"),
      this.partOf("static"),
      this.original,
      () => this.editorSettings(),
      (code) => this.edited(code),
    );
    this.edits = new CellEdits(
      {
        cellId: this.cellId,
        original: this.original,
        code: () => this.code(),
        show: (code) => this.codeView.setCode(code),
        part: (name) => this.partOf(name),
        refresh: () => this.updateModified(),
      },
      new EditStore(storage, location.pathname),
      location.pathname,
    );
    this.codeView.setCode(this.edits.start());
    this.updateModified();
    this.edits.watchOtherTabs(window);

    this.button("run").addEventListener("click", () => this.run());
    this.button("stop").addEventListener("click", () => this.stop());
    this.button("reset").addEventListener("click", () => this.askReset());
    this.button("share").addEventListener(
      "click",
      () => void shareCell(this.cellId, this.code(), this.partOf("share")),
    );
    this.partOf("output").setAttribute("aria-label", t("cell.output", { n: this.notebook.numberOf(this) }));
    this.dataset.ready = "";
    void this.openLink().then(() => {
      if (this.edits.notice !== "shared" && this.dataset.autorun !== undefined) this.run();
    });
    // A link pasted while the page is open changes only the hash: open it all the same.
    window.addEventListener("hashchange", () => void this.openLink());
  }

  /** Opens a share link in the address, if it names this cell; the first cell reports a link no cell can open. */
  private openLink(): Promise<void> {
    const first = this.notebook.cells[0] === this;
    return openShareLink(this.edits, this, first ? () => this.notebook.cells.map((cell) => cell.cellId) : undefined);
  }

  // ── NotebookCell ────────────────────────────────────────────────────────────────

  code(): string {
    return this.codeView.code();
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
    this.codeView.editor?.clearError();
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
    const typeError = error.line !== undefined ? targetCell?.codeView.editor?.typeErrorOn(error.line) : undefined;
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

  /** Mounts the editor in place of the static code (once); a run or an error on this cell needs it. */
  mount(): Promise<CellEditor> {
    return this.codeView.mount();
  }

  /** The editor's accessible name and hint, its run key, and the notebook's cells for type help. */
  private editorSettings(): EditorSettings {
    const n = this.notebook.numberOf(this);
    return {
      label: this.cellTitle ? t("cell.label", { n, title: this.cellTitle }) : t("cell.labelUntitled", { n }),
      describedBy: this.partOf("hint").id,
      onRun: () => this.run(),
      types: {
        cellId: this.cellId,
        cells: () => this.notebook.cells.map((cell) => ({ id: cell.cellId, code: cell.code() })),
      },
    };
  }

  private edited(code: string): void {
    this.edits.edited(code);
    this.updateModified();
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
    this.codeView.editor?.clearError();
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
