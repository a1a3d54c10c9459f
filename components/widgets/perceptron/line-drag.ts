/**
 * Dragging the perceptron's decision line w₁x₁ + w₂x₂ + b = 0 on its chart: grabbing the line's
 * body slides it (b changes, the slope stays), grabbing one of its two handles turns it about
 * the other handle (model.ts computes the weights through two points). The cursor says which
 * one a press would grab. Pointer capture keeps the drag when the pointer leaves the chart.
 */
import { pointerToData } from "../../../src/plot";
import { listen } from "../../../src/widgets/dom";
import { handlesOf, hitTest, translate, weightsThrough, type Weights } from "./model";

type Drag = { kind: "line"; start: [number, number]; from: Weights } | { kind: "handle"; fixed: [number, number] };

export interface LineDragHooks {
  /** The weights on show now. */
  weights(): Weights;
  /** A drag begins (e.g. pause the learner). */
  start(): void;
  /** The weights the pointer now asks for. */
  move(next: Weights): void;
  /** The drag ended (e.g. write the URL once, not on every move). */
  end(): void;
}

/** How close, in pixels, a press must be to a handle (and 0.7 of it to the line) to grab it. */
const GRAB_PX = 14;

/** Makes the line in `slot`'s chart draggable; returns the function that stops listening. */
export function dragDecisionLine(slot: HTMLElement, hooks: LineDragHooks): () => void {
  let drag: Drag | undefined;
  const svgOf = () =>
    slot.querySelector<SVGSVGElement>("svg[data-perceptron-chart]") ?? slot.querySelector<SVGSVGElement>("svg");
  /** The data point under the pointer and what is within grabbing distance of it. */
  const under = (e: PointerEvent) => {
    const svg = svgOf();
    const p = svg && pointerToData(svg, e);
    const q = svg && pointerToData(svg, { clientX: e.clientX + GRAB_PX, clientY: e.clientY });
    if (!p || !q) return undefined;
    const px = Math.abs(q[0] - p[0]); // data units per GRAB_PX pixels
    return { p, hit: hitTest(hooks.weights(), p, { handle: px, line: px * 0.7 }) };
  };

  const down = (e: PointerEvent) => {
    const at = under(e);
    if (!at?.hit) return;
    e.preventDefault();
    hooks.start();
    const weights = hooks.weights();
    const handles = handlesOf(weights)!;
    drag =
      at.hit === "line"
        ? { kind: "line", start: at.p, from: { ...weights } }
        : { kind: "handle", fixed: at.hit === "handle0" ? handles[1] : handles[0] };
    slot.setPointerCapture?.(e.pointerId);
    slot.classList.add("pc-dragging");
  };
  const move = (e: PointerEvent) => {
    if (!drag) {
      const hit = under(e)?.hit;
      slot.style.cursor = hit === "line" ? "move" : hit ? "grab" : "";
      return;
    }
    const svg = svgOf();
    const p = svg && pointerToData(svg, e);
    if (!p) return;
    const next =
      drag.kind === "line"
        ? translate(drag.from, [p[0] - drag.start[0], p[1] - drag.start[1]])
        : weightsThrough(drag.fixed, p, hooks.weights());
    if (next) hooks.move(next);
  };
  const up = () => {
    if (!drag) return;
    drag = undefined;
    slot.classList.remove("pc-dragging");
    hooks.end();
  };

  return listen(slot, { pointerdown: down, pointermove: move, pointerup: up, pointercancel: up });
}
