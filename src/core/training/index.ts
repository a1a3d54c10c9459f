// Training: mini-batches, the training loop, divergence, the book's weight decay and accuracy.
export { batches, permutation, Batches, BatchPlan, type BatchOptions, type Labels } from "./batches";
export { accuracy, predict, countCorrect } from "./accuracy";
export { TrainingLoop, type LoopOptions, type LoopStep, type OptimizerLike } from "./loop";
export { isDiverged, divergenceMessage, DIVERGENCE_FACTOR } from "./divergence";
export { decayedWeights, sumOfSquares } from "./weight-decay";
export {
  fit,
  trainingLoop,
  TrainingDiverged,
  type FitOptions,
  type History,
  type StepReport,
  type EpochReport,
} from "./fit";
