/**
 * The perceptron playground's logic, without a DOM: the four gates, the book's weights,
 * the truth table a perceptron produces (computed by the core's `Perceptron`, i.e. a
 * `Linear` and a `Step`), and the geometry of dragging its decision line
 *
 *   w₁x₁ + w₂x₂ + b = 0
 *
 * either by a handle (the line turns about the other handle; |w| and the side that
 * outputs 1 are kept) or by its body (the line slides: only b changes).
 */
import { Perceptron, Tensor, datasets, type Dataset } from "kobai";

export const GATES = ["and", "or", "nand", "xor"] as const;
export type Gate = (typeof GATES)[number];

/** The chart's view of the input plane: the four inputs with room around them. */
export const VIEW = { x: [-0.5, 1.5] as [number, number], y: [-0.5, 1.5] as [number, number] };

/** Range of the weight and bias sliders (a drag is clamped to it). */
export const WEIGHT_RANGE = 2;
export const BIAS_RANGE = 3;

/** w₁, w₂ and b. */
export interface Weights {
  w1: number;
  w2: number;
  b: number;
}

/** The book's hand-set weights (2.3.1, 2.3.3). XOR has none: no single perceptron computes it. */
export const BOOK_WEIGHTS: Record<Exclude<Gate, "xor">, Weights> = {
  and: { w1: 0.5, w2: 0.5, b: -0.7 },
  nand: { w1: -0.5, w2: -0.5, b: 0.7 },
  or: { w1: 0.5, w2: 0.5, b: -0.2 },
};

/** The data set of a gate (core `datasets`), inputs in truth-table order. */
export function gateData(gate: Gate): Dataset {
  return datasets[gate]();
}

/** One row of the truth table a perceptron produces. */
export interface TruthRow {
  x: [number, number];
  /** a = b + w₁x₁ + w₂x₂ */
  sum: number;
  /** y = h(a) */
  output: number;
  target: number;
  correct: boolean;
}

/** A core perceptron with these weights. */
export function perceptronOf(w: Weights): Perceptron {
  return new Perceptron([w.w1, w.w2], w.b);
}

/**
 * The perceptron's truth table on a gate's four inputs, from one forward pass of the core.
 *
 * @example
 * truthTable(BOOK_WEIGHTS.and, "and").map((r) => r.output); // [0, 0, 0, 1]
 */
export function truthTable(w: Weights, gate: Gate): TruthRow[] {
  const { x, y } = gateData(gate);
  const p = perceptronOf(w);
  const sums = p.weightedSum(x).data;
  const outputs = p.forward(x).data;
  return x.toArray().map((row, i) => ({
    x: [row[0], row[1]] as [number, number],
    sum: sums[i],
    output: outputs[i],
    target: y[i],
    correct: outputs[i] === y[i],
  }));
}

/** The class (0 or 1) the perceptron gives each point: what `decisionRegions` shades. */
export function predictGrid(w: Weights): (points: readonly (readonly [number, number])[]) => ArrayLike<number> {
  const p = perceptronOf(w);
  return (points) => p.forward(Tensor.from(points.map((q) => [q[0], q[1]]))).data;
}

type Point = [number, number];

/** Where the line w·x + b = 0 crosses the view, or undefined (zero weights, or off the view). */
export function segmentInView(w: Weights): [Point, Point] | undefined {
  const [w1, w2] = [w.w1, w.w2];
  if (w1 === 0 && w2 === 0) return undefined;
  const hits: Point[] = [];
  const [x0, x1] = VIEW.x;
  const [y0, y1] = VIEW.y;
  if (w2 !== 0)
    for (const x of [x0, x1]) {
      const y = -(w1 * x + w.b) / w2;
      if (y >= y0 && y <= y1) hits.push([x, y]);
    }
  if (w1 !== 0)
    for (const y of [y0, y1]) {
      const x = -(w2 * y + w.b) / w1;
      if (x >= x0 && x <= x1) hits.push([x, y]);
    }
  let best: [Point, Point] | undefined;
  let far = -1;
  for (let i = 0; i < hits.length; i++)
    for (let j = i + 1; j < hits.length; j++) {
      const d = (hits[i][0] - hits[j][0]) ** 2 + (hits[i][1] - hits[j][1]) ** 2;
      if (d > far) ((far = d), (best = [hits[i], hits[j]]));
    }
  return far > 1e-12 ? best : undefined;
}

/** The two drag handles: 20% and 80% of the way along the visible part of the line. */
export function handlesOf(w: Weights): [Point, Point] | undefined {
  const seg = segmentInView(w);
  if (!seg) return undefined;
  const at = (t: number): Point => [seg[0][0] + t * (seg[1][0] - seg[0][0]), seg[0][1] + t * (seg[1][1] - seg[0][1])];
  return [at(0.2), at(0.8)];
}

const round = (v: number, digits = 2) => Number(v.toFixed(digits)) + 0;
const clamp = (v: number, r: number) => Math.min(r, Math.max(-r, v));

/**
 * The weights of the line through p and q, keeping |w| and the side that outputs 1 (the
 * new normal points the same way as the old one). Rounded to 0.01 for the sliders.
 *
 * @example
 * weightsThrough([0, 0.4], [0.4, 0], { w1: 0.5, w2: 0.5, b: -0.7 }); // ≈ { w1: 0.5, w2: 0.5, b: −0.2 }
 */
export function weightsThrough(p: Point, q: Point, old: Weights): Weights | undefined {
  const d: Point = [q[0] - p[0], q[1] - p[1]];
  const len = Math.hypot(d[0], d[1]);
  if (len < 1e-6) return undefined;
  let n: Point = [-d[1] / len, d[0] / len];
  if (n[0] * old.w1 + n[1] * old.w2 < 0) n = [-n[0], -n[1]];
  const size = Math.min(WEIGHT_RANGE, Math.hypot(old.w1, old.w2) || 1);
  const w1 = round(n[0] * size);
  const w2 = round(n[1] * size);
  return { w1, w2, b: round(clamp(-(w1 * p[0] + w2 * p[1]), BIAS_RANGE)) };
}

/** Slides the line by `delta` (data units): w stays, b ← b − w·delta. */
export function translate(w: Weights, delta: Point): Weights {
  return { ...w, b: round(clamp(w.b - (w.w1 * delta[0] + w.w2 * delta[1]), BIAS_RANGE)) };
}

/** What a pointer at `p` grabs: a handle (0 or 1), the line, or nothing. Distances in data units. */
export function hitTest(
  w: Weights,
  p: Point,
  tolerance: { handle: number; line: number },
): "handle0" | "handle1" | "line" | undefined {
  const handles = handlesOf(w);
  if (!handles) return undefined;
  const dist = (a: Point) => Math.hypot(a[0] - p[0], a[1] - p[1]);
  if (dist(handles[0]) <= tolerance.handle) return "handle0";
  if (dist(handles[1]) <= tolerance.handle) return "handle1";
  const norm = Math.hypot(w.w1, w.w2);
  const off = Math.abs(w.w1 * p[0] + w.w2 * p[1] + w.b) / norm;
  return off <= tolerance.line ? "line" : undefined;
}
