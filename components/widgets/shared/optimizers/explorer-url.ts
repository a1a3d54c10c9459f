/**
 * How the optimizer explorer's settings live in the URL: short keys, the widget's starting
 * settings as defaults (a pristine widget adds nothing to the address).
 */
import type { OptimizerForm } from "kobai";
import type { Schema, StateValues } from "../../../../src/widgets/url-state";
import { HYPER_SPECS, type Hypers, type OptimizerName } from "./optimizer-specs";
import { MAX_STEPS, type ExplorerConfig, type ExplorerSettings } from "./explorer-model";

/** The URL schema: short keys, the widget's starting settings as defaults (a pristine widget adds nothing). */
export function explorerSchema(config: ExplorerConfig, defaults: ExplorerSettings) {
  const hyper = (k: keyof Hypers) => ({
    type: "number" as const,
    default: defaults[k],
    min: HYPER_SPECS[k].min,
    max: HYPER_SPECS[k].max,
  });
  return {
    opt: { type: "enum", default: defaults.optimizer, options: config.optimizers },
    land: { type: "enum", default: defaults.landscape, options: config.landscapes },
    form: { type: "enum", default: defaults.form, options: ["pytorch", "book"] },
    lr: hyper("lr"),
    mu: hyper("momentum"),
    alpha: hyper("alpha"),
    b1: hyper("beta1"),
    b2: hyper("beta2"),
    eps: hyper("eps"),
    wd: hyper("weightDecay"),
    n: { type: "number", default: defaults.steps, min: 1, max: MAX_STEPS, integer: true },
    x: { type: "number", default: defaults.x0, min: -1e4, max: 1e4 },
    y: { type: "number", default: defaults.y0, min: -1e4, max: 1e4 },
    sgd: { type: "boolean", default: defaults.compareSgd },
    other: { type: "boolean", default: defaults.otherForm },
  } satisfies Schema;
}

export type ExplorerUrlValues = StateValues<ReturnType<typeof explorerSchema>>;

export function settingsToUrl(s: ExplorerSettings): ExplorerUrlValues {
  return {
    opt: s.optimizer,
    land: s.landscape,
    form: s.form,
    lr: s.lr,
    mu: s.momentum,
    alpha: s.alpha,
    b1: s.beta1,
    b2: s.beta2,
    eps: s.eps,
    wd: s.weightDecay,
    n: s.steps,
    x: s.x0,
    y: s.y0,
    sgd: s.compareSgd,
    other: s.otherForm,
  };
}

export function settingsFromUrl(v: ExplorerUrlValues): ExplorerSettings {
  return {
    optimizer: v.opt as OptimizerName,
    landscape: v.land,
    form: v.form as OptimizerForm,
    lr: v.lr,
    momentum: v.mu,
    alpha: v.alpha,
    beta1: v.b1,
    beta2: v.b2,
    eps: v.eps,
    weightDecay: v.wd,
    steps: v.n,
    x0: v.x,
    y0: v.y,
    compareSgd: v.sgd,
    otherForm: v.other,
  };
}
