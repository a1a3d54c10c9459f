/** Test helpers: the small networks the core's training tests fit. */
import { Linear } from "../layers/linear";
import { ReLU } from "../layers/relu";
import { Sequential } from "../layers/sequential";
import type { Rng } from "../random";

/** inputs → Linear → ReLU → Linear → outputs, its weights drawn from `rng` (the layers' default init). */
export function reluNet(inputs: number, hidden: number, outputs: number, rng: Rng): Sequential {
  return new Sequential([new Linear(inputs, hidden, { rng }), new ReLU(), new Linear(hidden, outputs, { rng })]);
}
