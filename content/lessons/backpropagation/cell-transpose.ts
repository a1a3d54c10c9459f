import { CrossEntropyLoss, Linear, Sequential, Tanh, Tensor, createRng, gradientCheck, matmul } from "kobai";

// Pitfall: ∂L/∂W = Xᵀ · ∂L/∂Y. Forget the transpose and, with most
// shapes, matmul refuses and names both shapes:
const rng = createRng(3);
const X = Tensor.randn(4, 3, { rng }); // N = 4 samples, 3 features
const dY = Tensor.randn(4, 2, { rng }); // ∂L/∂Y for 2 outputs
try {
  matmul(X, dY);
} catch (e) {
  console.log((e as Error).message);
}

// …but when N = in = out, X · ∂L/∂Y has W's shape and runs silently.
class NoTransposeLinear extends Linear {
  private input: Tensor | null = null;
  forward(x: Tensor): Tensor {
    this.input = x;
    return super.forward(x);
  }
  backward(dout: Tensor): Tensor {
    const dx = super.backward(dout); // ∂L/∂X and ∂L/∂b are right
    this.weight.grad = matmul(this.input!, dout); // the bug: X · dout, not Xᵀ · dout
    return dx;
  }
}
const square = new Sequential([new NoTransposeLinear(3, 3, { rng }), new Tanh(), new Linear(3, 2, { rng })]);
const x3 = Tensor.randn(3, 3, { rng });
// Only a gradient check sees it:
for (const row of gradientCheck(square, new CrossEntropyLoss(), x3, [0, 1, 0])) {
  const error = row.maxRelativeError.toExponential(1);
  console.log(`${row.name}: max relative error ${error} ${row.ok ? "✓" : "✗"}`);
}
