/**
 * Batch normalisation (『ゼロから作る』 6.3; Ioffe & Szegedy 2015, https://arxiv.org/abs/1502.03167).
 * For each feature (column) j of a batch x (N × D):
 *
 *   μⱼ = (1/N) Σₙ xₙⱼ            σ²ⱼ = (1/N) Σₙ (xₙⱼ − μⱼ)²          (batch statistics; σ² is biased)
 *   x̂ₙⱼ = (xₙⱼ − μⱼ) / √(σ²ⱼ + ε)
 *   yₙⱼ = γⱼ · x̂ₙⱼ + βⱼ                                             (γ, β learnable; start at 1 and 0)
 *
 *   backward:  ∂L/∂βⱼ = Σₙ ∂L/∂yₙⱼ        ∂L/∂γⱼ = Σₙ ∂L/∂yₙⱼ · x̂ₙⱼ
 *              ∂L/∂xₙⱼ = γⱼ / (N √(σ²ⱼ + ε)) · (N ∂L/∂yₙⱼ − ∂L/∂βⱼ − x̂ₙⱼ ∂L/∂γⱼ)
 *
 * (The last line is the book's step-by-step computational graph of 6.3.2, summed up: μ and
 * σ² depend on every row, which is where the two subtracted terms come from.)
 *
 * While training, running averages of μ and σ² are kept; `forward(x, { training: false })`
 * normalises with them instead, so a prediction does not depend on the rest of its batch.
 * The two forms kobai offers differ only in those running averages and in ε:
 *
 *                     form: "pytorch" (default, = torch.nn.BatchNorm1d)      form: "book" (common/layers.py BatchNormalization)
 *   running update    r ← (1 − momentum)·r + momentum·batch                  r ← momentum·r + (1 − momentum)·batch
 *   default momentum  0.1  (weight of the NEW batch)                         0.9  (weight of the OLD average)
 *   runningVar gets   unbiased σ² · N/(N − 1)                                biased σ²
 *   runningVar starts 1                                                      0   (running_var = np.zeros(D))
 *   default ε         1e-5                                                   1e-6 (the book writes 10e-7)
 *
 * With the defaults both give the same 0.9/0.1 blend; "momentum" just names opposite weights.
 */
import { Tensor, shapeOf } from "../tensor";
import { Parameter } from "../parameter";
import type { ForwardOptions, Layer } from "./layer";
import { checkDoutShape, checkNumberOption, checkOptionNames, savedForBackward } from "./checks";

/** Options of `new BatchNorm(features, options)`. @example new BatchNorm(100, { momentum: 0.1, eps: 1e-5 }) */
export interface BatchNormOptions {
  /** Blend weight of the running averages; its meaning depends on `form` (default 0.1, or 0.9 for the book). */
  momentum?: number;
  /** ε added to the variance before the square root (default 1e-5, or 1e-6 for the book). */
  eps?: number;
  /** "pytorch" (default) or "book": see the table at the top of batchnorm.ts. */
  form?: "pytorch" | "book";
}

/** What the last forward pass saved for backward. */
interface Saved {
  xhat: Tensor;
  invStd: Float64Array;
  training: boolean;
}

/** Normalises each feature over the batch, then scales by γ and shifts by β. @example new Sequential([new Linear(784, 100), new BatchNorm(100), new ReLU()]) */
export class BatchNorm implements Layer {
  readonly features: number;
  readonly momentum: number;
  readonly eps: number;
  readonly form: "pytorch" | "book";
  /** γ, 1 × features, starts at ones. */
  readonly gamma: Parameter;
  /** β, 1 × features, starts at zeros. */
  readonly beta: Parameter;
  /** Running average of the batch means, 1 × features (used when training is false). */
  readonly runningMean: Tensor;
  /** Running average of the batch variances, 1 × features (used when training is false). */
  readonly runningVar: Tensor;
  /** μ of the last training batch (for widgets), or null before the first one. */
  batchMean: Tensor | null = null;
  /** Biased σ² of the last training batch (for widgets), or null before the first one. */
  batchVar: Tensor | null = null;
  private saved: Saved | null = null;

  /**
   * @example
   * const bn = new BatchNorm(100);                    // PyTorch's BatchNorm1d(100)
   * const bookBn = new BatchNorm(100, { form: "book" }); // momentum 0.9, ε 1e-6, biased running variance
   * bn.forward(x);                         // training: batch statistics
   * bn.forward(x, { training: false });    // inference: running statistics
   */
  constructor(features: number, options: BatchNormOptions = {}) {
    checkOptionNames("BatchNorm", options, ["momentum", "eps", "form"]);
    if (!Number.isInteger(features) || features <= 0)
      throw new Error(`BatchNorm: features must be a positive integer, got ${features}`);
    const form = options.form ?? "pytorch";
    if (form !== "pytorch" && form !== "book")
      throw new Error(`BatchNorm: form must be "pytorch" or "book", got "${String(form)}"`);
    const book = form === "book";
    this.features = features;
    this.form = form;
    this.momentum = checkNumberOption("BatchNorm", "momentum", options.momentum ?? (book ? 0.9 : 0.1), 0, 1);
    this.eps = checkNumberOption("BatchNorm", "eps", options.eps ?? (book ? 1e-6 : 1e-5), 0);
    this.gamma = new Parameter(Tensor.ones(1, features), "gamma");
    this.beta = new Parameter(Tensor.zeros(1, features), "beta");
    this.runningMean = Tensor.zeros(1, features);
    this.runningVar = book ? Tensor.zeros(1, features) : Tensor.ones(1, features);
  }

