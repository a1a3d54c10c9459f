import { CrossEntropyLoss, Linear, ReLU, Sequential, Tensor, createRng, gradientCheck } from "kobai";

// The layer stepper's network: seed 1, 2 → 3 → 2, a batch of N = 3, labels 0, 1, 0.
//ja: ステッパーと同じネットワーク:シード 1、2 → 3 → 2、バッチサイズ N = 3、ラベルは 0, 1, 0 です。
const rng = createRng(1);
const fc1 = new Linear(2, 3, { rng }); // W₁ (2 × 3), b₁ = 0
const relu = new ReLU();
const fc2 = new Linear(3, 2, { rng }); // W₂ (3 × 2), b₂ = 0
const x = Tensor.randn(3, 2, { rng });
const labels = [0, 1, 0];
const lossLayer = new CrossEntropyLoss(); // the book's SoftmaxWithLoss
//ja: const lossLayer = new CrossEntropyLoss(); // 本書の SoftmaxWithLoss

// forward, layer by layer
//ja: 順伝播をレイヤごとに
const a1 = fc1.forward(x);
const z1 = relu.forward(a1);
const a2 = fc2.forward(z1);
const L = lossLayer.forward(a2, labels);
console.log("L =", L);

// backward, in reverse order
//ja: 逆伝播を逆順に
const da2 = lossLayer.backward(); // (Y − T) / N
const dz1 = fc2.backward(da2); // ∂L/∂Z₁; adds ∂L/∂W₂, ∂L/∂b₂ to fc2's grads
//ja: const dz1 = fc2.backward(da2); // ∂L/∂Z₁。∂L/∂W₂、∂L/∂b₂ は fc2 の grad に加わります
const da1 = relu.backward(dz1); // zero where A₁ ≤ 0
//ja: const da1 = relu.backward(dz1); // A₁ ≤ 0 のところは 0
const dx = fc1.backward(da1); // ∂L/∂X; ∂L/∂W₁, ∂L/∂b₁ into fc1's grads
//ja: const dx = fc1.backward(da1); // ∂L/∂X。∂L/∂W₁、∂L/∂b₁ は fc1 の grad に加わります
show(fc1.weight.grad, "∂L/∂W₁");
show(fc1.bias.grad, "∂L/∂b₁");

// The gradient check (5.7.3): backprop against numerical differences.
//ja: 勾配確認(5.7.3項):誤差逆伝播法の勾配を数値微分と比べます。
const model = new Sequential([fc1, relu, fc2]);
for (const row of gradientCheck(model, lossLayer, x, labels)) {
  const error = row.maxRelativeError.toExponential(1);
  console.log(`${row.name} ${row.shape}: max relative error ${error} ${row.ok ? "✓" : "✗"}`);
  //ja: console.log(`${row.name} ${row.shape}:相対誤差の最大 ${error} ${row.ok ? "✓" : "✗"}`);
}
