/**
 * What the optimizer explorer knows about each optimizer of the core: its class, which
 * hyperparameters it has (each becomes a labelled slider), whether the book writes it
 * differently from PyTorch (then the widget offers a form toggle), and "the book's
 * settings" on f(x, y) = x²/20 + y².
 *
 * The defaults are read from the core itself (a throwaway optimizer's `options`), so the
 * widget cannot drift from src/core/optim (e.g. AdaGrad's ε is 1e-10 in PyTorch's form
 * and 1e-7 in the book's).
 */
import { SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW, Parameter, Tensor, type Optimizer, type OptimizerForm } from "kobai";
import type { StringKey } from "../../../../src/i18n";

export const OPTIMIZER_NAMES = ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam", "AdamW"] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

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

const spec = (name: OptimizerName, ctor: unknown, hypers: HyperName[], formsDiffer: boolean, options: Partial<Hypers>, fromBook: boolean): OptimizerSpec => ({
  name, ctor: ctor as OptimizerCtor, hypers, formsDiffer, bookSettings: { options, fromBook },
});

export const OPTIMIZERS: Record<OptimizerName, OptimizerSpec> = {
  // SGD: the book's rule is torch's; no toggle.
  SGD: spec("SGD", SGD, ["lr", "weightDecay"], false, { lr: 0.95 }, true),
  // Momentum: same steps for a constant η, but the velocity is stored differently (shown in the formula).
  Momentum: spec("Momentum", Momentum, ["lr", "momentum", "weightDecay"], true, { lr: 0.1, momentum: 0.9 }, true),
  Nesterov: spec("Nesterov", Nesterov, ["lr", "momentum", "weightDecay"], true, { lr: 0.1, momentum: 0.9 }, false),
  AdaGrad: spec("AdaGrad", AdaGrad, ["lr", "eps", "weightDecay"], true, { lr: 1.5 }, true),
  RMSProp: spec("RMSProp", RMSProp, ["lr", "alpha", "eps", "weightDecay"], true, { lr: 0.1, alpha: 0.99 }, false),
  Adam: spec("Adam", Adam, ["lr", "beta1", "beta2", "eps", "weightDecay"], true, { lr: 0.3, beta1: 0.9, beta2: 0.999 }, true),
  AdamW: spec("AdamW", AdamW, ["lr", "beta1", "beta2", "eps", "weightDecay"], true, { lr: 0.3, beta1: 0.9, beta2: 0.999 }, false),
};

/** True if `name` is one of the core's optimizers the explorer can run. */
export function isOptimizerName(name: string): name is OptimizerName {
  return (OPTIMIZER_NAMES as readonly string[]).includes(name);
}

/**
 * The core's defaults of an optimizer in a form, for every hyperparameter it takes.
 *
 * @example
 * coreDefaults("AdaGrad", "book").eps; // 1e-7 (PyTorch's form: 1e-10)
 */
export function coreDefaults(name: OptimizerName, form: OptimizerForm): Partial<Hypers> {
  const probe = new OPTIMIZERS[name].ctor([new Parameter(Tensor.zeros(1, 1), "probe")], { form });
  const options = probe.options as unknown as Record<string, number>;
  return Object.fromEntries(OPTIMIZERS[name].hypers.map((k) => [k, options[k]]));
}

/**
 * The options object the core gets: only the hyperparameters this optimizer takes, plus
 * the form.
 *
 * @example
 * coreOptions("SGD", "pytorch", { lr: 0.95, momentum: 0.9, ... }); // { lr: 0.95, weightDecay: 0, form: "pytorch" }
 */
export function coreOptions(name: OptimizerName, form: OptimizerForm, hypers: Partial<Hypers>): Record<string, unknown> {
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
