/**
 * Panel 1 of the loss-functions chapter: squared error and cross-entropy against p, the
 * probability the network gives the right class, for a two-class softmax output
 * y = softmax(z) = (p, 1 − p) with the one-hot target t = (1, 0):
 *
 *   cross-entropy   E = −log p                     ∂E/∂p = −1/p        ∂E/∂z₀ = p − 1
 *   squared error   E = ½ Σₖ (yₖ − tₖ)² = (1 − p)²  ∂E/∂p = −2(1 − p)   ∂E/∂z₀ = −2p(1 − p)²
 *
 * ∂/∂p is the slope of the loss as a function of the output p, with y₁ = 1 − p moving
 * with it (so the squared error's slope is ∂E/∂y₀ − ∂E/∂y₁, twice ∂E/∂y₀ alone); ∂/∂z₀
 * is the slope with respect to the correct class's logit,
 * through the softmax: what backpropagation hands to the layers below. With cross-entropy
 * it is the clean y − t (5.6.3), so a confident mistake (p → 0) gets a push of almost −1;
 * with squared error the softmax's slope p(1 − p) multiplies it away to almost 0.
 *
 * Every value is computed by the core: CrossEntropyLoss on the logits z = (log p,
 * log(1 − p)) (a valid choice: softmax(z) = (p, 1 − p)), Softmax + MSELoss("half-sum"),
 * and their backward passes.
 */
import { CrossEntropyLoss, MSELoss, Softmax, Tensor } from "kobai";

/** Everything the panel reads off at one p. */
export interface LossesAtP {
  p: number;
  /** −log p, by CrossEntropyLoss. */
  ce: number;
  /** ½ Σ (y − t)², by MSELoss("half-sum"). */
  se: number;
  /** ∂CE/∂p = −1/p. */
  dCEdp: number;
  /** ∂SE/∂p = ∂SE/∂y₀ − ∂SE/∂y₁ = −2(1 − p), from MSELoss.backward() (y₁ = 1 − p moves with p). */
  dSEdp: number;
  /** ∂CE/∂z₀ = p − 1, from CrossEntropyLoss.backward(). */
  dCEdz: number;
  /** ∂SE/∂z₀ = −2p(1 − p)², from MSELoss.backward() through Softmax.backward(). */
  dSEdz: number;
}

/** The smallest p the panel offers: −log p is finite for every p > 0, but the chart needs a floor. */
export const P_MIN = 0.01;

/**
 * Both losses and their slopes at p (0 < p ≤ 1).
 *
 * @example
 * lossesAt(0.01).dCEdz;  // ≈ −0.99: cross-entropy still pushes hard
 * lossesAt(0.01).dSEdz;  // ≈ −0.0196: squared error barely does
 */
export function lossesAt(p: number): LossesAtP {
  if (!(p > 0 && p <= 1)) throw new Error(`lossesAt: p must be in (0, 1], got ${p}`);
  const logits = Tensor.from([[Math.log(p), Math.log(1 - p)]]);
  const target = Tensor.from([[1, 0]]);

  const crossEntropy = new CrossEntropyLoss();
  const ce = crossEntropy.forward(logits, [0]);
  const dCEdz = crossEntropy.backward().data[0];

  const softmax = new Softmax();
  const squared = new MSELoss({ reduction: "half-sum" });
  const se = squared.forward(softmax.forward(logits), target);
  const dSEdy = squared.backward();
  const dSEdz = softmax.backward(dSEdy).data[0];

  return { p, ce, se, dCEdp: -1 / p, dSEdp: dSEdy.data[0] - dSEdy.data[1], dCEdz, dSEdz };
}

/** The curves over p ∈ [P_MIN, 1] for the charts, `samples` points. */
export function lossCurvesOverP(samples = 199): LossesAtP[] {
  return Array.from({ length: samples }, (_, i) => lossesAt(P_MIN + ((1 - P_MIN) * i) / (samples - 1)));
}
