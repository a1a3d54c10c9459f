/**
 * The page's "Predict, then run" prompts (components/Predict.astro) as the live room sees
 * them: numbered in page order, committed predictions read from them, the room's tally
 * drawn into them on the presenter's page.
 */
import { t } from "../i18n";
import type { Tally } from "./follow-model";
import type { Prediction } from "./protocol";

const SVG = "http://www.w3.org/2000/svg";

/** Every prompt on the page, in order: its index is its name in the room. */
export function pagePrompts(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>("section.predict"));
}

function optionLabels(box: HTMLElement): string[] {
  return Array.from(
    box.querySelectorAll<HTMLInputElement>("input[type=radio]"),
    (radio) => radio.dataset.label ?? radio.value,
  );
}

/** Calls `commit(index, prediction)` whenever the reader picks a choice or finishes a sketch. */
export function watchCommits(commit: (index: number, prediction: Prediction) => void): void {
  pagePrompts().forEach((box, index) => {
    const current: Prediction = {};
    box.addEventListener("change", (event) => {
      const radio = event.target;
      if (!(radio instanceof HTMLInputElement) || radio.type !== "radio") return;
      current.choice = Number(radio.value);
      commit(index, { ...current });
    });
    const svg = box.querySelector<SVGSVGElement>("[data-predict-sketch]");
    const path = svg?.querySelector<SVGPathElement>("[data-sketch-path]");
    svg?.addEventListener("pointerup", () => {
      const d = path?.getAttribute("d") ?? "";
      if (d.length < 4) return;
      current.sketch = d;
      commit(index, { ...current });
    });
  });
}

/** Calls `revealed(index)` when the presenter reveals a prompt on their own page. */
export function watchReveals(revealed: (index: number) => void): void {
  pagePrompts().forEach((box, index) => {
    box.querySelector("[data-predict-reveal]")?.addEventListener("click", () => revealed(index));
    const details = box.querySelector<HTMLDetailsElement>(":scope > details.predict__answer");
    details?.addEventListener("toggle", () => details.open && revealed(index));
  });
}

/** Adds the tally box to every committed prompt (presenter); returns a function that redraws one. */
export function tallyViews(onRevealAll: (index: number) => void): (index: number, tally: Tally) => void {
  const template = document.querySelector<HTMLTemplateElement>("[data-room-tally-template]");
  const views = new Map<number, HTMLElement>();
  pagePrompts().forEach((box, index) => {
    if (!template || !box.hasAttribute("data-predict-commit") || box.querySelector("[data-room-tally]")) return;
    const view = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    view.querySelector("[data-room-reveal]")!.addEventListener("click", () => onRevealAll(index));
    box.querySelector(".predict__reveal")?.before(view);
    views.set(index, view);
  });
  return (index, tally) => {
    const view = views.get(index);
    if (!view) return;
    const box = view.closest<HTMLElement>("section.predict")!;
    view.querySelector("[data-room-tally-counts]")!.textContent = t("room.tallyCounts", {
      committed: tally.committed,
      followers: tally.followers,
    });
    const list = view.querySelector<HTMLElement>("[data-room-tally-options]")!;
    const labels = optionLabels(box);
    list.replaceChildren(
      ...labels.map((option, i) => {
        const item = document.createElement("li");
        const share = tally.followers > 0 ? tally.counts[i] / tally.followers : 0;
        item.style.setProperty("--share", String(share));
        item.textContent = t("room.tallyOption", { option, n: tally.counts[i] ?? 0 });
        return item;
      }),
    );
    const sketchNote = view.querySelector<HTMLElement>("[data-room-tally-sketches]")!;
    const svg = box.querySelector<SVGSVGElement>("[data-predict-sketch]");
    sketchNote.hidden = !svg;
    if (!svg) return;
    sketchNote.textContent = t("room.tallySketches", { n: tally.sketches.length });
    let layer = svg.querySelector<SVGGElement>("g[data-room-sketches]");
    if (!layer) {
      layer = document.createElementNS(SVG, "g");
      layer.setAttribute("data-room-sketches", "");
      svg.querySelector("[data-sketch-path]")?.before(layer);
    }
    layer.replaceChildren(
      ...tally.sketches.map((d) => {
        const path = document.createElementNS(SVG, "path");
        path.setAttribute("d", d);
        path.setAttribute("class", "room-sketch");
        return path;
      }),
    );
  };
}

/**
 * After a reveal on the presenter's page: the group's overlaid sketches go beside the answer
 * (with the presenter's own, if any), where a reader's sketch goes, rather than away with
 * the drawing tools.
 */
export function keepGroupSketches(box: HTMLElement): void {
  const svg = box.querySelector<SVGSVGElement>("[data-predict-sketch]");
  const slot = box.querySelector<HTMLElement>("[data-predict-sketch-beside]");
  const sketches = svg?.querySelectorAll("g[data-room-sketches] path").length ?? 0;
  if (!svg || !slot || sketches === 0) return;
  const own = (svg.querySelector("[data-sketch-path]")?.getAttribute("d") ?? "").length >= 4;
  slot.hidden = false;
  if (!slot.contains(svg)) slot.append(svg);
  box.querySelector("[data-predict-sketch-tools]")?.remove();
  const caption = slot.querySelector("figcaption");
  if (caption) caption.textContent = t(own ? "room.sketchesWithYours" : "room.sketchesOfGroup", { n: sketches });
}
