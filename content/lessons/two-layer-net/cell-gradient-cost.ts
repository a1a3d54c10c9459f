// The book's gradient_check.py (5.7.3) on its TwoLayerNet(784, 50, 10): three training
// digits, backprop against numerical gradients, then what each gradient costs here.
//ja: 本書の gradient_check.py(5.7.3項)を TwoLayerNet(784, 50, 10) で実行します。訓練データ3枚を使い、
//ja: 誤差逆伝播法で求めた勾配を数値微分で求めた勾配と比べます。それぞれの方法で勾配を1回求める時間も、
//ja: このマシンで計ります。
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
//ja: console.log(`パラメータ ${count} 個:数値微分で勾配を1回求めるのに順伝播 ${2 * count} 回`);

// Backprop: one forward and one backward pass gives every gradient. Timed over 200 repeats.
//ja: 誤差逆伝播法:順伝播と逆伝播を1回ずつ行えば、すべての勾配が求まります。200 回繰り返して時間を計ります。
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
//ja: 数値微分:重み1つにつき順伝播が2回です(h = 1e-4、本書の numerical_gradient)。
t0 = performance.now();
const numerical = params.map((p, i) => {
  progress(i / params.length, `numerical gradient of ${p.name}`);
  //ja: progress(i / params.length, `${p.name} の数値微分`);
  return numericalGradient(loss, p);
});
const numericalMs = performance.now() - t0;
progress(1);

params.forEach((p, i) => {
  let diff = 0;
  p.grad.data.forEach((g, k) => (diff = Math.max(diff, Math.abs(g - numerical[i].data[k]))));
  console.log(`${p.name} ${p.value.rows} × ${p.value.cols}: max |backprop − numerical| = ${diff.toExponential(1)}`);
  //ja: console.log(`${p.name} ${p.value.rows} × ${p.value.cols}:|誤差逆伝播法 − 数値微分| の最大 = ${diff.toExponential(1)}`);
});
console.log(`one gradient by backprop: ${backpropMs.toFixed(2)} ms`);
//ja: console.log(`誤差逆伝播法で勾配1回:${backpropMs.toFixed(2)} ms`);
console.log(`one gradient by numerical differences: ${(numericalMs / 1000).toFixed(1)} s`);
//ja: console.log(`数値微分で勾配1回:${(numericalMs / 1000).toFixed(1)} 秒`);
console.log(`backprop is ${Math.round(numericalMs / backpropMs).toLocaleString("en")}× faster on this machine`);
//ja: console.log(`このマシンでは、誤差逆伝播法のほうが ${Math.round(numericalMs / backpropMs).toLocaleString("en")} 倍速い`);
