/**
 * The optimizer's state drawn at the current point, in data coordinates:
 *
 *   Momentum, Nesterov   the velocity as the displacement it carries: −η·v in PyTorch's form
 *                        (v is in gradient units there), v itself in the book's (v is a step)
 *   AdaGrad, RMSProp     an ellipse with semi-axes proportional to each axis's step size
 *                        η/(√h + ε): wide along an axis that still moves freely, thin along
 *                        one whose gradients have been large
 *   Adam, AdamW          the same ellipse from η/(√v̂ + ε), and an arrow along −m̂ (the
 *                        averaged direction)
 *
 * Ellipses and m̂ arrows have no natural length on the chart, so they are scaled once per
 * run (from step 1) to a tenth of the view: the scale stays fixed while scrubbing, so the
 * reader sees them shrink or grow. The scale is reported, for the caption.
 */
import * as Plot from "@observablehq/plot";
import type { Landscape, OptimizerForm, Point } from "kobai";
import { seriesClass } from "../../../../src/plot/theme";
import type { Hypers, OptimizerName } from "./optimizer-specs";

export interface Overlay {
  /** Arrows from the current point: `vector` in data units. */
  arrows: { kind: "velocity" | "direction"; vector: Point }[];
  /** Semi-axes of the step-size ellipse around the current point, in data units. */
  ellipse?: Point;
  /** The factor the ellipse was drawn at (data units per unit of η/(√h + ε)). */
  ellipseScale?: number;
}

/** A tenth of the smaller side of the view. */
function displayLength(landscape: Landscape): number {
  return 0.1 * Math.min(landscape.view.x[1] - landscape.view.x[0], landscape.view.y[1] - landscape.view.y[0]);
}

/**
 * What to draw at step k.
 *
 * @example
 * const run = runOptimizer(bookBowl, Momentum, { lr: 0.1 });
 * overlayAt("Momentum", "pytorch", { lr: 0.1, … }, bookBowl, run.states, 1).arrows[0].vector; // −0.1·v₁ = [0.07, −0.4]
 */
export function overlayAt(
  name: OptimizerName,
  form: OptimizerForm,
  hypers: Hypers,
  landscape: Landscape,
  states: readonly Record<string, Point>[],
  k: number,
): Overlay {
  const state = states[k];
  const out: Overlay = { arrows: [] };
  if (!state || k === 0) return out;
  if (state.velocity) {
    const v = state.velocity;
    out.arrows.push({
      kind: "velocity",
      vector: form === "book" ? [v[0], v[1]] : [-hypers.lr * v[0], -hypers.lr * v[1]],
    });
  }
  if (state.effectiveLr && states[1]?.effectiveLr) {
    const ref = Math.max(...states[1].effectiveLr.map(Math.abs));
    if (ref > 0 && Number.isFinite(ref)) {
      const scale = displayLength(landscape) / ref;
      out.ellipse = [scale * state.effectiveLr[0], scale * state.effectiveLr[1]];
      out.ellipseScale = scale;
    }
  }
  if (state.mHat && states[1]?.mHat) {
    const ref = Math.hypot(...states[1].mHat);
    if (ref > 0 && Number.isFinite(ref)) {
      const scale = displayLength(landscape) / ref;
      out.arrows.push({ kind: "direction", vector: [-scale * state.mHat[0], -scale * state.mHat[1]] });
    }
  }
  return out;
}

/** Plot marks for an overlay at `at`, in series 0's colour, clipped to the frame. */
export function overlayMarks(overlay: Overlay, at: Point): Plot.Markish[] {
  const className = seriesClass(0);
  const marks: Plot.Markish[] = [];
  if (overlay.ellipse) {
    const [rx, ry] = overlay.ellipse;
    const ring = Array.from({ length: 65 }, (_, i) => {
      const a = (i / 64) * 2 * Math.PI;
      return { x: at[0] + rx * Math.cos(a), y: at[1] + ry * Math.sin(a) };
    });
    marks.push(
      Plot.line(ring, {
        x: "x",
        y: "y",
        stroke: "currentColor",
        strokeWidth: 1.25,
        strokeDasharray: "4 3",
        className,
        clip: true,
      }),
    );
    marks.push(
      Plot.link(
        [
          { x1: at[0] - rx, x2: at[0] + rx, y1: at[1], y2: at[1] },
          { x1: at[0], x2: at[0], y1: at[1] - ry, y2: at[1] + ry },
        ],
        {
          x1: "x1",
          x2: "x2",
          y1: "y1",
          y2: "y2",
          stroke: "currentColor",
          strokeOpacity: 0.7,
          className,
          clip: true,
        },
      ),
    );
  }
  const arrows = overlay.arrows.filter(
    (a) => a.vector.every(Number.isFinite) && (a.vector[0] !== 0 || a.vector[1] !== 0),
  );
  for (const kind of ["velocity", "direction"] as const) {
    const these = arrows.filter((a) => a.kind === kind);
    if (these.length === 0) continue;
    marks.push(
      Plot.arrow(
        these.map((a) => ({ x1: at[0], y1: at[1], x2: at[0] + a.vector[0], y2: at[1] + a.vector[1] })),
        {
          x1: "x1",
          y1: "y1",
          x2: "x2",
          y2: "y2",
          stroke: "currentColor",
          strokeWidth: 2.5,
          headLength: 9,
          className,
          clip: true,
          strokeDasharray: kind === "direction" ? "5 3" : undefined,
        },
      ),
    );
  }
  // The current point: a larger ring, so a scrubbed position stands out.
  marks.push(
    Plot.dot([{ x: at[0], y: at[1] }], {
      x: "x",
      y: "y",
      r: 7,
      stroke: "currentColor",
      strokeWidth: 2.5,
      fill: "none",
      className,
      clip: true,
    }),
  );
  return marks;
}
