// The book's gradient_check.py (5.7.3) on its TwoLayerNet(784, 50, 10): three training
// digits, backprop against numerical gradients, then what each gradient costs here.
import { CrossEntropyLoss, Linear, ReLU, Sequential, createRng, loadMnist, numericalGradient } from "kobai";

const { train } = await loadMnist({ train: 3, test: 0 }); // x_train[:3], t_train[:3]
const rng = createRng(0);
const net = new Sequential([
  new Linear(784, 50, { init: "normal", std: 0.01, rng }), // W1 = 0.01·randn, b1 = 0
  new ReLU(),
  new Linear(50, 10, { init: "normal", std: 0.01, rng }),
]);
const lossLayer = new CrossEntropyLoss(); // SoftmaxWithLoss
const loss = () => lossLayer.forward(net.forward(train.x), train.y);
const params = net.parameters();
const count = params.reduce((n, p) => n + p.value.data.length, 0);
console.log(`${count} parameters: ${2 * count} forward passes for one numerical gradient`);

// Backprop: one forward and one backward pass gives every gradient. Timed over 200 repeats.
const backpropGradient = () => {
  for (const p of params) p.grad.data.fill(0);
  loss();
  net.backward(lossLayer.backward());
};
const repeats = 200;
let t0 = performance.now();
for (let i = 0; i < repeats; i++) backpropGradient();
const backpropMs = (performance.now() - t0) / repeats;

// Numerical: two forward passes per weight (h = 1e-4, the book's numerical_gradient).
t0 = performance.now();
const numerical = params.map((p, i) => {
  progress(i / params.length, `numerical gradient of ${p.name}`);
  return numericalGradient(loss, p);
});
const numericalMs = performance.now() - t0;
progress(1);

params.forEach((p, i) => {
  let diff = 0;
  p.grad.data.forEach((g, k) => (diff = Math.max(diff, Math.abs(g - numerical[i].data[k]))));
  console.log(`${p.name} ${p.value.rows} × ${p.value.cols}: max |backprop − numerical| = ${diff.toExponential(1)}`);
});
console.log(`one gradient by backprop: ${backpropMs.toFixed(2)} ms`);
console.log(`one gradient by numerical differences: ${(numericalMs / 1000).toFixed(1)} s`);
console.log(`backprop is ${Math.round(numericalMs / backpropMs).toLocaleString("en")}× faster on this machine`);
