import { CrossEntropyLoss, Linear, Sequential, Tanh, Tensor, createRng, gradientCheck, matmul } from "kobai";

// Pitfall: ∂L/∂W = Xᵀ · ∂L/∂Y. Forget the transpose and, with most
// shapes, matmul refuses and names both shapes:
//ja: 落とし穴:∂L/∂W = Xᵀ · ∂L/∂Y です。転置を忘れると、たいていの形では
//ja: matmul が例外を投げ、2つの形をメッセージに示します。
const rng = createRng(3);
const X = Tensor.randn(4, 3, { rng }); // N = 4 samples, 3 features
//ja: const X = Tensor.randn(4, 3, { rng }); // サンプルは N = 4 個、特徴量は 3 個
const dY = Tensor.randn(4, 2, { rng }); // ∂L/∂Y for 2 outputs
//ja: const dY = Tensor.randn(4, 2, { rng }); // 2 個の出力についての ∂L/∂Y
try {
  matmul(X, dY);
} catch (e) {
  console.log((e as Error).message);
}

// …but when N = in = out, X · ∂L/∂Y has W's shape and runs silently.
//ja: ……ところが N = in = out のときは、X · ∂L/∂Y が W と同じ形になり、
//ja: エラーなしで動いてしまいます。
class NoTransposeLinear extends Linear {
  private input: Tensor | null = null;
  forward(x: Tensor): Tensor {
    this.input = x;
    return super.forward(x);
  }
  backward(dout: Tensor): Tensor {
    const dx = super.backward(dout); // ∂L/∂X and ∂L/∂b are right
    //ja: const dx = super.backward(dout); // ∂L/∂X と ∂L/∂b は正しく求まります
    this.weight.grad = matmul(this.input!, dout); // the bug: X · dout, not Xᵀ · dout
    //ja: this.weight.grad = matmul(this.input!, dout); // バグ:Xᵀ · dout ではなく X · dout
    return dx;
  }
}
const square = new Sequential([new NoTransposeLinear(3, 3, { rng }), new Tanh(), new Linear(3, 2, { rng })]);
const x3 = Tensor.randn(3, 3, { rng });
// Only a gradient check sees it:
//ja: これに気づけるのは、勾配確認だけです。
for (const row of gradientCheck(square, new CrossEntropyLoss(), x3, [0, 1, 0])) {
  const error = row.maxRelativeError.toExponential(1);
  console.log(`${row.name}: max relative error ${error} ${row.ok ? "✓" : "✗"}`);
  //ja: console.log(`${row.name}: 最大の相対誤差 ${error} ${row.ok ? "✓" : "✗"}`);
}
