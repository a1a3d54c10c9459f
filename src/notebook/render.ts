/**
 * The output area under a cell: log lines, tables, charts, verdicts, a progress bar with
 * the time left, and errors that name the reader's line.
 *
 * Everything a cell sends is put on the page as text (`textContent`), never as HTML,
 * except chart SVG, which goes through `sanitizeChart` first and then into a shadow root
 * of its own.
 */
import { t } from "../i18n";
import type { CellError } from "./errors";
import type { OutputItem, Progress } from "./protocol";
import type { TableData } from "./format";
import { formatDuration as formatSeconds } from "../site/duration";

/** A cell's run time in milliseconds for people: "120 ms", "4.2 s", "2 min 05 s" (the site's one formatter). */
export const formatDuration = (ms: number): string => formatSeconds(ms / 1000, { fine: true });

/**
 * Time left from the time so far and the fraction done, assuming a steady pace.
 *
 * @example
 * estimateRemaining(30_000, 0.25); // 90000
 */
export function estimateRemaining(elapsedMs: number, fraction: number): number | undefined {
  if (!(fraction > 0) || !(elapsedMs >= 0)) return undefined;
  return (elapsedMs * (1 - Math.min(1, fraction))) / fraction;
}

/** What the output area shows for one cell; one instance per cell. */
export class OutputView {
  private progressBox: HTMLElement | undefined;
  private omittedNote: HTMLElement | undefined;
  /** "After the run ended:", above output made after the run (a timer's console.log). */
  private lateNote: HTMLElement | undefined;
  private lateOmittedNote: HTMLElement | undefined;
  private startedAt = 0;

  constructor(
    readonly element: HTMLElement,
    private readonly cellNumber: () => number,
  ) {}

  clear(): void {
    this.element.replaceChildren();
    this.progressBox = undefined;
    this.omittedNote = undefined;
    this.lateNote = undefined;
    this.lateOmittedNote = undefined;
  }

  /** Starts a run: empties the area and starts the clock for time-left estimates. */
  start(now: number): void {
    this.clear();
    this.startedAt = now;
  }

  append(items: readonly OutputItem[]): void {
    const fragment = document.createDocumentFragment();
    for (const item of items) fragment.append(this.renderItem(item));
    this.element.append(fragment);
  }

  /** Output made after the run ended, below a note that says so (once per run). */
  appendLate(items: readonly OutputItem[], omitted?: number): void {
    if (!this.lateNote) {
      this.lateNote = this.line("note");
      this.lateNote.classList.add("cell-out__late");
      this.lateNote.textContent = t("cell.lateOutput");
      this.element.append(this.lateNote);
    }
    const fragment = document.createDocumentFragment();
    for (const item of items) {
      const rendered = this.renderItem(item);
      rendered.dataset.late = "";
      fragment.append(rendered);
    }
    this.element.append(fragment);
    if (omitted) {
      this.lateOmittedNote ??= this.line("note");
      this.lateOmittedNote.textContent = t("cell.omitted", { count: omitted });
      this.element.append(this.lateOmittedNote);
    }
  }

  /** Shows or updates the "… N more lines" note (0 removes it). */
  setOmitted(count: number): void {
    if (count <= 0) {
      this.omittedNote?.remove();
      this.omittedNote = undefined;
      return;
    }
    this.omittedNote ??= this.line("note");
    this.omittedNote.textContent = t("cell.omitted", { count });
    this.element.append(this.omittedNote); // keep it after the lines kept so far
  }

  setProgress({ fraction, label }: Progress, now: number): void {
    if (!this.progressBox) {
      this.progressBox = document.createElement("div");
      this.progressBox.className = "cell-out__progress";
      const text = document.createElement("span");
      text.className = "cell-out__progress-label";
      const bar = document.createElement("progress");
      bar.max = 1;
      const time = document.createElement("span");
      time.className = "cell-out__progress-time";
      this.progressBox.append(text, bar, time);
      this.element.prepend(this.progressBox);
    }
    const [text, bar, time] = Array.from(this.progressBox.children) as [HTMLElement, HTMLProgressElement, HTMLElement];
    const percent = `${Math.round(fraction * 100)}%`;
    text.textContent = label ? `${label} · ${percent}` : percent;
    bar.value = fraction;
    bar.setAttribute("aria-label", label ?? t("cell.progress"));
    const elapsed = now - this.startedAt;
    const remaining = fraction < 1 ? estimateRemaining(elapsed, fraction) : undefined;
    time.textContent =
      remaining === undefined
        ? t("cell.elapsed", { time: formatDuration(elapsed) })
        : t("cell.timeLeft", { time: formatDuration(remaining) });
  }

  /** Ends the time-left estimate (keeps the bar where it stopped). */
  stopProgress(): void {
    const time = this.progressBox?.querySelector(".cell-out__progress-time");
    if (time) time.textContent = "";
  }

