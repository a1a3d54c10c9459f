/**
 * `<kobai-notebook-toolbar>`: "Run all" and "Restart" for the page's cells.
 *
 * CodeCell.astro renders one before the first cell of a page; if a page somehow has cells
 * and no toolbar, one is inserted before the first cell.
 */
import { t } from "../i18n";
import { notebookOfPage } from "./notebook";

export class KobaiNotebookToolbar extends HTMLElement {
  private built = false;

  connectedCallback(): void {
    if (this.built) return;
    this.built = true;
    const notebook = notebookOfPage();
    this.setAttribute("role", "group");
    this.setAttribute("aria-label", t("notebook.toolbar"));
    this.classList.add("notebook-toolbar");

    // CodeCell.astro renders the buttons at build time; build them if it did not.
    if (!this.querySelector('[data-action="run-all"]')) {
      const runAll = button(t("notebook.runAll"), "run-all");
      const restart = button(t("notebook.restart"), "restart");
      restart.title = t("notebook.restartHint");
      const status = document.createElement("span");
      status.className = "notebook-toolbar__status";
      status.setAttribute("role", "status");
      this.replaceChildren(runAll, restart, status);
    }
    const runAll = this.querySelector<HTMLButtonElement>('[data-action="run-all"]')!;
    const restart = this.querySelector<HTMLButtonElement>('[data-action="restart"]')!;
    const status = this.querySelector<HTMLElement>(".notebook-toolbar__status")!;

    runAll.addEventListener("click", () => {
      status.textContent = "";
      notebook.runAll();
    });
    restart.addEventListener("click", () => {
      notebook.restart();
      status.textContent = t("notebook.restarted");
    });
  }
}

function button(label: string, action: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.dataset.action = action;
  element.textContent = label;
  return element;
}

/** Makes sure the page has a notebook toolbar, inserting one before `firstCell` if not. */
export function ensureNotebookToolbar(firstCell: HTMLElement): void {
  if (document.querySelector("kobai-notebook-toolbar")) return;
  firstCell.before(document.createElement("kobai-notebook-toolbar"));
}

if (!customElements.get("kobai-notebook-toolbar"))
  customElements.define("kobai-notebook-toolbar", KobaiNotebookToolbar);
