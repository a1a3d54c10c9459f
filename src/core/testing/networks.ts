/** Test helpers: the networks the core's tests build (a small one to train, and the PyTorch fixtures' ones). */
import { BatchNorm } from "../layers/batchnorm";
import type { Layer } from "../layers/layer";
import { LeakyReLU } from "../layers/leaky-relu";
import { Linear } from "../layers/linear";
import { ReLU } from "../layers/relu";
import { Sequential } from "../layers/sequential";
import { Sigmoid } from "../layers/sigmoid";
import { Softmax } from "../layers/softmax";
import { Tanh } from "../layers/tanh";
import type { Rng } from "../random";

/** inputs → Linear → ReLU → Linear → outputs, its weights drawn from `rng` (the layers' default init). */
export function reluNet(inputs: number, hidden: number, outputs: number, rng: Rng): Sequential {
  return new Sequential([new Linear(inputs, hidden, { rng }), new ReLU(), new Linear(hidden, outputs, { rng })]);
}

/** A layer as scripts/fixtures/mlp.py writes it: its kind, then its numbers (["linear", 4, 3], ["leakyRelu", 0.1]). */
export type FixtureLayer = [string, ...number[]];

/** Each kind of layer the fixtures name, built from the fixture's numbers. */
const FIXTURE_LAYERS: Record<string, (a: number, b: number) => Layer> = {
  linear: (inputs, outputs) => new Linear(inputs, outputs),
  batchnorm: (features) => new BatchNorm(features),
  sigmoid: () => new Sigmoid(),
  tanh: () => new Tanh(),
  relu: () => new ReLU(),
  leakyRelu: (slope) => new LeakyReLU(slope),
  softmax: () => new Softmax(),
};

/** The layer a fixture describes; an unknown kind throws. */
export function layerFromFixture([kind, a, b]: FixtureLayer): Layer {
  const make = FIXTURE_LAYERS[kind];
  if (!make) throw new Error(`unknown layer ${kind}`);
  return make(a, b);
}
