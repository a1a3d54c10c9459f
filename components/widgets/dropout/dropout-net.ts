/**
 * A small network with dropout, for watching which units drop (『ゼロから作る』 6.4.3, 図6-22):
 *
 *   x (1 × 4) → Linear(4, 6) → ReLU → Dropout(p) → Linear(6, 6) → ReLU → Dropout(p) → Linear(6, 2)
 *
 * Every step is a real training-mode forward pass of kobai's layers; the masks drawn are
 * the core's `Dropout.lastMask` (1 = kept, 0 = dropped). The weights come from one seeded
 * generator and the masks from another, so step k with seed s is the same picture in
 * every browser: the state at step k is rebuilt by running k forward passes.
 *
 *   inverted (PyTorch):  training  h ← h ⊙ m / (1 − p)      inference  h ← h
 *   the book's form:     training  h ← h ⊙ m                inference  h ← h · (1 − p)
 */
import { createRng, Dropout, Linear, ReLU, Sequential, Tensor, type Layer } from "kobai";

/** Units per layer: input, two hidden layers, output. */
export const SIZES = [4, 6, 6, 2] as const;
/** The input the widget feeds (one sample of four features). */
export const INPUT: readonly number[] = [0.8, -0.5, 1.2, 0.3];
/** The most steps a link may ask for (each is one forward pass of a 4-6-6-2 net). */
export const MAX_STEP = 10_000;

/** What the widget draws for one forward pass. */
export interface NetState {
  /** Forward passes so far (1 = the first). */
  step: number;
  p: number;
  inverted: boolean;
  training: boolean;
  /** Values of every layer's units: input, hidden 1 and hidden 2 (after dropout and scaling), output. */
  values: number[][];
  /** Per hidden layer: 1 = kept, 0 = dropped (all 1 at inference). */
  masks: number[][];
  /** What kept units are multiplied by: 1/(1 − p) (inverted, training), 1 − p (book, inference) or 1. */
  scale: number;
}

/** The network for a seed and ratio (weights from `seed`, masks from a second stream). */
export function buildNet(seed: number, p: number, inverted: boolean): { net: Sequential; drops: Dropout[] } {
  const init = createRng(seed);
  const masks = createRng(seed + 0x9e37);
  const drops = [new Dropout(p, { rng: masks, inverted }), new Dropout(p, { rng: masks, inverted })];
  const layers: Layer[] = [
    new Linear(SIZES[0], SIZES[1], { rng: init }),
    new ReLU(),
    drops[0],
    new Linear(SIZES[1], SIZES[2], { rng: init }),
    new ReLU(),
    drops[1],
    new Linear(SIZES[2], SIZES[3], { rng: init }),
  ];
  // Hidden biases of 0.5 keep most ReLUs on, so the picture shows values being scaled, not zeros.
  for (const layer of layers)
    if (layer instanceof Linear && layer.bias.value.cols !== SIZES[3]) layer.bias.value.data.fill(0.5);
  return { net: new Sequential(layers), drops };
}

/**
 * The state after `step` forward passes (in training mode), or the inference pass.
 *
 * @example
 * netState({ seed: 0, p: 0.5, inverted: true, step: 1 }).masks; // [[1, 0, …], […]]
 */
export function netState(options: {
  seed: number;
  p: number;
  inverted: boolean;
  step: number;
  training?: boolean;
}): NetState {
  const { seed, p, inverted, training = true } = options;
  const step = Math.max(1, Math.min(MAX_STEP, Math.floor(options.step)));
  if (!(p >= 0 && p < 1)) throw new Error(`dropout ratio p must be in [0, 1), got ${p}`);
  const { net, drops } = buildNet(seed, p, inverted);
  const x = Tensor.from([[...INPUT]]);
  // Earlier steps only advance the mask generator (their outputs are not shown).
  for (let k = 1; k < step; k++) net.forward(x, { training: true });
  const values: number[][] = [[...INPUT]];
  let h = x;
  for (const layer of net.layers) {
    h = layer.forward(h, { training });
    if (layer instanceof Dropout || layer === net.layers[net.layers.length - 1]) values.push(Array.from(h.data));
  }
  const masks = training ? drops.map((d) => Array.from(d.lastMask!.data)) : drops.map(() => Array(SIZES[1]).fill(1));
  const scale = training ? (inverted ? 1 / (1 - p) : 1) : inverted ? 1 : 1 - p;
  return { step, p, inverted, training, values, masks, scale };
}

/** Indices (from 1) of the dropped units of each hidden layer. */
export function droppedUnits(state: NetState): number[][] {
  return state.masks.map((mask) => mask.flatMap((m, i) => (m === 0 ? [i + 1] : [])));
}

/** A node of the drawing. */
export interface Node {
  layer: number;
  unit: number;
  x: number;
  y: number;
  value: number;
  dropped: boolean;
}

/** An edge between two nodes; `live` is false when either end is dropped. */
export interface Edge {
  from: Node;
  to: Node;
  live: boolean;
}

/**
 * Where each unit and edge goes in a width × height drawing (layers left to right).
 *
 * @example
 * layout(state, 560, 300).nodes.length; // 18
 */
export function layout(state: NetState, width: number, height: number): { nodes: Node[]; edges: Edge[] } {
  const margin = { x: 48, y: 26 };
  const nodes: Node[][] = SIZES.map((size, layer) =>
    Array.from({ length: size }, (_, unit) => ({
      layer,
      unit,
      x: margin.x + (layer * (width - 2 * margin.x)) / (SIZES.length - 1),
      y: margin.y + ((unit + 0.5) * (height - 2 * margin.y)) / size,
      value: state.values[layer][unit],
      dropped: layer === 1 || layer === 2 ? state.masks[layer - 1][unit] === 0 : false,
    })),
  );
  const edges: Edge[] = [];
  for (let l = 0; l + 1 < nodes.length; l++) {
    for (const from of nodes[l])
      for (const to of nodes[l + 1]) edges.push({ from, to, live: !from.dropped && !to.dropped });
  }
  return { nodes: nodes.flat(), edges };
}
