/**
 * Messages where the reader is looking: a status line beside a chart ("diverged at
 * step 12", "oscillating") that screen readers announce politely, and an error line
 * tied to one control for bad input (aria-invalid + aria-describedby).
 */
import { docOf, h } from "./dom";

export type StatusTone = "info" | "success" | "warning" | "error";

export interface StatusLine {
  element: HTMLElement;
  /** Shows `message` (an empty string clears the line). */
  set(message: string, tone?: StatusTone): void;
  clear(): void;
  readonly message: string;
}

/** A `role="status"` line (aria-live polite). Put it next to the chart or control it talks about. */
export function createStatus(options: { document?: Document; id?: string } = {}): StatusLine {
  const doc = docOf(options.document);
  const element = h(doc, "p", { class: "kobai-status", role: "status", "aria-live": "polite", id: options.id });
  const line: StatusLine = {
    element,
    set(message, tone = "info") {
      element.textContent = message;
      element.setAttribute("data-tone", tone);
      element.hidden = message === "";
    },
    clear() {
      line.set("");
    },
    get message() {
      return element.textContent ?? "";
    },
  };
  line.clear();
  return line;
}

/**
 * A list of problems that must stay on show (each bad value of a link, say), one line
 * each, announced once. Unlike a status line, nothing the widget does later replaces it.
 */
export function createProblemList(messages: readonly string[], options: { document?: Document } = {}): HTMLElement {
  const doc = docOf(options.document);
  return h(
    doc,
    "div",
    { class: "kobai-problems", role: "status", "data-tone": "warning" },
    ...messages.map((m) => h(doc, "p", {}, m)),
  );
}

export interface ErrorLine {
  element: HTMLElement;
  show(message: string): void;
  clear(): void;
}

/**
 * An error line for one input: shown under it, linked with aria-describedby, and the
 * input marked aria-invalid while a message shows.
 */
export function attachErrorLine(input: HTMLElement, options: { document?: Document } = {}): ErrorLine {
  const doc = docOf(options.document);
  const id = `${input.id || "kobai-input"}-error`;
  const element = h(doc, "p", { class: "kobai-error", id, "data-tone": "error" });
  element.hidden = true;
  const described = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  if (!described.includes(id)) input.setAttribute("aria-describedby", [...described, id].join(" "));
  return {
    element,
    show(message) {
      element.textContent = message;
      element.hidden = false;
      input.setAttribute("aria-invalid", "true");
    },
    clear() {
      element.textContent = "";
      element.hidden = true;
      input.removeAttribute("aria-invalid");
    },
  };
}
