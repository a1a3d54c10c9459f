/**
 * Long training runs: specs, the chunked training loop, the worker client, the trial pool,
 * presets of the MNIST chapters, fingerprints and time-left estimates.
 *
 *   spec.ts → model.ts → train-loop.ts (schedules kobai's TrainingLoop per run; data.ts)
 *   worker.ts ⇄ client.ts (page)   in-process.ts (Node, tests)   pool.ts + search.ts (trials)
 *   presets.ts, settings.ts, durations.ts   fingerprint.ts, eta.ts
 */
export {
  validateSpec,
  resolveRuns,
  dataShape,
  OPTIMIZER_NAMES,
  type TrainingSpec,
  type RunVariant,
  type RunSettings,
  type OptimizerSpec,
  type OptimizerName,
  type Metric,
  type Sampling,
  type DataSpec,
  type LayerSpec,
  type InitSpec,
} from "./spec";
export { mlp, type MlpOptions } from "./spec-layers";
export { buildModel, buildLayers, buildLoss, buildOptimizer, linearWeights } from "./model";
export { loadTrainingData, type TrainingData, type LabelledSet } from "./data";
export { TrainLoop, trainChunks, type ChunkBudget, type TrainLoopOptions } from "./train-loop";
export { JobRun } from "./job-run";
export type {
  TrainEvent,
  ProgressEvent,
  DoneEvent,
  PausedEvent,
  TrainResult,
  RunResult,
  RunChunk,
  EvalPoint,
  EndReason,
} from "./events";
export { HistoryRecorder, type TrainingHandle, type HandleEvent, type StartOptions } from "./handle";
export { startInProcess } from "./in-process";
export { runPool, defaultPoolSize, type PoolHandle, type PoolOptions, type Launcher } from "./pool";
export { splitRuns, mergeResults, startSplit, type PartLauncher, type SplitOptions } from "./split";
export { sampleTrials, trialLabel, type SearchSpace, type LogRange, type TrialParams } from "./search";
export { PRESETS, presetSpec, presetMnist, isPresetId, type Preset, type PresetId, type Scale } from "./presets";
export { CONTROL_DEFS, BOOK_WEIGHT_SCALES, type ControlId, type PresetSettings } from "./settings";
export { PRESET_SECONDS } from "./durations";
export { fingerprint, canonicalText } from "./fingerprint";
export { EtaEstimator } from "./eta";
export { streamSeed, streamRng, type SeedStream } from "./seeds";
