import { LeakyReLU, ReLU, Sigmoid, Step, Tanh, Tensor } from "kobai";

// Each activation is a core layer: forward gives h(x); backward with ∂L/∂y = 1 gives h′(x).
//ja: 活性化関数はどれもコアのレイヤです。forward は h(x) を返し、∂L/∂y = 1 を渡した backward は h′(x) を返します。
const x = Tensor.from([[-2, -0.5, 0, 0.5, 2, 10]]);
const ones = Tensor.ones(1, 6);
const layers = [
  ["sigmoid", new Sigmoid()],
  ["tanh", new Tanh()],
  ["ReLU", new ReLU()],
  ["leaky ReLU", new LeakyReLU(0.01)],
] as const;
for (const [name, layer] of layers) {
  show(layer.forward(x), `${name}(x) at x = -2, -0.5, 0, 0.5, 2, 10`);
  //ja: show(layer.forward(x), `x = -2, -0.5, 0, 0.5, 2, 10 での ${name}(x)`);
  show(layer.backward(ones), `${name}′(x)`);
}

// The step: forward works, backward refuses, and says why.
//ja: ステップ関数では、forward は動きますが、backward は理由を示して断ります。
const step = new Step();
show(step.forward(x), "step(x)");
try {
  step.backward(ones);
} catch (e) {
  console.log((e as Error).message);
}
