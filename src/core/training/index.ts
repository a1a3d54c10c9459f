// Training: mini-batches, the training loop and accuracy.
export { batches, permutation, Batches, type BatchOptions, type Labels } from "./batches";
export { accuracy, predict } from "./accuracy";
export { fit, fitAsync, trainingLoop, TrainingDiverged, type FitOptions, type History, type StepReport, type EpochReport, type OptimizerLike } from "./fit";
