// Gradient descent on L(w, b) = mean (w·x + b − t)², the widget's lesson preset, with the API.
import { Linear, MSELoss, SGD, Tensor, createRng, numericalGradient } from "kobai";

// The chapter's 40 points: x uniform in [−3, 3], t = σ(2x − 1) + 0.1·noise (seed 1).
const rng = createRng(1);
const xs = Array.from({ length: 40 }, () => Number((-3 + 6 * rng.uniform()).toFixed(2)));
const ts = xs.map((x) => Number((1 / (1 + Math.exp(-(2 * x - 1))) + 0.1 * rng.normal()).toFixed(2)));
const x = Tensor.from(xs.map((v) => [v]));
const t = Tensor.from(ts.map((v) => [v]));

// One neuron with φ = identity: y = x·w + b. Its weight and bias are Parameters.
const neuron = new Linear(1, 1, { init: "zeros" });
neuron.weight.value.data[0] = -1.2;
neuron.bias.value.data[0] = -1.2;
const loss = new MSELoss(); // PyTorch's mean
const optimizer = new SGD(neuron.parameters(), { lr: 0.1 });

const fmt = (v: number) => v.toFixed(6).padStart(10);
console.log("step         w         b         L     ∂L/∂w  (numeric)     ∂L/∂b  (numeric)");
for (let step = 0; step <= 5; step++) {
  optimizer.zeroGrad();
  const L = loss.forward(neuron.forward(x), t); // forward
  neuron.backward(loss.backward()); // backward: fills weight.grad, bias.grad
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
