/**
 * What the optimizer explorer says and draws of a computed run: the status line, the
 * caption (the chart's text alternative), the hyperparameters in words, and the part of a
 * path worth drawing. Plain functions of an ExplorerResult (explorer-model.ts).
 */
import type { Landscape, OptimizerForm, Point, Trajectory } from "kobai";
import { t, tCount } from "../../../../src/i18n";
import { joinSentences } from "../../../../src/i18n/sentences";
import { formatNumber } from "../../../../src/plot/text";
import { OPTIMIZERS, type OptimizerName } from "./optimizer-specs";
import { divergedAt } from "./run-status";
import type { ExplorerResult, ExplorerSettings } from "./explorer-model";

/** " Diverged at step N." after a ghost path's sentence, or "". */
function ghostDiverged(landscape: Landscape, run: Trajectory): string {
  const step = divergedAt(landscape, run);
  return step === undefined ? "" : ` ${t("opt.status.diverged", { step })}`;
}

const fmtPoint = (p: Point) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`;

/**
 * A sentence for when not one point of the run lies inside the chart's view (a start typed
 * far outside it), so the chart draws no path at all; "" otherwise. It goes in the status
 * line, where the reader looks when the picture seems empty.
 *
 * @example
 * offViewText(computeExplorer({ ...sgdSettings, x0: 10000, y0: -10000 }));
 * // "None of this path is inside the chart (x from −10 to 10, y from −10 to 10), so none of it is drawn: …"
 */
export function offViewText(result: ExplorerResult): string {
  const { run, landscape } = result;
  const { x, y } = landscape.view;
  const inView = (p: Point) => p[0] >= x[0] && p[0] <= x[1] && p[1] >= y[0] && p[1] <= y[1];
  if (run.points.some(inView)) return "";
  return t("opt.status.offView", {
    x0: formatNumber(x[0]),
    x1: formatNumber(x[1]),
    y0: formatNumber(y[0]),
    y1: formatNumber(y[1]),
  });
}

/** The status line's sentence. */
export function statusText(result: ExplorerResult): {
  message: string;
  tone: "info" | "success" | "warning" | "error";
} {
  const word = statusWord(result);
  const offView = offViewText(result);
  if (!offView) return word;
  return { message: `${word.message} ${offView}`, tone: word.tone === "error" ? "error" : "warning" };
}

/** What the run did, in one sentence. */
function statusWord(result: ExplorerResult): { message: string; tone: "info" | "success" | "warning" | "error" } {
  const { status, run } = result;
  const steps = tCount("count.steps", run.points.length - 1);
  const f = formatNumber(run.losses[run.points.length - 1]);
  switch (status.kind) {
    case "diverged":
      return { message: t("opt.status.diverged", { step: status.step }), tone: "error" };
    case "converged":
      return {
        message: t("opt.status.converged", {
          target: t(status.target.kind === "local minimum" ? "opt.target.local" : "opt.target.global"),
          step: status.from,
        }),
        tone: "success",
      };
    case "oscillating":
      return { message: t("opt.status.oscillating", { axis: status.axis, f, steps }), tone: "warning" };
    case "stalled":
      return { message: t("opt.status.stalled", { length: formatNumber(status.lastStep), f, steps }), tone: "warning" };
    case "rising":
      return { message: t("opt.status.rising", { f0: formatNumber(run.losses[0]), f, steps }), tone: "warning" };
    case "moving":
      return { message: t("opt.status.moving", { f, steps }), tone: "info" };
  }
}

/** The optimizer's name with its form, e.g. "Momentum (book form)". */
export function runName(name: OptimizerName, form: OptimizerForm): string {
  return OPTIMIZERS[name].formsDiffer ? t(form === "book" ? "opt.name.book" : "opt.name.pytorch", { name }) : name;
}

/**
 * A hyperparameter for the caption: formatNumber's short form, unless that rounds the value
 * away (β₂ = 0.999 must not read "1.0"); then up to 4 significant digits.
 *
 * @example
 * formatHyper(0.9);   // "0.90"
 * formatHyper(0.999); // "0.999"
 */
export function formatHyper(v: number): string {
  const short = formatNumber(v);
  if (!Number.isFinite(v) || v === 0 || Math.abs(Number(short.replace(/−/g, "-")) - v) <= 1e-9 * Math.abs(v))
    return short;
  return String(Number(v.toPrecision(4))).replace(/-/g, "−");
}

/** The settings in words, e.g. "η = 0.95, μ = 0.9". */
export function hyperSummary(s: ExplorerSettings): string {
  return OPTIMIZERS[s.optimizer].hypers
    .filter((k) => k !== "weightDecay" || s.weightDecay > 0)
    .map((k) =>
      t(`opt.sym.${k}` as "opt.sym.lr", {
        value:
          k === "alpha" || k === "beta1" || k === "beta2" || k === "momentum" ? formatHyper(s[k]) : formatNumber(s[k]),
      }),
    )
    .join(", ");
}

/**
 * The text alternative of the chart: the run from start to end (or to where it diverged),
 * the status, the step on show, and each ghost's end point.
 */
export function captionText(result: ExplorerResult, k: number): string {
  const { run, settings: s, landscape } = result;
  const steps = run.points.length - 1;
  const last = run.points[steps];
  const parts = [
    t("opt.caption.run", {
      name: runName(s.optimizer, s.form),
      hypers: hyperSummary(s),
      landscape: t(`opt.landscape.${landscape.id}` as "opt.landscape.book"),
      steps: tCount("count.steps", steps),
      start: fmtPoint(run.points[0]),
      end: fmtPoint(last),
      f: formatNumber(run.losses[steps]),
    }),
    statusText(result).message,
  ];
  const shown = Math.min(k, steps);
  if (shown < steps)
    parts.push(
      t("opt.caption.at", { k: shown, point: fmtPoint(run.points[shown]), f: formatNumber(run.losses[shown]) }),
    );
  for (const g of result.ghosts) {
    const n = g.run.points.length - 1;
    parts.push(
      t(g.kind === "sgd" ? "opt.caption.ghostSgd" : "opt.caption.ghostForm", {
        name: g.kind === "sgd" ? "SGD" : runName(s.optimizer, s.form === "book" ? "pytorch" : "book"),
        end: fmtPoint(g.run.points[n]),
        f: formatNumber(g.run.losses[n]),
        steps: tCount("count.steps", n),
      }) + ghostDiverged(landscape, g.run),
    );
  }
  return joinSentences(parts);
}

/**
 * The part of a path worth drawing: the points up to the first one far outside the view
 * (beyond `margin` view-widths), then the point where that segment crosses the far box, so
 * the last segment keeps its direction. A diverging run's 1e8-sized coordinates would
 * otherwise reach the SVG as huge numbers (slow to clip, slow for screen readers' tools).
 *
 * @example
 * drawablePoints([[0, 0], [0, 1e9]], bookBowl); // [[0, 0], [0, 50]] (view ±10, margin 2)
 */
export function drawablePoints(points: readonly Point[], landscape: Landscape, margin = 2): Point[] {
  const { x, y } = landscape.view;
  const w = x[1] - x[0],
    h = y[1] - y[0];
  const box = { x0: x[0] - margin * w, x1: x[1] + margin * w, y0: y[0] - margin * h, y1: y[1] + margin * h };
  const inside = (p: Point) => p[0] >= box.x0 && p[0] <= box.x1 && p[1] >= box.y0 && p[1] <= box.y1;
  const out: Point[] = [];
  for (const p of points) {
    if (inside(p)) {
      out.push(p);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev) {
      // Largest t in (0, 1] with prev + t·(p − prev) still in the box.
      const dx = p[0] - prev[0],
        dy = p[1] - prev[1];
      let t = 1;
      if (dx > 0) t = Math.min(t, (box.x1 - prev[0]) / dx);
      if (dx < 0) t = Math.min(t, (box.x0 - prev[0]) / dx);
      if (dy > 0) t = Math.min(t, (box.y1 - prev[1]) / dy);
      if (dy < 0) t = Math.min(t, (box.y0 - prev[1]) / dy);
      out.push([prev[0] + t * dx, prev[1] + t * dy]);
    }
    break;
  }
  return out;
}

/** How a landscape is drawn under a run (the explorer and every comparison panel alike): its function, name, view and minimum. */
export function landscapeContour(landscape: Landscape) {
  return {
    f: landscape.value,
    fnLabel: t(`opt.fn.${landscape.id}` as "opt.fn.book"),
    x: landscape.view.x,
    y: landscape.view.y,
    minimum: landscape.minimum?.point,
  };
}
