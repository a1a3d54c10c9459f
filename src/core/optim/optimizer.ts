/**
 * Optimizer: what every update rule in this folder shares.
 *
 *   for each parameter W, with ∇ = ∂L/∂W from the backward pass:
 *     ∇ ← ∇ + λ·W                (weightDecay λ: L2 regularisation, added to the gradient
 *                                 exactly as torch.optim does; AdamW decouples it instead)
 *     W ← W − (a step computed from ∇ and this optimizer's state)
 *
 * The rules, in the order the lessons read them, each one a small step from the last:
 *   sgd.ts → momentum.ts → nesterov.ts → adagrad.ts → rmsprop.ts → adam.ts → adamw.ts
 *
 * A rule's memory (Momentum's velocity, AdaGrad's h, Adam's m and v) is a Tensor per
 * parameter, held in a `Map<Parameter, Tensor>` and created as zeros up front, so a widget
 * can draw it before the first step. PyTorch's defaults are the defaults; the book's
 * forms (『ゼロから作るDeep Learning』 6.1, common/optimizer.py) are `{ form: "book" }`.
 */
import { Tensor, shapeOf } from "../tensor";
import { Parameter } from "../parameter";

/** Which way of writing the rule: PyTorch's (the default) or the book's common/optimizer.py. @example new Momentum(net.parameters(), { form: "book" }) // v ← μv − η∇, W ← W + v */
export type OptimizerForm = "pytorch" | "book";

/** Options every optimizer takes. @example new SGD(net.parameters(), { lr: 0.1, weightDecay: 0.01, form: "pytorch" }) */
export interface BaseOptions {
  /** Learning rate η (finite, ≥ 0). */
  lr?: number;
  /** L2 weight decay λ (≥ 0): adds λ·W to the gradient (AdamW: decoupled, see adamw.ts). */
  weightDecay?: number;
  /** "pytorch" (default) or "book": the book's form of the same rule. */
  form?: OptimizerForm;
}

/**
 * A per-parameter view of an optimizer's state, for widgets: name → a copy of the tensor.
 *
 * @example
 * const w = new Parameter(Tensor.from([[1]]), "w");
 * const opt = new Momentum([w], { lr: 0.1 });
 * w.grad = Tensor.from([[1]]);
 * opt.step();
 * const state: StateSnapshot = opt.snapshot(w);
 * state.velocity.get(0, 0); // 1
 */
export type StateSnapshot = Record<string, Tensor>;

/** Why an option value is wrong (a phrase), or null when it is fine. */
type Check = (value: unknown) => string | null;

const finiteNonNegative: Check = (v) =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 ? null : "must be a finite number ≥ 0";
const inUnitInterval: Check = (v) =>
  typeof v === "number" && v >= 0 && v < 1 ? null : "must be a number in [0, 1)";

/** The rule for each option name any optimizer knows. */
const checks: Record<string, Check> = {
  lr: finiteNonNegative,
  weightDecay: finiteNonNegative,
  eps: finiteNonNegative,
  momentum: inUnitInterval,
  alpha: inUnitInterval,
  beta1: inUnitInterval,
  beta2: inUnitInterval,
  form: (v) => (v === "pytorch" || v === "book" ? null : 'must be "pytorch" or "book"'),
};

/** The shared base: a list of parameters, validated options, `step()` and `zeroGrad()`. */
export abstract class Optimizer<Options extends BaseOptions = BaseOptions> {
  /** The parameters this optimizer updates, in order. */
  readonly params: readonly Parameter[];
  /** The options in force, defaults filled in. Change them with `setOptions`. */
  readonly options: Readonly<Required<Options>>;
  /** The class name, used in error messages ("Adam: …"). */
  protected readonly label: string;

  /**
   * @param defaults every option this optimizer accepts, with its default; any other
   *   option name is rejected.
   */
  protected constructor(label: string, params: readonly Parameter[], options: Options | undefined, defaults: Required<Options>) {
    this.label = label;
    this.params = checkParams(label, params);
    this.options = Object.freeze({ ...defaults, ...this.validated(options ?? ({} as Options), defaults) });
  }

  /** Learning rate η. @example opt.lr = 0.1; // validated, e.g. by a learning-rate schedule */
  get lr(): number {
    return (this.options as Required<BaseOptions>).lr;
  }
  set lr(value: number) {
    this.setOptions({ lr: value } as Partial<Options>);
  }