  /** A plain notice, e.g. "Stopped…". */
  note(text: string, kind: "note" | "warn" = "note"): void {
    const line = this.line(kind);
    line.textContent = text;
    this.element.append(line);
  }

  /**
   * Shows an error. `otherCellTitle` is set when the error points into another cell.
   * `onGoTo` puts the editor's cursor on the line. Returns the error element (its id is
   * what the editor's aria-describedby points at).
   */
  error(error: CellError, options: { id: string; otherCellTitle?: string; onGoTo?: () => void }): HTMLElement {
    const box = document.createElement("div");
    box.className = "cell-out__error";
    box.id = options.id;
    const message = document.createElement("p");
    const vars = { name: error.name, message: error.message, line: error.line ?? 0, column: error.column ?? 0 };
    if (error.line === undefined) message.textContent = t("cell.error.plain", vars);
    else if (options.otherCellTitle)
      message.textContent = t("cell.error.atOther", { ...vars, cell: options.otherCellTitle });
    else message.textContent = t("cell.error.at", vars);
    box.append(message);
    if (error.line !== undefined && options.onGoTo) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cell-out__goto";
      button.textContent = t("cell.error.goto", { line: error.line });
      button.addEventListener("click", options.onGoTo);
      box.append(button);
    }
    this.element.append(box);
    return box;
  }

  private line(kind: string): HTMLElement {
    const line = document.createElement("div");
    line.className = `cell-out__line cell-out__line--${kind}`;
    return line;
  }

  private renderItem(item: OutputItem): HTMLElement {
    switch (item.kind) {
      case "text": {
        const line = this.line(item.level);
        line.textContent = item.text;
        return line;
      }
      case "table":
        return renderTable(item.table);
      case "plot":
        return this.renderPlot(item.svg);
      case "verdict": {
        const box = document.createElement("div");
        box.className = `cell-out__verdict cell-out__verdict--${item.ok ? "pass" : "fail"}`;
        const head = document.createElement("strong");
        head.textContent = t(item.ok ? "cell.check.pass" : "cell.check.fail", { label: item.label });
        box.append(head);
        if (item.detail) {
          const detail = document.createElement("span");
          detail.textContent = " " + item.detail;
          box.append(detail);
        }
        return box;
      }
    }
  }

  private renderPlot(markup: string): HTMLElement {
    const box = document.createElement("div");
    box.className = "cell-out__plot";
    box.setAttribute("role", "img");
    box.setAttribute("aria-label", t("cell.chart", { n: this.cellNumber() }));
    // The chart lives in its own shadow root: its style rules apply to it alone, and the
    // box's CSS containment (cell-output.css) clips it and anchors even `position: fixed` inside.
    // The sanitiser (DOMPurify) loads with the first chart, not with every page.
    void import("./sanitize").then(({ sanitizeChart }) => {
      const root = box.attachShadow({ mode: "open" });
      const { fragment, sheet } = sanitizeChart(markup, window);
      root.adoptedStyleSheets = [chartBaseSheet(), sheet];
      root.append(fragment);
      // A text alternative: Plot's own aria-label or title when the cell set one.
      const named = root.querySelector("svg")?.getAttribute("aria-label") ?? root.querySelector("h2")?.textContent;
      if (named) box.setAttribute("aria-label", named);
      // The box is the image; what is inside is drawing, not content to read.
      for (const child of Array.from(root.children)) child.setAttribute("aria-hidden", "true");
    });
    return box;
  }
}

let baseSheet: CSSStyleSheet | undefined;

/** What the page's CSS did for charts, now that the page's CSS cannot reach inside. */
function chartBaseSheet(): CSSStyleSheet {
  if (baseSheet) return baseSheet;
  baseSheet = new CSSStyleSheet();
  baseSheet.replaceSync(
    "svg { max-width: 100%; height: auto; } h2, h3 { margin: 0 0 0.3rem; font-size: 0.95rem; } figure { margin: 0; } a { color: inherit; }",
  );
  return baseSheet;
}

/** A table with its shape as caption; "…" cells are marked so CSS can centre them. */
export function renderTable(data: TableData): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "cell-out__table";
  const caption = document.createElement("figcaption");
  const [rows, cols] = data.shape;
  const shape =
    data.source === "tensor" ? t("cell.tensorCaption", { rows, cols }) : t("cell.tableCaption", { rows, cols });
  caption.textContent = data.label ? `${data.label} · ${shape}` : shape;
  const scroller = document.createElement("div");
  scroller.className = "cell-out__scroll";
  const table = document.createElement("table");
  const body = document.createElement("tbody");
  for (const row of data.rows) {
    const tr = document.createElement("tr");
    for (const cell of row) {
      const td = document.createElement("td");
      td.textContent = cell;
      if (cell === "…") td.className = "is-ellipsis";
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  scroller.append(table);
  figure.append(caption, scroller);
  return figure;
}
