/**
 * Dropout (『ゼロから作る』 6.4.3; Srivastava et al. 2014, https://jmlr.org/papers/v15/srivastava14a.html).
 * While training, each unit is kept with probability 1 − p (mask mₙⱼ = 1) or dropped (mₙⱼ = 0):
 *
 *   inverted (default, PyTorch):  training  y = x ⊙ m / (1 − p)      ∂L/∂x = ∂L/∂y ⊙ m / (1 − p)
 *                                 inference y = x                     ∂L/∂x = ∂L/∂y
 *   book (inverted: false):       training  y = x ⊙ m                 ∂L/∂x = ∂L/∂y ⊙ m
 *                                 inference y = x · (1 − p)           ∂L/∂x = ∂L/∂y · (1 − p)
 *
 * Both keep the expected value of a unit the same in training and inference: E[x ⊙ m] =
 * (1 − p)·x. The book scales down at inference; inverted dropout scales up while training
 * instead, so inference needs no change at all.
 *
 * The mask is drawn from the seeded generator (mₙⱼ = 1 when u ≥ p for a uniform u), so a
 * seed reproduces it. `holdMask = true` reuses the last mask instead of drawing a new one:
 * gradientCheck does this, because a numerical gradient compares forward passes that must
 * differ only in the nudged weight, not in which units were dropped.
 */
import { Tensor, shapeOf } from "../tensor";
import type { Parameter } from "../parameter";
import { defaultRng, type Rng } from "../random";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, checkNumberOption, checkOptionNames, savedForBackward } from "./checks";

/** Options of `new Dropout(p, options)`. @example new Dropout(0.5, { inverted: false, rng: createRng(0) }) // the book's form */
export interface DropoutOptions {
  /** The generator for the masks (default: the seeded default generator). */
  rng?: Rng;
  /** true (default): scale kept units by 1/(1 − p) while training. false: the book's form. */
  inverted?: boolean;
}

/** Drops each unit with probability p while training. @example new Dropout(0.2).forward(x) */
export class Dropout implements Layer {
  /** Probability of dropping a unit. */
  readonly p: number;
  readonly inverted: boolean;
  /** The mask of the last training forward pass (1 = kept, 0 = dropped), for widgets; null before. */
  lastMask: Tensor | null = null;
  /** When true, a training forward reuses `lastMask` (same shape) instead of drawing a new one. */
  holdMask = false;
  private readonly rng: Rng | undefined;
  /** The factor ∂y/∂x of the last forward: mask/(1 − p), mask, 1 or (1 − p). */
  private lastFactor: { mask: Tensor | null; scale: number } | null = null;

  /**
   * @example
   * const drop = new Dropout(0.5, { rng: createRng(0) });
   * drop.forward(Tensor.ones(2, 4));                      // about half 0, the rest 2
   * drop.forward(Tensor.ones(2, 4), { training: false }); // all 1
   */
  constructor(p = 0.5, options: DropoutOptions = {}) {
    checkOptionNames("Dropout", options, ["rng", "inverted"]);
    this.p = checkNumberOption("Dropout", "p", p, 0, 1);
    this.inverted = options.inverted ?? true;
    if (typeof this.inverted !== "boolean")
      throw new Error(`Dropout: inverted must be true or false, got ${String(options.inverted)}`);
    this.rng = options.rng;
  }

  /** Drops (training) or scales (inference) the units. @example drop.forward(x, { training: true }) */
  forward(x: Tensor, opts: ForwardOptions = {}): Tensor {
    const training = opts.training ?? true;
    const keep = 1 - this.p;
    if (!training) {
      const scale = this.inverted ? 1 : keep;
      this.lastFactor = { mask: null, scale };
      return scaled(x, scale);
    }
    const mask = this.maskFor(x);
    // p = 1 drops everything; 0 · 1/0 would be NaN, so the scale is 0 then.
    const scale = this.inverted ? (keep === 0 ? 0 : 1 / keep) : 1;
    this.lastFactor = { mask, scale };
    return masked(x, mask, scale);
  }

  /** ∂L/∂x = ∂L/∂y times the same factor forward used. @example drop.backward(dout) */
  backward(dout: Tensor): Tensor {
    const { mask, scale } = savedForBackward("Dropout", this.lastFactor);
    if (mask === null) return scaled(dout, scale);
    checkDoutShape("Dropout", dout, mask);
    return masked(dout, mask, scale);
  }

  /** None. @example new Dropout().parameters() // [] */
  parameters(): Parameter[] {
    return [];
  }

  private maskFor(x: Tensor): Tensor {
    const held = this.lastMask;
    if (this.holdMask && held !== null) {
      if (held.rows !== x.rows || held.cols !== x.cols) {
        throw new Error(
          `Dropout: holdMask is on but the held mask has shape ${shapeOf(held)} and the input ${shapeOf(x)}`,
        );
      }
      return held;
    }
    const rng = this.rng ?? defaultRng();
    const mask = new Tensor(x.rows, x.cols),
      M = mask.data,
      p = this.p;
    for (let i = 0; i < M.length; i++) M[i] = rng.uniform() >= p ? 1 : 0;
    this.lastMask = mask;
    return mask;
  }
}

/** x ⊙ mask · scale. */
function masked(x: Tensor, mask: Tensor, scale: number): Tensor {
  const y = new Tensor(x.rows, x.cols),
    X = x.data,
    M = mask.data,
    Y = y.data;
  for (let i = 0; i < X.length; i++) Y[i] = M[i] === 0 ? 0 : X[i] * scale;
  return y;
}

/** x · scale (x itself when scale is 1: inverted dropout at inference is the identity). */
function scaled(x: Tensor, scale: number): Tensor {
  if (scale === 1) return x;
  const y = new Tensor(x.rows, x.cols),
    X = x.data,
    Y = y.data;
  for (let i = 0; i < X.length; i++) Y[i] = X[i] * scale;
  return y;
}
