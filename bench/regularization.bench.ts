/**
 * The live widgets of the chapters weight-decay, dropout and hyperparameter-search must
 * answer within a frame (16 ms): CPU milliseconds per slider input or step. Their MNIST
 * training (TrainingRun presets, the search's trials) is in presets.bench.ts; the cells'
 * training is in regularization-cells.bench.ts (slow).
 *
 * `npm run bench -- regularization.bench` (just this file; `-- regularization` runs the cells too)
 */
import { penaltyState } from "../components/widgets/weight-decay/penalty";
import { netState } from "../components/widgets/dropout/dropout-net";
import { selectionBias } from "../components/widgets/hyperparameter-search/selection-bias";
import { median, secondsPerCall, type Benchmark, type BenchRow } from "./timing";

function row(name: string, fn: () => void, note: string): BenchRow {
  const t = secondsPerCall(fn, { warmup: 5, iterations: 10, runs: 5 });
  return { name, value: 1000 * median(t.cpu), unit: "cpu ms", note };
}

const benchmark: Benchmark = {
  title: "Regularisation widgets: one input, CPU ms (a frame is 16 ms)",
  run: () => [
    row(
      "weight-decay: λ input (minimum + 300 SGD steps)",
      () => penaltyState(0.37),
      "PenaltyLandscape, before drawing",
    ),
    row(
      "dropout: step 50 (50 forward passes, 4-6-6-2)",
      () => netState({ seed: 0, p: 0.5, inverted: true, step: 50 }),
      "DropoutNet replays from step 1",
    ),
    row(
      "selection bias: 200 models × 2000 digits",
      () => selectionBias({ models: 200, testSize: 2000 }),
      "the sliders' largest setting",
    ),
  ],
};

export default benchmark;
