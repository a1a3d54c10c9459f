// Gradient descent on L(w, b) = mean (w·x + b − t)², the widget's lesson preset, with the API.
//ja: L(w, b) = mean (w·x + b − t)² での勾配降下法です。ウィジェットのプリセット「本文:η = 0.1」と同じ計算を API で書きます。
import { Linear, MSELoss, SGD, Tensor, createRng, numericalGradient } from "kobai";

// The chapter's 40 points: x uniform in [−3, 3], t = σ(2x − 1) + 0.1·noise (seed 1).
//ja: 本文の 40 点:x は [−3, 3] の一様分布から、t = σ(2x − 1) + 0.1·ノイズ(シード 1)。
const rng = createRng(1);
const xs = Array.from({ length: 40 }, () => Number((-3 + 6 * rng.uniform()).toFixed(2)));
const ts = xs.map((x) => Number((1 / (1 + Math.exp(-(2 * x - 1))) + 0.1 * rng.normal()).toFixed(2)));
const x = Tensor.from(xs.map((v) => [v]));
const t = Tensor.from(ts.map((v) => [v]));

// One neuron with φ = identity: y = x·w + b. Its weight and bias are Parameters.
//ja: φ = 恒等関数のニューロン1つ:y = x·w + b。重みとバイアスは Parameter です。
const neuron = new Linear(1, 1, { init: "zeros" });
neuron.weight.value.data[0] = -1.2;
neuron.bias.value.data[0] = -1.2;
const loss = new MSELoss(); // PyTorch's mean
//ja: const loss = new MSELoss(); // PyTorch と同じく平均をとります
const optimizer = new SGD(neuron.parameters(), { lr: 0.1 });

const fmt = (v: number) => v.toFixed(6).padStart(10);
console.log("step         w         b         L     ∂L/∂w  (numeric)     ∂L/∂b  (numeric)");
//ja: console.log("回目         w         b         L     ∂L/∂w     (数値)     ∂L/∂b     (数値)");
for (let step = 0; step <= 5; step++) {
  optimizer.zeroGrad();
  const L = loss.forward(neuron.forward(x), t); // forward
  //ja: const L = loss.forward(neuron.forward(x), t); // 順伝播
  neuron.backward(loss.backward()); // backward: fills weight.grad, bias.grad
  //ja: neuron.backward(loss.backward()); // 逆伝播:weight.grad と bias.grad に勾配が入ります
  const f = () => loss.forward(neuron.forward(x), t);
  const dw = numericalGradient(f, neuron.weight).data[0];
  const db = numericalGradient(f, neuron.bias).data[0];
  console.log(
    String(step).padStart(4),
    fmt(neuron.weight.value.data[0]),
    fmt(neuron.bias.value.data[0]),
    fmt(L),
    fmt(neuron.weight.grad.data[0]),
    fmt(dw),
    fmt(neuron.bias.grad.data[0]),
    fmt(db),
  );
  optimizer.step(); // (w, b) ← (w, b) − η ∇L
}
