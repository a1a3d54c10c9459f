/**
 * Gradient clipping by norm: if the gradient, all parameters' gradients taken as one long
 * vector g, is longer than maxNorm, shrink it to length maxNorm; keep its direction.
 *
 *   ‖g‖_p = ( Σ_params ‖∇W‖_p^p )^(1/p)          (p = ∞: the largest |gᵢ|)
 *   g ← g · min(1, maxNorm / (‖g‖_p + 10⁻⁶))
 *
 * torch.nn.utils.clip_grad_norm_, to the letter: the 10⁻⁶ keeps a zero gradient from
 * dividing by zero, and torch multiplies even when the factor is 1. Pascanu, Mikolov &
 * Bengio, "On the difficulty of training recurrent neural networks" (2013),
 * https://arxiv.org/abs/1211.5063: near a cliff in the loss surface one gradient can be
 * huge, and a single step along it throws the weights far away. Clipping keeps the step's
 * direction and bounds its length, so the next step starts from somewhere sensible.
 */
import { Parameter } from "../parameter";

/**
 * clipGradNorm's options.
 *
 * @example
 * const w = new Parameter(Tensor.zeros(1, 2), "w");
 * w.grad = Tensor.from([[3, -4]]);
 * clipGradNorm([w], 1, { normType: Infinity }); // 4
 */
export interface ClipGradNormOptions {
  /** p of the p-norm (> 0, or Infinity for the largest |gᵢ|; default 2). */
  normType?: number;
}

/**
 * Rescales every parameter's grad in place so their joint p-norm is at most `maxNorm`;
 * returns the norm before clipping (torch's return value). Call it between
 * `backward` and `optimizer.step()`.
 *
 * @example
 * const w = new Parameter(Tensor.from([[0, 0]]), "w");
 * w.grad = Tensor.from([[3, 4]]); // ‖g‖ = 5
 * clipGradNorm([w], 1); // 5
 * w.grad.toArray(); // ≈ [[0.6, 0.8]]
 */
export function clipGradNorm(params: readonly Parameter[], maxNorm: number, options: ClipGradNormOptions = {}): number {
  if (!Array.isArray(params) || params.some((p) => !(p instanceof Parameter))) {
    throw new Error("clipGradNorm: params must be an array of Parameters, e.g. net.parameters()");
  }
  if (!(typeof maxNorm === "number" && Number.isFinite(maxNorm) && maxNorm >= 0)) {
    throw new Error(`clipGradNorm: maxNorm must be a finite number ≥ 0, got ${String(maxNorm)}`);
  }
  for (const name of Object.keys(options)) {
    if (name !== "normType") throw new Error(`clipGradNorm: unknown option "${name}" (known options: normType)`);
  }
  const p = options.normType ?? 2;
  if (!(typeof p === "number" && p > 0))
    throw new Error(`clipGradNorm: option "normType" must be a number > 0 or Infinity, got ${String(p)}`);
  if (params.length === 0) return 0;

  const norms = params.map((param) => pNorm(param.grad.data, p));
  const total = pNorm(Float64Array.from(norms), p);
  const factor = Math.min(maxNorm / (total + 1e-6), 1);
  for (const param of params) {
    const g = param.grad.data;
    for (let i = 0; i < g.length; i++) g[i] *= factor;
  }
  return total;
}

/** ‖v‖_p; p = Infinity gives max |vᵢ|. */
function pNorm(v: Float64Array, p: number): number {
  if (p === Infinity) {
    let max = 0;
    for (let i = 0; i < v.length; i++) max = Math.max(max, Math.abs(v[i]));
    return max;
  }
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += Math.abs(v[i]) ** p;
  return sum ** (1 / p);
}
