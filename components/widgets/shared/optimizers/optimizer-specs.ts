/**
 * The optimizer explorer's view of kobai's registry (`optimizers`): the classes, their
 * hyperparameters (each becomes a labelled slider) and their defaults come from the core,
 * so the widget cannot drift from src/core/optim (e.g. AdaGrad's ε is 1e-10 in PyTorch's
 * form and 1e-7 in the book's). What is the widget's own lives here: slider ranges and
 * labels, whether the book writes a rule differently from PyTorch (then the widget offers a
 * form toggle), and "the book's settings" on f(x, y) = x²/20 + y².
 */
import {
  optimizers,
  OPTIMIZER_NAMES,
  isOptimizerName,
  type Optimizer,
  type OptimizerForm,
  type OptimizerName,
  type Parameter,
} from "kobai";
import type { StringKey } from "../../../../src/i18n";

export { OPTIMIZER_NAMES, isOptimizerName, type OptimizerName };

export const HYPER_NAMES = ["lr", "momentum", "alpha", "beta1", "beta2", "eps", "weightDecay"] as const;
export type HyperName = (typeof HYPER_NAMES)[number];
export type Hypers = Record<HyperName, number>;

/** How a hyperparameter's slider reads. */
export interface HyperSpec {
  key: HyperName;
  min: number;
  max: number;
  /** Step in value units, or in log10 units on a log slider. */
  step: number;
  log?: boolean;
  /** Label in PyTorch's form (and in the book's, unless `bookLabel` says otherwise). */
  label: StringKey;
  bookLabel?: StringKey;
}

/** The sliders, in the order they appear. */
export const HYPER_SPECS: Record<HyperName, HyperSpec> = {
  lr: { key: "lr", min: 1e-4, max: 10, step: 0.01, log: true, label: "opt.hyper.lr" },
  // The book calls Momentum's μ "α" (6.1.4); Nesterov's code names it momentum as torch does.
  momentum: { key: "momentum", min: 0, max: 0.99, step: 0.01, label: "opt.hyper.momentum" },
  alpha: { key: "alpha", min: 0, max: 0.999, step: 0.001, label: "opt.hyper.alpha", bookLabel: "opt.hyper.alpha.book" },
  beta1: { key: "beta1", min: 0, max: 0.99, step: 0.01, label: "opt.hyper.beta1" },
  beta2: { key: "beta2", min: 0, max: 0.9999, step: 0.0001, label: "opt.hyper.beta2" },
  eps: { key: "eps", min: 1e-12, max: 1, step: 0.1, log: true, label: "opt.hyper.eps" },
  weightDecay: { key: "weightDecay", min: 0, max: 1, step: 0.01, label: "opt.hyper.weightDecay" },
};

type OptimizerCtor = new (params: readonly Parameter[], options?: Record<string, unknown>) => Optimizer<any>;

export interface OptimizerSpec {
  name: OptimizerName;
  ctor: OptimizerCtor;
  /** The hyperparameters it takes, in slider order. */
  hypers: readonly HyperName[];
  /** True when the book's form takes different steps or has different defaults (a toggle is shown). */
  formsDiffer: boolean;
  /**
   * The book's settings on its function, from ch06/optimizer_compare_naive.py (30 updates from
   * (−7, 2)): `SGD(lr=0.95)`, `Momentum(lr=0.1)` (momentum 0.9), `AdaGrad(lr=1.5)`, `Adam(lr=0.3)`
   * (β1 0.9, β2 0.999), all in the book's forms (common/optimizer.py). The script has no
   * Nesterov, RMSprop or AdamW: for those the values below are ours, chosen to sit beside the
   * book's (Nesterov as Momentum; RMSProp 0.1, which ends near the others after 30 steps; AdamW as
   * Adam), and the widget says "our settings" for them.
   */
  bookSettings: { options: Partial<Hypers>; fromBook: boolean };
}

/** An optimizer's sliders: the registry's options, in its order, without "form" (the toggle). */
const spec = (
  name: OptimizerName,
  formsDiffer: boolean,
  options: Partial<Hypers>,
  fromBook: boolean,
): OptimizerSpec => ({
  name,
  ctor: optimizers[name].Class as OptimizerCtor,
  formsDiffer,
  bookSettings: { options, fromBook },
  hypers: Object.keys(optimizers[name].options).filter((k): k is HyperName => k !== "form"),
});

export const OPTIMIZERS: Record<OptimizerName, OptimizerSpec> = {
  // SGD: the book's rule is torch's; no toggle.
  SGD: spec("SGD", false, { lr: 0.95 }, true),
  // Momentum: same steps for a constant η, but the velocity is stored differently (shown in the formula).
  Momentum: spec("Momentum", true, { lr: 0.1, momentum: 0.9 }, true),
  Nesterov: spec("Nesterov", true, { lr: 0.1, momentum: 0.9 }, false),
  AdaGrad: spec("AdaGrad", true, { lr: 1.5 }, true),
  RMSProp: spec("RMSProp", true, { lr: 0.1, alpha: 0.99 }, false),
  Adam: spec("Adam", true, { lr: 0.3, beta1: 0.9, beta2: 0.999 }, true),
  AdamW: spec("AdamW", true, { lr: 0.3, beta1: 0.9, beta2: 0.999 }, false),
};

/**
 * The core's defaults of an optimizer in a form, for every hyperparameter it takes.
 *
 * @example
 * coreDefaults("AdaGrad", "book").eps; // 1e-7 (PyTorch's form: 1e-10)
 */
export function coreDefaults(name: OptimizerName, form: OptimizerForm): Partial<Hypers> {
  const defaults = optimizers[name].defaults(form);
  return Object.fromEntries(OPTIMIZERS[name].hypers.map((k) => [k, defaults[k] as number]));
}

/**
 * The options object the core gets: only the hyperparameters this optimizer takes, plus
 * the form.
 *
 * @example
 * coreOptions("SGD", "pytorch", { lr: 0.95, momentum: 0.9, ... }); // { lr: 0.95, weightDecay: 0, form: "pytorch" }
 */
export function coreOptions(
  name: OptimizerName,
  form: OptimizerForm,
  hypers: Partial<Hypers>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { form };
  for (const k of OPTIMIZERS[name].hypers) if (hypers[k] !== undefined) out[k] = hypers[k];
  return out;
}

/**
 * The label key of a hyperparameter's slider: the book's symbol where its form names it
 * differently (Momentum's α, RMSprop's ρ).
 *
 * @example
 * t(hyperLabel("Momentum", "book", "momentum")); // "Momentum α"
 */
export function hyperLabel(name: OptimizerName, form: OptimizerForm, key: HyperName): StringKey {
  if (form === "book" && name === "Momentum" && key === "momentum") return "opt.hyper.momentum.book";
  const s = HYPER_SPECS[key];
  return form === "book" && s.bookLabel ? s.bookLabel : s.label;
}