  /** y = γ · x̂ + β, with batch statistics (training) or running ones. @example bn.forward(x, { training: false }) */
  forward(x: Tensor, opts: ForwardOptions = {}): Tensor {
    const training = opts.training ?? true;
    const D = this.features,
      N = x.rows;
    if (x.cols !== D) throw new Error(`BatchNorm(${D}): input has shape ${shapeOf(x)}, expected [N, ${D}]`);
    if (N === 0) throw new Error(`BatchNorm(${D}): the batch is empty`);
    if (training && N === 1 && this.form === "pytorch") {
      throw new Error(
        `BatchNorm(${D}): training needs more than 1 row per batch (the unbiased variance divides by N − 1 = 0); use training: false to predict one sample`,
      );
    }
    const mu = training ? columnMeans(x) : this.runningMean.data;
    const variance = training ? columnVariances(x, mu) : this.runningVar.data;
    const invStd = new Float64Array(D);
    for (let j = 0; j < D; j++) invStd[j] = 1 / Math.sqrt(variance[j] + this.eps);

    const xhat = new Tensor(N, D),
      y = new Tensor(N, D);
    const X = x.data,
      XH = xhat.data,
      Y = y.data,
      G = this.gamma.value.data,
      B = this.beta.value.data;
    for (let n = 0; n < N; n++) {
      const r = n * D;
      for (let j = 0; j < D; j++) {
        const h = (X[r + j] - mu[j]) * invStd[j];
        XH[r + j] = h;
        Y[r + j] = G[j] * h + B[j];
      }
    }
    if (training) {
      this.batchMean = new Tensor(1, D, mu);
      this.batchVar = new Tensor(1, D, variance);
      this.updateRunningStatistics(mu, variance, N);
    }
    this.saved = { xhat, invStd, training };
    return y;
  }

  /** Adds ∂L/∂γ, ∂L/∂β into the grads and returns ∂L/∂x. @example const dx = bn.backward(dout) */
  backward(dout: Tensor): Tensor {
    const { xhat, invStd, training } = savedForBackward("BatchNorm", this.saved);
    checkDoutShape("BatchNorm", dout, xhat);
    const N = xhat.rows,
      D = this.features;
    const DO = dout.data,
      XH = xhat.data,
      G = this.gamma.value.data;
    const dBeta = new Float64Array(D),
      dGamma = new Float64Array(D);
    for (let n = 0; n < N; n++) {
      const r = n * D;
      for (let j = 0; j < D; j++) {
        dBeta[j] += DO[r + j];
        dGamma[j] += DO[r + j] * XH[r + j];
      }
    }
    const gB = this.beta.grad.data,
      gG = this.gamma.grad.data;
    for (let j = 0; j < D; j++) {
      gB[j] += dBeta[j];
      gG[j] += dGamma[j];
    }
    const dx = new Tensor(N, D),
      DX = dx.data;
    for (let n = 0; n < N; n++) {
      const r = n * D;
      for (let j = 0; j < D; j++) {
        // With running statistics μ and σ² are constants, so x̂ is an affine map of x.
        DX[r + j] = training
          ? ((G[j] * invStd[j]) / N) * (N * DO[r + j] - dBeta[j] - XH[r + j] * dGamma[j])
          : G[j] * invStd[j] * DO[r + j];
      }
    }
    return dx;
  }

  /** [gamma, beta]. @example bn.parameters().map((p) => p.name) // ["gamma", "beta"] */
  parameters(): Parameter[] {
    return [this.gamma, this.beta];
  }

  private updateRunningStatistics(mu: Float64Array, biasedVar: Float64Array, N: number): void {
    const RM = this.runningMean.data,
      RV = this.runningVar.data,
      m = this.momentum;
    const book = this.form === "book";
    for (let j = 0; j < this.features; j++) {
      if (book) {
        RM[j] = m * RM[j] + (1 - m) * mu[j];
        RV[j] = m * RV[j] + (1 - m) * biasedVar[j];
      } else {
        RM[j] = (1 - m) * RM[j] + m * mu[j];
        RV[j] = (1 - m) * RV[j] + m * biasedVar[j] * (N / (N - 1));
      }
    }
  }
}

/** μⱼ = (1/N) Σₙ xₙⱼ. */
function columnMeans(x: Tensor): Float64Array {
  const out = new Float64Array(x.cols),
    X = x.data,
    D = x.cols;
  for (let n = 0; n < x.rows; n++) for (let j = 0; j < D; j++) out[j] += X[n * D + j];
  for (let j = 0; j < D; j++) out[j] /= x.rows;
  return out;
}

/** σ²ⱼ = (1/N) Σₙ (xₙⱼ − μⱼ)², the biased variance. */
function columnVariances(x: Tensor, mu: Float64Array): Float64Array {
  const out = new Float64Array(x.cols),
    X = x.data,
    D = x.cols;
  for (let n = 0; n < x.rows; n++) {
    for (let j = 0; j < D; j++) {
      const c = X[n * D + j] - mu[j];
      out[j] += c * c;
    }
  }
  for (let j = 0; j < D; j++) out[j] /= x.rows;
  return out;
}
