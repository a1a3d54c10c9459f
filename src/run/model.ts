/**
 * From a spec's layer list to real kobai layers, losses and optimizers.
 *
 *   [{ linear: 100 }, { relu: {} }, { linear: "out" }]  with MNIST  →  Sequential([Linear(784, 100), ReLU(), Linear(100, 10)])
 *
 * Every random draw comes from the job's seeded streams (seeds.ts): initial weights from
 * "init", dropout masks from "dropout".
 */
import {
  Sequential,
  Linear,
  ReLU,
  Sigmoid,
  Tanh,
  LeakyReLU,
  BatchNorm,
  Dropout,
  CrossEntropyLoss,
  MSELoss,
  optimizers,
  type Layer,
  type Loss,
  type OptimizerLike,
  type Parameter,
  type Rng,
} from "kobai";
import {
  dataShape,
  type DataSpec,
  type LayerSpec,
  type OptimizerSpec,
  type TrainingSpec,
  type RunSettings,
  resolveRuns,
} from "./spec";
import { streamRng } from "./seeds";

/** The generators a model draws from. */
export interface ModelRngs {
  init: Rng;
  dropout: Rng;
}

/**
 * Builds the network of a layer list for the given data (sizes inferred).
 *
 * @example
 * const model = buildLayers([{ linear: 100 }, { relu: {} }, { linear: "out" }], { name: "mnist" }, { init: createRng(0), dropout: createRng(1) });
 * model.forward(Tensor.zeros(2, 784)).shape; // [2, 10]
 */
export function buildLayers(layers: LayerSpec[], data: DataSpec, rngs: ModelRngs): Sequential {
  const { inputs, classes } = dataShape(data);
  let units = inputs;
  const built: Layer[] = layers.map((spec): Layer => {
    if ("linear" in spec) {
      const out = spec.linear === "out" ? classes : spec.linear;
      const init = spec.init ?? "he";
      const layer =
        typeof init === "object"
          ? new Linear(units, out, { init: "normal", std: init.std, rng: rngs.init })
          : new Linear(units, out, { init, rng: rngs.init });
      units = out;
      return layer;
    }
    if ("relu" in spec) return new ReLU();
    if ("sigmoid" in spec) return new Sigmoid();
    if ("tanh" in spec) return new Tanh();
    if ("leakyRelu" in spec) return new LeakyReLU(spec.leakyRelu.slope);
    if ("batchnorm" in spec) return new BatchNorm(units, spec.batchnorm);
    const d = spec.dropout;
    return typeof d === "number"
      ? new Dropout(d, { rng: rngs.dropout })
      : new Dropout(d.p, { rng: rngs.dropout, inverted: d.inverted ?? true });
  });
  return new Sequential(built);
}

/**
 * The network of a spec (its first run, or the run at `runIndex`), with initial weights
 * drawn from the spec's seed. The same spec always builds the same weights.
 *
 * @example
 * const model = buildModel({ seed: 0, data: { name: "xor" }, model: [{ linear: 8 }, { tanh: {} }, { linear: "out" }],
 *   optimizer: { name: "SGD" }, batchSize: 4, iterations: 100 });
 */
export function buildModel(spec: TrainingSpec, runIndex = 0): Sequential {
  const run = resolveRuns(spec)[runIndex];
  if (!run) throw new Error(`buildModel: the spec has no run ${runIndex}`);
  return buildLayers(run.model, spec.data, {
    init: streamRng(spec.seed, "init"),
    dropout: streamRng(spec.seed, "dropout"),
  });
}

/** The loss object of a run. */
export function buildLoss(run: RunSettings): Loss {
  return run.loss === "mse" ? new MSELoss() : new CrossEntropyLoss();
}

/**
 * The optimizer of a run over the model's parameters; a bad option name or value throws the
 * optimizer's own message, prefixed with where it came from.
 */
export function buildOptimizer(spec: OptimizerSpec, params: Parameter[], path = "spec.optimizer"): OptimizerLike {
  try {
    return optimizers[spec.name].create(params, spec.options ?? {});
  } catch (error) {
    throw new Error(`${path}.options: ${(error as Error).message}`);
  }
}

/** The Linear weights of a model (what the book's weight decay penalises; not biases). */
export function linearWeights(model: Sequential): Parameter[] {
  return model.layers.filter((l): l is Linear => l instanceof Linear).map((l) => l.weight);
}
