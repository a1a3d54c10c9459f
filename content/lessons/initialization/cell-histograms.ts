// The histogram experiment of 6.2 (ch06/weight_init_activation_histogram.py) with the API:
// 1,000 random inputs through five Linear(100, 100) layers, each followed by the activation.
// Same seed and same order of draws as the widget above, so the numbers match its table.
//ja: 6.2節のヒストグラムの実験(ch06/weight_init_activation_histogram.py)を
//ja: 公開 API で行います。ランダムな入力 1,000 件を Linear(100, 100) の層5つに通し、
//ja: 各層のあとに活性化関数を適用します。シードも乱数を引く順番も上のウィジェットと
//ja: 同じなので、数値はウィジェットの表と一致します。
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
  //ja: show(Tensor.from(rows), `${name}:層、平均、標準偏差、飽和の割合`);
}

const sigmoid = () => new Sigmoid();
describe("sigmoid, σ = 1 (図6-10)", activationsPerLayer(1, sigmoid));
//ja: describe("シグモイド関数、σ = 1(図6-10)", activationsPerLayer(1, sigmoid));
describe("sigmoid, σ = 0.01 (図6-11)", activationsPerLayer(0.01, sigmoid));
//ja: describe("シグモイド関数、σ = 0.01(図6-11)", activationsPerLayer(0.01, sigmoid));
const xavier = activationsPerLayer(1 / Math.sqrt(100), sigmoid);
describe("sigmoid, Xavier 1/√100 (図6-13)", xavier);
//ja: describe("シグモイド関数、Xavier の初期値 1/√100(図6-13)", xavier);

// The histogram of layer 5 with Xavier, binned as the book: 30 bins over (0, 1).
//ja: Xavier の初期値での5層目のヒストグラム。本書と同じく (0, 1) を 30 区間に分けます。
plot({
  height: 200,
  marks: [
    Plot.rectY(
      Array.from(xavier[4].data),
      Plot.binX({ y: "count" }, { x: { value: (v: number) => v, thresholds: 30, domain: [0, 1] } }),
    ),
  ],
});
