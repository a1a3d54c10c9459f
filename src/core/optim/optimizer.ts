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
import type { Parameter } from "../parameter";
import { checkedParams, validatedOptions } from "./option-checks";

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

/**
 * What each optimizer class declares about itself (as statics, so its public constructor
 * takes only `params` and `options`): its name in messages, and every option it accepts with
 * its default in each form.
 *
 * @example
 * Adam.label;            // "Adam"
 * Adam.defaults("book"); // { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-7, weightDecay: 0, form: "pytorch" }
 */
export interface OptimizerClassInfo<Options extends BaseOptions = BaseOptions> {
  readonly label: string;
  defaults(form?: OptimizerForm): Required<Options>;
}

/** The book writes ε = 1e-7 into AdaGrad, RMSprop and Adam; torch's defaults differ. @example defaultEps("book", 1e-8) // 1e-7 */
export function defaultEps(form: OptimizerForm | undefined, torchEps: number): number {
  return form === "book" ? 1e-7 : torchEps;
}

/** `{ h, effectiveLr = η/(√h + ε) }`: the snapshot of AdaGrad and RMSProp. @example snapshotOfH(h, 0.1, 1e-7).effectiveLr */
export function snapshotOfH(h: Tensor, lr: number, eps: number): StateSnapshot {
  const effectiveLr = new Tensor(h.rows, h.cols);
  for (let i = 0; i < h.data.length; i++) effectiveLr.data[i] = lr / (Math.sqrt(h.data[i]) + eps);
  return { h: h.clone(), effectiveLr };
}

/** The shared base: a list of parameters, validated options, `step()` and `zeroGrad()`. */
export abstract class Optimizer<Options extends BaseOptions = BaseOptions> {
  /** The parameters this optimizer updates, in order. */
  readonly params: readonly Parameter[];
  /** The options in force, defaults filled in. Change them with `setOptions`. */
  readonly options: Readonly<Required<Options>>;
  /** The class name, used in error messages ("Adam: …"). */
  protected readonly label: string;

  /** Reads the subclass's `label` and `defaults` (OptimizerClassInfo); any other option name is rejected. */
  protected constructor(params: readonly Parameter[], options: Options | undefined) {
    const info = new.target as unknown as OptimizerClassInfo<Options>;
    this.label = info.label;
    this.params = checkedParams(this.label, params);
    const defaults = info.defaults((options as BaseOptions | undefined)?.form);
    this.options = Object.freeze({
      ...defaults,
      ...validatedOptions(this.label, options ?? ({} as Options), Object.keys(defaults)),
    });
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
      ...validatedOptions(this.label, changes, Object.keys(this.options)),
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
        throw new Error(
          `${this.label}: parameter "${p.name}" has value ${shapeOf(p.value)} but grad ${shapeOf(p.grad)}`,
        );
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
    const g = param.grad.data,
      w = param.value.data;
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
}