  /**
   * Changes options between steps (validated like the constructor's), as one would edit a
   * torch `param_group`. State is kept.
   *
   * @example
   * opt.setOptions({ lr: 0.05 });
   */
  setOptions(changes: Partial<Options>): void {
    (this as { options: Readonly<Required<Options>> }).options = Object.freeze({
      ...this.options,
      ...this.validated(changes, this.options),
    });
  }

  /**
   * Applies one update to every parameter from its `grad`.
   *
   * @example
   * loss.backward(); opt.step(); opt.zeroGrad();
   */
  step(): void {
    for (const p of this.params) {
      if (p.grad.rows !== p.value.rows || p.grad.cols !== p.value.cols) {
        throw new Error(`${this.label}: parameter "${p.name}" has value ${shapeOf(p.value)} but grad ${shapeOf(p.grad)}`);
      }
    }
    this.beginStep();
    for (const p of this.params) this.update(p, this.gradient(p));
  }

  /** Sets every parameter's grad to zero. @example opt.zeroGrad() */
  zeroGrad(): void {
    for (const p of this.params) p.zeroGrad();
  }

  /**
   * Copies of this optimizer's state for one parameter (e.g. `{ velocity }`, or Adam's
   * `{ m, v, mHat, vHat, effectiveLr }`), for widgets. Empty for plain SGD.
   *
   * @example
   * opt.snapshot(w).velocity?.toArray();
   */
  snapshot(_param: Parameter): StateSnapshot {
    return {};
  }

  /** Called once per step, before the parameters are updated (Adam counts its steps here). */
  protected beginStep(): void {}

  /** The update of one parameter, given its gradient ∇ (weight decay already added). */
  protected abstract update(param: Parameter, grad: Float64Array): void;

  /** ∇ + λ·W (L2 weight decay, torch's `weight_decay`); ∇ itself when λ = 0. Never written to. */
  protected gradient(param: Parameter): Float64Array {
    const { weightDecay } = this.options as Required<BaseOptions>;
    if (weightDecay === 0) return param.grad.data;
    const g = param.grad.data, w = param.value.data;
    const out = new Float64Array(g.length);
    for (let i = 0; i < g.length; i++) out[i] = g[i] + weightDecay * w[i];
    return out;
  }

  /** A zero tensor per parameter: the starting state of a velocity, h, m or v. */
  protected zerosPerParam(): Map<Parameter, Tensor> {
    return new Map(this.params.map((p) => [p, Tensor.zeros(p.value.rows, p.value.cols)]));
  }

  /** `state.get(param)`, with a clear message for a parameter this optimizer does not own. */
  protected stateOf(state: Map<Parameter, Tensor>, param: Parameter): Tensor {
    const t = state.get(param);
    if (!t) throw new Error(`${this.label}: parameter "${param.name}" is not one of this optimizer's parameters`);
    return t;
  }

  private validated(options: Partial<Options>, known: object): Partial<Options> {
    if (typeof options !== "object" || options === null) throw new Error(`${this.label}: options must be an object, got ${String(options)}`);
    for (const [name, value] of Object.entries(options)) {
      if (!(name in known)) {
        throw new Error(`${this.label}: unknown option "${name}" (known options: ${Object.keys(known).join(", ")})`);
      }
      if (value === undefined) continue;
      const problem = checks[name]?.(value);
      if (problem) throw new Error(`${this.label}: option "${name}" ${problem}, got ${String(value)}`);
    }
    // An option passed as undefined means "the default", as in a destructured default.
    return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<Options>;
  }
}

function checkParams(label: string, params: readonly Parameter[]): readonly Parameter[] {
  if (!Array.isArray(params)) throw new Error(`${label}: params must be an array of Parameters, got ${String(params)}`);
  if (params.length === 0) throw new Error(`${label}: got an empty parameter list (nothing to optimize)`);
  params.forEach((p, i) => {
    if (!(p instanceof Parameter)) throw new Error(`${label}: params[${i}] is not a Parameter (use new Parameter(tensor))`);
  });
  if (new Set(params).size !== params.length) {
    throw new Error(`${label}: a parameter appears twice in the list; it would be updated twice per step`);
  }
  return Object.freeze([...params]);
}
