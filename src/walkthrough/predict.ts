/**
 * "Predict, then run" with a commitment: a <Predict options={…}> prompt keeps its reveal
 * button disabled until a guess is chosen, then says whether the guess matched; a
 * <Predict sketch={…}> prompt asks for a drawn curve (or an explicit skip) first, and
 * shows the sketch beside the revealed answer. Markup from components/Predict.astro.
 */
import { fill } from "./template";

/** The sentences after a reveal, rendered by the server from src/i18n (Predict.astro). */
export interface VerdictStrings {
  /** "Your guess was right: {choice}." */
  matched: string;
  /** "Your guess was “{choice}”; the answer is “{correct}”." */
  missed: string;
}

/**
 * The verdict after a reveal (pure).
 *
 * @example
 * guessVerdict(["grows", "shrinks"], 1, 1, strings); // { matched: true, text: "Your guess was right: shrinks." }
 */
export function guessVerdict(
  options: readonly string[],
  chosen: number,
  correct: number | undefined,
  strings: VerdictStrings,
): { matched: boolean | undefined; text: string } {
  if (correct === undefined || correct < 0 || correct >= options.length) return { matched: undefined, text: "" };
  const matched = chosen === correct;
  return {
    matched,
    text: matched
      ? fill(strings.matched, { choice: options[chosen] })
      : fill(strings.missed, { choice: options[chosen], correct: options[correct] }),
  };
}

/**
 * A drawn polyline from pointer positions in the SVG's coordinates (pure).
 *
 * @example
 * sketchPath([[0, 10], [5, 8]]); // "M0,10L5,8"
 */
export function sketchPath(points: readonly (readonly [number, number])[]): string {
  return points
    .map(([x, y], i) => `${i === 0 ? "M" : "L"}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`)
    .join("");
}

function setUpSketch(root: HTMLElement, ready: () => void): { hasSketch(): boolean; drawing(): SVGSVGElement | null } {
  const svg = root.querySelector<SVGSVGElement>("[data-predict-sketch]");
  if (!svg) return { hasSketch: () => true, drawing: () => null };
  const path = svg.querySelector<SVGPathElement>("[data-sketch-path]")!;
  let points: [number, number][] = [];
  let drawing = false;
  let skipped = false;
  const toLocal = (event: PointerEvent): [number, number] => {
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    return [
      ((event.clientX - box.left) / box.width) * view.width,
      ((event.clientY - box.top) / box.height) * view.height,
    ];
  };
  svg.addEventListener("pointerdown", (event) => {
    drawing = true;
    svg.setPointerCapture(event.pointerId);
    points = [toLocal(event)];
    path.setAttribute("d", sketchPath(points));
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drawing) return;
    points.push(toLocal(event));
    path.setAttribute("d", sketchPath(points));
  });
  const finish = () => {
    if (!drawing) return;
    drawing = false;
    if (points.length > 1) ready();
  };
  svg.addEventListener("pointerup", finish);
  svg.addEventListener("pointercancel", finish);
  root.querySelector("[data-predict-sketch-clear]")?.addEventListener("click", () => {
    points = [];
    path.setAttribute("d", "");
  });
  root.querySelector("[data-predict-sketch-skip]")?.addEventListener("click", () => {
    skipped = true;
    ready();
  });
  return { hasSketch: () => skipped || points.length > 1, drawing: () => (points.length > 1 ? svg : null) };
}

/** Dispatched on a prompt to reveal its answer without a guess (the live room's "reveal to everyone"). */
export const REVEAL_EVENT = "kobai:reveal";

/** Reveals any prompt's answer: opens a plain prompt's details, or reveals a committed one. */
export function revealPrompt(box: HTMLElement): void {
  const details = box.querySelector<HTMLDetailsElement>(":scope > details.predict__answer");
  if (details) details.open = true;
  else box.dispatchEvent(new Event(REVEAL_EVENT));
}

/** Wires every committed prediction on the page. */
export function setUpPredictions(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>("[data-predict-commit]")) {
    const reveal = box.querySelector<HTMLButtonElement>("[data-predict-reveal]")!;
    const answer = box.querySelector<HTMLElement>("[data-predict-answer]")!;
    const hint = box.querySelector<HTMLElement>("[data-predict-hint]");
    const result = box.querySelector<HTMLElement>("[data-predict-result]")!;
    const radios = Array.from(box.querySelectorAll<HTMLInputElement>("input[type=radio]"));
    const options = radios.map((radio) => radio.dataset.label ?? radio.value);
    const correct = box.dataset.correct === undefined ? undefined : Number(box.dataset.correct);
    const chose = () => radios.length === 0 || radios.some((radio) => radio.checked);
    const sketch = setUpSketch(box, () => update());
    function update() {
      const ok = chose() && sketch.hasSketch();
      reveal.disabled = !ok || !answer.hidden;
      if (hint) hint.hidden = ok || !answer.hidden;
    }
    for (const radio of radios) radio.addEventListener("change", update);
    const show = (force: boolean) => {
      if (!answer.hidden) return;
      if (!force && (!chose() || !sketch.hasSketch())) return;
      answer.hidden = false;
      reveal.disabled = true;
      for (const radio of radios) radio.disabled = true;
      const chosen = radios.findIndex((radio) => radio.checked);
      if (chosen >= 0) {
        const verdict = guessVerdict(options, chosen, correct, {
          matched: box.dataset.matched ?? "",
          missed: box.dataset.missed ?? "",
        });
        result.textContent = verdict.text;
        if (verdict.matched !== undefined) result.dataset.matched = String(verdict.matched);
      }
      const drawn = sketch.drawing();
      const slot = box.querySelector<HTMLElement>("[data-predict-sketch-beside]");
      if (drawn && slot) {
        // The sketch itself (a static drawing, not a widget) moves beside the answer.
        slot.hidden = false;
        slot.append(drawn);
        box.querySelector("[data-predict-sketch-tools]")?.remove();
      }
      answer.setAttribute("tabindex", "-1");
      if (!force) answer.focus();
      if (hint) hint.hidden = true;
      window.dispatchEvent(new Event("resize"));
    };
    reveal.addEventListener("click", () => show(false));
    // A live room's presenter reveals the answer on every follower's page (src/room/).
    box.addEventListener(REVEAL_EVENT, () => show(true));
    update();
  }
}
