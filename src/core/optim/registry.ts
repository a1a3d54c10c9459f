/**
 * The optimizers by name, with each one's options, defaults and valid ranges: the one list
 * that run specs (src/run), the training widgets' controls, the optimizer explorer and the
 * charts read, so a new rule (or a changed default) shows up everywhere at once.
 *
 *   optimizers.Adam.create(params, { lr: 0.01 })       same as new Adam(params, { lr: 0.01 })
 *   optimizers.Adam.options.eps                         { default: 1e-8, bookDefault: 1e-7, kind: "number", min: 0, max: Infinity }
 */
import type { Parameter } from "../parameter";
import { OPTION_RANGES, type OptionRange } from "./option-checks";
import type { Optimizer, OptimizerClassInfo, OptimizerForm } from "./optimizer";
import { SGD } from "./sgd";
import { Momentum } from "./momentum";
import { Nesterov } from "./nesterov";
import { AdaGrad } from "./adagrad";
import { RMSProp } from "./rmsprop";
import { Adam } from "./adam";
import { AdamW } from "./adamw";

/** One option of an optimizer: its default (and the book's form's, where it differs) and its valid range. @example optimizers.AdaGrad.options.eps // { kind: "number", min: 0, max: Infinity, default: 1e-10, bookDefault: 1e-7 } */
export type OptionInfo = OptionRange & { default: number | string; bookDefault?: number | string };

/** What the registry knows about one optimizer. @example optimizers.RMSProp.options.alpha.default // 0.99 */
export interface OptimizerEntry {
  /** The class's name, e.g. "Adam". */
  name: string;
  /** The class itself. */
  Class: OptimizerClassInfo & (new (params: readonly Parameter[], options?: any) => Optimizer<any>);
  /** Every option it takes, in the order its documentation lists them ("form" last). */
  options: Readonly<Record<string, OptionInfo>>;
  /** `new Class(params, options)`. */
  create(params: readonly Parameter[], options?: Record<string, unknown>): Optimizer<any>;
  /** The defaults in a form, e.g. `defaults("book").eps` is 1e-7 for AdaGrad. */
  defaults(form?: OptimizerForm): Record<string, number | string>;
}

function entry(Class: OptimizerEntry["Class"]): OptimizerEntry {
  const torch = Class.defaults("pytorch") as unknown as Record<string, number | string>;
  const book = Class.defaults("book") as unknown as Record<string, number | string>;
  const options = Object.fromEntries(
    Object.keys(torch).map((name): [string, OptionInfo] => [
      name,
      {
        ...OPTION_RANGES[name],
        default: torch[name],
        ...(book[name] !== torch[name] ? { bookDefault: book[name] } : {}),
      },
    ]),
  );
  return {
    name: Class.label,
    Class,
    options,
    create: (params, opts) => new Class(params, opts),
    defaults: (form) => Class.defaults(form) as unknown as Record<string, number | string>,
  };
}

/**
 * Every optimizer class of kobai by name, in the order the lessons read them.
 *
 * @example
 * Object.keys(optimizers);                 // ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam", "AdamW"]
 * optimizers.Momentum.options.momentum;    // { kind: "number", min: 0, max: 1, maxExclusive: true, default: 0.9 }
 */
export const optimizers = {
  SGD: entry(SGD),
  Momentum: entry(Momentum),
  Nesterov: entry(Nesterov),
  AdaGrad: entry(AdaGrad),
  RMSProp: entry(RMSProp),
  Adam: entry(Adam),
  AdamW: entry(AdamW),
} as const satisfies Record<string, OptimizerEntry>;

/** The name of one of kobai's optimizers. @example const name: OptimizerName = "Adam"; */
export type OptimizerName = keyof typeof optimizers;

/** The names, in the lessons' order. @example OPTIMIZER_NAMES.includes("Adam") // true */
export const OPTIMIZER_NAMES = Object.keys(optimizers) as OptimizerName[];

/** True when `name` names one of kobai's optimizers. @example isOptimizerName("Adam") // true */
export function isOptimizerName(name: unknown): name is OptimizerName {
  return typeof name === "string" && Object.hasOwn(optimizers, name);
}
