// The histogram experiment of 6.2 (ch06/weight_init_activation_histogram.py) with the API:
// 1,000 random inputs through five Linear(100, 100) layers, each followed by the activation.
// Same seed and same order of draws as the widget above, so the numbers match its table.
import { Linear, Sigmoid, Tensor, createRng, type Layer } from "kobai";

function activationsPerLayer(std: number, makeActivation: () => Layer): Tensor[] {
  const rng = createRng(0);
  let h = Tensor.randn(1000, 100, { rng }); // x ~ 𝒩(0, 1), 1000 × 100
  const out: Tensor[] = [];
  for (let layer = 0; layer < 5; layer++) {
    const linear = new Linear(100, 100, { init: "normal", std, rng }); // W ~ 𝒩(0, std²), b = 0
    h = makeActivation().forward(linear.forward(h));
    out.push(h);
  }
  return out;
}

function describe(name: string, layers: Tensor[]): void {
  const rows = layers.map((h, l) => {
    const values = Array.from(h.data);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    const saturated = values.filter((v) => v < 0.01 || v > 0.99).length / values.length;
    return [l + 1, mean, std, saturated];
  });
  show(Tensor.from(rows), `${name}: layer, mean, std, fraction saturated`);
}

const sigmoid = () => new Sigmoid();
describe("sigmoid, σ = 1 (図6-10)", activationsPerLayer(1, sigmoid));
describe("sigmoid, σ = 0.01 (図6-11)", activationsPerLayer(0.01, sigmoid));
const xavier = activationsPerLayer(1 / Math.sqrt(100), sigmoid);
describe("sigmoid, Xavier 1/√100 (図6-13)", xavier);

// The histogram of layer 5 with Xavier, binned as the book: 30 bins over (0, 1).
plot({
  height: 200,
  marks: [
    Plot.rectY(
      Array.from(xavier[4].data),
      Plot.binX({ y: "count" }, { x: { value: (v: number) => v, thresholds: 30, domain: [0, 1] } }),
    ),
  ],
});
