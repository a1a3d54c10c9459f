// Pitfall: a gradient check with a batch of one. The book's batch_norm_gradient_check.py
// checks x_train[:1]. Here a BatchNorm with a BUG in its backward (it drops the x̂·∂L/∂γ
// term) is checked with 1 row and with 8 rows, in the book's form (PyTorch's refuses N = 1).
//ja: 落とし穴:バッチサイズ 1 での勾配確認。本書の batch_norm_gradient_check.py は
//ja: x_train[:1] で確かめています。ここでは、逆伝播に「バグ」のある BatchNorm
//ja: (x̂·∂L/∂γ の項が抜けています)を、本書の形で1行と8行のバッチで確かめます
//ja: (PyTorch の形は N = 1 を受け付けません)。
import {
  BatchNorm,
  CrossEntropyLoss,
  Linear,
  Sequential,
  Tanh,
  Tensor,
  createRng,
  gradientCheck,
  type ForwardOptions,
} from "kobai";

class BuggyBatchNorm extends BatchNorm {
  private x: Tensor | null = null;
  forward(x: Tensor, opts?: ForwardOptions): Tensor {
    this.x = x;
    return super.forward(x, opts);
  }
  backward(dout: Tensor): Tensor {
    const x = this.x!,
      N = x.rows,
      D = x.cols,
      mu = this.batchMean!.data,
      v = this.batchVar!.data,
      g = this.gamma.value.data;
    const dx = new Tensor(N, D);
    for (let j = 0; j < D; j++) {
      const inv = 1 / Math.sqrt(v[j] + this.eps);
      let dBeta = 0,
        dGamma = 0;
      for (let n = 0; n < N; n++) {
        dBeta += dout.get(n, j);
        dGamma += dout.get(n, j) * (x.get(n, j) - mu[j]) * inv;
      }
      this.beta.grad.data[j] += dBeta;
      this.gamma.grad.data[j] += dGamma;
      for (let n = 0; n < N; n++) dx.set(n, j, ((g[j] * inv) / N) * (N * dout.get(n, j) - dBeta)); // BUG: − x̂·dGamma is missing
      //ja: for (let n = 0; n < N; n++) dx.set(n, j, ((g[j] * inv) / N) * (N * dout.get(n, j) - dBeta)); // バグ:− x̂·dGamma の項がない
    }
    return dx;
  }
}

function network(): Sequential {
  const rng = createRng(0);
  return new Sequential([
    new Linear(6, 5, { rng }),
    new BuggyBatchNorm(5, { form: "book" }),
    new Tanh(),
    new Linear(5, 3, { rng }),
  ]);
}

for (const rows of [1, 8]) {
  const rng = createRng(1);
  const x = Tensor.randn(rows, 6, { rng });
  const target = Array.from({ length: rows }, (_, i) => i % 3);
  const table = gradientCheck(network(), new CrossEntropyLoss(), x, target);
  show(
    table
      .map(
        (r) =>
          `${r.name} ${r.shape}: max relative error ${r.maxRelativeError.toExponential(1)}, backprop ${r.backprop.toPrecision(3)} ${r.ok ? "✓" : "✗"}`,
        //ja:   `${r.name} ${r.shape}:最大相対誤差 ${r.maxRelativeError.toExponential(1)}、逆伝播の勾配 ${r.backprop.toPrecision(3)} ${r.ok ? "✓" : "✗"}`,
      )
      .join("\n"),
    `batch of ${rows}`,
    //ja: `${rows} 行のバッチ`,
  );
  console.log(`batch of ${rows}: ${table.every((r) => r.ok) ? "every row passes" : "the check catches the bug"}`);
  //ja: console.log(`${rows} 行のバッチ:${table.every((r) => r.ok) ? "どの行も合格します" : "確認がバグを見つけます"}`);
}
