/**
 * The book's two-layer network (『ゼロから作る』 5.7, TwoLayerNet: Affine → ReLU → Affine →
 * SoftmaxWithLoss) on a tiny seeded batch, stepped one layer at a time, forward then
 * backward, with the core's Linear, ReLU and CrossEntropyLoss. It ends in a gradient check
 * (5.7.3). Optionally one layer carries a classic bug, so the check has something to find:
 *
 *   "bias-first-row"  Affine's ∂L/∂b keeps only the first row of ∂L/∂Y instead of Σ rows
 *   "loss-no-divide"  Softmax-with-Loss returns y − t, forgetting the 1/N of the mean
 *   "relu-no-mask"    ReLU passes ∂L/∂y back everywhere, forgetting its on/off mask
 *
 * The first two are invisible with a batch of one (N = 1): the pitfall the chapter shows.
 * Pure logic: no DOM.
 */
import {
  CrossEntropyLoss,
  Linear,
  ReLU,
  Sequential,
  Tensor,
  createRng,
  gradientCheck,
  scale,
  softmax,
  type GradientCheckRow,
  type Loss,
} from "kobai";

export const BUGS = ["none", "bias-first-row", "loss-no-divide", "relu-no-mask"] as const;
export type Bug = (typeof BUGS)[number];

/** The network's sizes: 2 inputs → 3 hidden ReLU units → 2 classes. */
export const SIZES = { input: 2, hidden: 3, classes: 2 } as const;

export interface NetSettings {
  /** Seeds W₁, W₂ and X (drawn in that order from createRng(seed)). */
  seed: number;
  /** Samples in the batch, N. */
  batch: number;
  bug: Bug;
}

export const DEFAULT_NET: NetSettings = { seed: 1, batch: 3, bug: "none" };

/** Affine with a bug: ∂L/∂b is the first row of ∂L/∂Y, not the sum of all rows. */
export class BiasFirstRowLinear extends Linear {
  backward(dout: Tensor): Tensor {
    const dx = super.backward(dout);
    const gB = this.bias.grad.data,
      n = this.outFeatures;
    // Undo Σₙ dout[n, :] and add only dout[0, :].
    for (let i = 1; i < dout.rows; i++) for (let j = 0; j < n; j++) gB[j] -= dout.data[i * n + j];
    return dx;
  }
}

/** ReLU with a bug: the gradient passes everywhere, as if every unit were on. */
export class UnmaskedReLU extends ReLU {
  backward(dout: Tensor): Tensor {
    super.backward(dout); // keeps the shape check
    return dout.clone();
  }
}

/** Softmax-with-Loss with a bug: backward returns y − t, without the 1/N. */
export class UndividedCrossEntropy extends CrossEntropyLoss {
  private rows = 1;
  forward(logits: Tensor, target: readonly number[] | Tensor): number {
    this.rows = logits.rows;
    return super.forward(logits, target);
  }
  backward(): Tensor {
    return scale(super.backward(), this.rows);
  }
}

/** The labels of a batch: 0, 1, 0, … (so a batch of one is the first sample of a batch of three). */
export function labelsFor(batch: number): number[] {
  return Array.from({ length: batch }, (_, n) => n % SIZES.classes);
}

/** The network, its loss and its data for some settings. */
export function buildNet(settings: NetSettings) {
  if (!Number.isInteger(settings.batch) || settings.batch < 1)
    throw new Error(`buildNet: batch must be a positive integer, got ${settings.batch}`);
  const rng = createRng(settings.seed);
  const Affine = settings.bug === "bias-first-row" ? BiasFirstRowLinear : Linear;
  const fc1 = new Affine(SIZES.input, SIZES.hidden, { rng });
  const relu = settings.bug === "relu-no-mask" ? new UnmaskedReLU() : new ReLU();
  const fc2 = new Affine(SIZES.hidden, SIZES.classes, { rng });
  const x = Tensor.randn(settings.batch, SIZES.input, { rng });
  const loss: Loss = settings.bug === "loss-no-divide" ? new UndividedCrossEntropy() : new CrossEntropyLoss();
  return { model: new Sequential([fc1, relu, fc2]), fc1, relu, fc2, loss, x, t: labelsFor(settings.batch) };
}

/** The four stages the stepper walks: three layers and the loss. */
export const STAGES = ["affine1", "relu", "affine2", "loss"] as const;
export type Stage = (typeof STAGES)[number];

/** What one stage holds once the stepper has passed it. */
export interface StageRecord {
  /** Its forward output (for the loss: the softmax probabilities Y). */
  output?: Tensor;
  /** ∂L/∂(its input), from its backward pass. */
  inputGrad?: Tensor;
  /** ∂L/∂W and ∂L/∂b, for the Affine stages. */
  weightGrad?: Tensor;
  biasGrad?: Tensor;
}

/**
 * Steps 1–4 run forward through affine1, relu, affine2, loss; steps 5–8 run backward
 * through loss, affine2, relu, affine1. `position` counts the steps taken (0 … 8).
 */
export class LayerStepper {
  readonly settings: NetSettings;
  readonly net: ReturnType<typeof buildNet>;
  position = 0;
  loss: number | undefined;
  readonly records: Record<Stage, StageRecord> = { affine1: {}, relu: {}, affine2: {}, loss: {} };
  private activations: Tensor[] = [];
  private grad: Tensor | undefined;

  constructor(settings: NetSettings = DEFAULT_NET) {
    this.settings = { ...settings };
    this.net = buildNet(this.settings);
  }

  static readonly STEPS = 2 * STAGES.length;

  get forwardDone(): boolean {
    return this.position >= STAGES.length;
  }

  get done(): boolean {
    return this.position >= LayerStepper.STEPS;
  }

  /** The stage the last step touched, and in which direction. */
  get current(): { stage: Stage; direction: "forward" | "backward" } | undefined {
    if (this.position === 0) return undefined;
    if (this.position <= STAGES.length) return { stage: STAGES[this.position - 1], direction: "forward" };
    return { stage: STAGES[LayerStepper.STEPS - this.position], direction: "backward" };
  }

  /** One layer forward (before the loss) or backward (after it). False when there is nothing left. */
  step(): boolean {
    if (this.done) return false;
    const { fc1, relu, fc2, loss, x, t } = this.net;
    const layers = [fc1, relu, fc2];
    if (this.position < 3) {
      const input = this.position === 0 ? x : this.activations[this.position - 1];
      const out = layers[this.position].forward(input);
      this.activations[this.position] = out;
      this.records[STAGES[this.position]].output = out;
    } else if (this.position === 3) {
      this.loss = loss.forward(this.activations[2], t);
      this.records.loss.output = softmax(this.activations[2]);
    } else if (this.position === 4) {
      this.grad = loss.backward();
      this.records.loss.inputGrad = this.grad;
    } else {
      const i = 7 - this.position; // 2, 1, 0: affine2, relu, affine1
      this.grad = layers[i].backward(this.grad!);
      const record = this.records[STAGES[i]];
      record.inputGrad = this.grad;
      const affine = layers[i] instanceof Linear ? (layers[i] as Linear) : undefined;
      if (affine) {
        record.weightGrad = affine.weight.grad.clone();
        record.biasGrad = affine.bias.grad.clone();
      }
    }
    this.position++;
    return true;
  }

  /** Every remaining step. */
  runAll(): void {
    while (this.step());
  }

  /** The gradient check of the network as built (with its bug, if any). */
  check(): GradientCheckRow[] {
    return gradientCheck(this.net.model, this.net.loss, this.net.x, this.net.t);
  }
}
