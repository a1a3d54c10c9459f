import {
  CrossEntropyLoss,
  Parameter,
  Sequential,
  Sigmoid,
  Tensor,
  add,
  createRng,
  gradientCheck,
  matmul,
  numericalGradient,
  sum,
  transpose,
  type Layer,
} from "kobai";

// Your turn: write Affine's backward pass (5.6.2). forward is done.
//ja: やってみよう:Affine レイヤの逆伝播を書きます(5.6.2項)。forward は書いてあります。
class MyAffine implements Layer {
  weight: Parameter;
  bias: Parameter;
  private x: Tensor | null = null;

  constructor(inFeatures: number, outFeatures: number, rng = createRng(0)) {
    const w = Tensor.randn(inFeatures, outFeatures, { rng });
    this.weight = new Parameter(w, "weight");
    this.bias = new Parameter(Tensor.randn(1, outFeatures, { std: 0.5, rng }), "bias");
  }

  forward(x: Tensor): Tensor {
    this.x = x;
    return add(matmul(x, this.weight.value), this.bias.value); // b is added to every row
    //ja: return add(matmul(x, this.weight.value), this.bias.value); // b はすべての行に足されます
  }

  backward(dout: Tensor): Tensor {
    const x = this.x!;
    // 1. ∂L/∂W = Xᵀ · dout         like the book: this.weight.grad = …
    // 2. ∂L/∂b = Σ rows of dout     (sum(dout, 0) sums over the rows)
    // 3. return ∂L/∂X = dout · Wᵀ
    //ja: 1. ∂L/∂W = Xᵀ · dout(本書と同じく this.weight.grad = … に入れます)
    //ja: 2. ∂L/∂b = dout の行の総和(sum(dout, 0) で行方向に足し合わせます)
    //ja: 3. ∂L/∂X = dout · Wᵀ を返します
    return Tensor.zeros(x.rows, x.cols); // ← replace
    //ja: return Tensor.zeros(x.rows, x.cols); // ← ここを書き換えます
  }

  parameters(): Parameter[] {
    return [this.weight, this.bias];
  }
}

// The check: a small network of your layers, a batch of 5,
// backprop against numerical gradients.
//ja: 確認:自作のレイヤで小さなネットワークを作り、サンプル 5 個のバッチで、
//ja: 逆伝播による勾配を数値微分による勾配と比べます。
const rng = createRng(42);
const net = new Sequential([new MyAffine(3, 4, rng), new Sigmoid(), new MyAffine(4, 2, rng)]);
const xs = Tensor.randn(5, 3, { rng });
const ts = [0, 1, 1, 0, 1];
const ce = new CrossEntropyLoss();
const lossOf = () => ce.forward(net.forward(xs), ts);

for (const row of gradientCheck(net, ce, xs, ts)) {
  const error = row.maxRelativeError.toExponential(1);
  console.log(`${row.name}: max relative error ${error} ${row.ok ? "✓" : "✗"}`);
  //ja: console.log(`${row.name}: 最大の相対誤差 ${error} ${row.ok ? "✓" : "✗"}`);
}
lossOf();
const dxs = net.backward(ce.backward());
for (const p of net.parameters()) {
  const numerical = numericalGradient(lossOf, p);
  check(`∂L/∂(${p.name})`, p.grad, numerical, { rtol: 1e-5, atol: 1e-8 });
}
const dxsNumerical = numericalGradient(lossOf, xs);
check("∂L/∂X (what backward returns)", dxs, dxsNumerical, { rtol: 1e-5, atol: 1e-8 });
//ja: check("∂L/∂X(backward が返す値)", dxs, dxsNumerical, { rtol: 1e-5, atol: 1e-8 });
