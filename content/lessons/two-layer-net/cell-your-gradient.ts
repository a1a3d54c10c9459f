import { CrossEntropyLoss, Linear, ReLU, Tensor, createRng, numericalGradient, type Parameter } from "kobai";

// Your turn: the book's TwoLayerNet.gradient (5.7.2). predict and loss are done; gradient
// must run the forward pass, then every layer's backward in reverse order, so that each
// parameter's .grad holds ∂L/∂(parameter). The page checks it against numerical gradients.
//ja: やってみよう:本書の TwoLayerNet.gradient(5.7.2項)です。predict と loss は書いてあります。
//ja: gradient では順伝播を行ってから、各レイヤの backward を逆順に呼びます。すると、各パラメータの
//ja: .grad に ∂L/∂(パラメータ) が入ります。ページが、数値微分で求めた勾配と比べて確かめます。
class TwoLayerNet {
  affine1: Linear;
  relu = new ReLU();
  affine2: Linear;
  lastLayer = new CrossEntropyLoss(); // SoftmaxWithLoss

  constructor(inputSize: number, hiddenSize: number, outputSize: number, rng = createRng(0)) {
    this.affine1 = new Linear(inputSize, hiddenSize, { init: "normal", std: 0.5, rng });
    this.affine2 = new Linear(hiddenSize, outputSize, { init: "normal", std: 0.5, rng });
  }

  predict(x: Tensor): Tensor {
    return this.affine2.forward(this.relu.forward(this.affine1.forward(x)));
  }

  loss(x: Tensor, t: number[]): number {
    return this.lastLayer.forward(this.predict(x), t);
  }

  params(): Parameter[] {
    return [this.affine1.weight, this.affine1.bias, this.affine2.weight, this.affine2.bias];
  }

  gradient(x: Tensor, t: number[]): void {
    for (const p of this.params()) p.grad = Tensor.zeros(p.value.rows, p.value.cols);
    // ▼ your code: forward (this.loss), then backward from this.lastLayer to this.affine1
    //ja: ▼ ここに書く:順伝播(this.loss)のあと、this.lastLayer から this.affine1 まで逆伝播します
    this.loss(x, t);
    // ▲ your code
    //ja: ▲ ここまで
  }
}

// A small net and a batch of 6 (never check with a batch of one), biases moved off zero.
//ja: 小さなネットワークと6サンプルのバッチです(バッチサイズ 1 で確かめてはいけません)。バイアスは 0 からずらします。
const rng = createRng(3);
const net = new TwoLayerNet(4, 5, 3, rng);
for (const b of [net.affine1.bias, net.affine2.bias]) b.value = Tensor.randn(1, b.value.cols, { std: 0.5, rng });
const x = Tensor.randn(6, 4, { rng });
const t = [0, 2, 1, 1, 0, 2];

net.gradient(x, t);
const named = { W1: net.affine1.weight, b1: net.affine1.bias, W2: net.affine2.weight, b2: net.affine2.bias };
for (const [name, p] of Object.entries(named)) {
  const numerical = numericalGradient(() => net.loss(x, t), p);
  check(`∂L/∂${name}`, p.grad, numerical, { rtol: 1e-6, atol: 1e-9 });
}
