/**
 * The normalisation panel of 6.3 (one batch through the core's BatchNorm):
 *
 *   a = x · W + b            x ~ 𝒩(0, 1): N × 20,  W: 20 × 4,  b: 1 × 4       (4 units' pre-activations)
 *   training:  μ_B, σ²_B over the N rows;  x̂ = (a − μ_B)/√(σ²_B + ε);  y = γ x̂ + β
 *   eval:      the same with the running μ, σ² instead of μ_B, σ²_B
 *
 * The layer (W, b) is fixed, with units of different means and spreads, so that the
 * normalisation has something to do. The running statistics are what 50 earlier training
 * batches of 32 rows left behind (the same for every N, like a trained network's), so in
 * eval mode a row's output never depends on the rest of its batch. In training mode with
 * N = 1, PyTorch's form refuses (the unbiased variance divides by N − 1 = 0) and the book's
 * form gives μ_B = a, σ²_B = 0, x̂ = 0: every output is β.
 */
import { BatchNorm, Tensor, createRng, matmul, add } from "kobai";

export const UNITS = 4;
export const INPUTS = 20;
/** Batches of 32 rows that train the running statistics before the shown batch. */
export const WARMUP_BATCHES = 50;
export const WARMUP_SIZE = 32;
/** Each unit's weight scale and bias: spreads of about 0.22, 1.8, 0.67 and 3.6 around 2, −1, 0.5, 4. */
const UNIT_STD = [0.05, 0.4, 0.15, 0.8];
const UNIT_BIAS = [2, -1, 0.5, 4];

export type Mode = "training" | "eval";
export type Form = "pytorch" | "book";

export interface PanelOptions {
  batch: number;
  gamma?: number;
  beta?: number;
  mode?: Mode;
  form?: Form;
  seed?: number;
}

/** Per-unit numbers of the panel. */
export interface UnitStats {
  unit: number;
  /** Mean and (biased) std of a over the batch. */
  meanBefore: number;
  stdBefore: number;
  /** μ_B and biased σ²_B (the batch's, whatever the mode). */
  batchMean: number;
  batchVar: number;
  /** The running statistics the eval mode uses. */
  runningMean: number;
  runningVar: number;
  /** Mean and std of y over the batch (NaN when there is no output). */
  meanAfter: number;
  stdAfter: number;
}

export interface PanelResult {
  before: Tensor;
  /** null when the core refused the batch (see `error`). */
  after: Tensor | null;
  error?: string;
  units: UnitStats[];
}

/** The fixed layer: W (20 × 4), b (1 × 4). */
function layer(): { W: Tensor; b: Tensor } {
  const rng = createRng(2024);
  const W = Tensor.randn(INPUTS, UNITS, { rng });
  for (let i = 0; i < INPUTS; i++) for (let j = 0; j < UNITS; j++) W.set(i, j, W.get(i, j) * UNIT_STD[j]);
  return { W, b: Tensor.from([UNIT_BIAS]) };
}

/**
 * N rows of pre-activations from the fixed layer (seeded).
 *
 * @example
 * preActivations(8, 0).shape; // [8, 4]
 */
export function preActivations(rows: number, seed: number): Tensor {
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`the batch size must be a positive integer, got ${rows}`);
  const { W, b } = layer();
  return add(matmul(Tensor.randn(rows, INPUTS, { rng: createRng(seed) }), W), b);
}

/** A BatchNorm whose running statistics have seen WARMUP_BATCHES training batches. */
export function warmedBatchNorm(form: Form): BatchNorm {
  const bn = new BatchNorm(UNITS, { form });
  for (let k = 0; k < WARMUP_BATCHES; k++) bn.forward(preActivations(WARMUP_SIZE, 100_000 + k));
  return bn;
}

function columnStats(t: Tensor, j: number): { mean: number; std: number } {
  let s = 0,
    s2 = 0;
  for (let i = 0; i < t.rows; i++) {
    const v = t.get(i, j);
    s += v;
    s2 += v * v;
  }
  const mean = s / t.rows;
  return { mean, std: Math.sqrt(Math.max(0, s2 / t.rows - mean * mean)) };
}

/**
 * Normalises one batch with the core's BatchNorm and measures it.
 *
 * @example
 * const r = bnPanel({ batch: 16, gamma: 2, beta: 1 });
 * r.units[0].meanAfter; // 1 (= β), r.units[0].stdAfter ≈ 2 (= γ)
 */
export function bnPanel(options: PanelOptions): PanelResult {
  const { batch, gamma = 1, beta = 0, mode = "training", form = "pytorch", seed = 0 } = options;
  const before = preActivations(batch, seed);
  const bn = warmedBatchNorm(form);
  bn.gamma.value.data.fill(gamma);
  bn.beta.value.data.fill(beta);
  const runningMean = Array.from(bn.runningMean.data),
    runningVar = Array.from(bn.runningVar.data);
  let after: Tensor | null = null;
  let error: string | undefined;
  try {
    after = bn.forward(before, { training: mode === "training" });
  } catch (e) {
    error = (e as Error).message;
  }
  const units: UnitStats[] = [];
  for (let j = 0; j < UNITS; j++) {
    const b = columnStats(before, j);
    const a = after ? columnStats(after, j) : { mean: NaN, std: NaN };
    units.push({
      unit: j + 1,
      meanBefore: b.mean,
      stdBefore: b.std,
      batchMean: b.mean,
      batchVar: b.std * b.std,
      runningMean: runningMean[j],
      runningVar: runningVar[j],
      meanAfter: a.mean,
      stdAfter: a.std,
    });
  }
  return { before, after, error, units };
}
