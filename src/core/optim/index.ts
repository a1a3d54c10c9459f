/**
 * Optimizers, in the order the lessons read them: each file is a small step from the one
 * before and says what it fixes and what new problem it brings.
 */
export {
  Optimizer,
  type BaseOptions,
  type OptimizerForm,
  type StateSnapshot,
  type OptimizerClassInfo,
} from "./optimizer";
export { SGD, type SGDOptions } from "./sgd";
export { Momentum, type MomentumOptions } from "./momentum";
export { Nesterov, type NesterovOptions } from "./nesterov";
export { AdaGrad, type AdaGradOptions } from "./adagrad";
export { RMSProp, type RMSPropOptions } from "./rmsprop";
export { Adam, type AdamOptions } from "./adam";
export { AdamW, type AdamWOptions } from "./adamw";
export {
  optimizers,
  OPTIMIZER_NAMES,
  isOptimizerName,
  type OptimizerName,
  type OptimizerEntry,
  type OptionInfo,
} from "./registry";
export type { OptionRange } from "./option-checks";
