/**
 * "Print handout": the chapter on paper with its current charts. Live SVGs print as they
 * are; src/styles/print.css hides navigation and controls. Hidden answers stay hidden on
 * paper unless the reader asks to include them, which adds a class to <html> that
 * src/handout/handout.css uses to open every answer and solution for print only.
 */

/** On <html> while answers should print expanded. */
export const PRINT_EXPAND_CLASS = "print-expand-answers";
/** On <html> while printing a handout (e.g. for styles that only apply to handouts). */
export const PRINT_HANDOUT_CLASS = "print-handout";

/**
 * Prints the page; `expandAnswers` opens answers and solutions on paper.
 *
 * @example
 * printHandout({ expandAnswers: true });
 */
export function printHandout({ expandAnswers }: { expandAnswers: boolean }, win: Window = window): void {
  const restore = prepareHandout(win.document, { expandAnswers });
  win.addEventListener("afterprint", restore, { once: true });
  win.print();
}

/**
 * Readies the page for paper and returns the function that undoes it: marks <html>, and
 * with `expandAnswers` opens every closed answer, hint and solution (a closed <details>
 * does not render its content, whatever the CSS says) and unhides committed-prediction
 * answers.
 *
 * @example
 * const restore = prepareHandout(document, { expandAnswers: true });
 * // …print or make a PDF…
 * restore();
 */
export function prepareHandout(doc: Document, { expandAnswers }: { expandAnswers: boolean }): () => void {
  const root = doc.documentElement;
  root.classList.add(PRINT_HANDOUT_CLASS);
  root.classList.toggle(PRINT_EXPAND_CLASS, expandAnswers);
  const opened: HTMLDetailsElement[] = [];
  const shown: HTMLElement[] = [];
  if (expandAnswers) {
    for (const details of doc.querySelectorAll<HTMLDetailsElement>(".prose details:not([open])")) {
      details.open = true;
      opened.push(details);
    }
    for (const answer of doc.querySelectorAll<HTMLElement>("[data-predict-answer][hidden]")) {
      answer.hidden = false;
      shown.push(answer);
    }
  }
  return () => {
    root.classList.remove(PRINT_HANDOUT_CLASS);
    for (const details of opened) details.open = false;
    for (const answer of shown) answer.hidden = true;
  };
}
