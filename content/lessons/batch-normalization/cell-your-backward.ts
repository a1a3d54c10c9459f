// Your turn: batch norm's backward pass for x (6.3.2). Given ∂L/∂y (dout), the saved
// x̂ and 1/√(σ²_B + ε) per column, and γ, return ∂L/∂x. The starting code treats μ_B and
// σ²_B as constants (the eval-mode gradient): in training they depend on every row.
// The page compares yours with the core's BatchNorm.backward on a batch of 8.
//ja: やってみよう:x についての Batch Norm の逆伝播(6.3.2項)。∂L/∂y(dout)、
//ja: 保存しておいた列ごとの x̂ と 1/√(σ²_B + ε)、そして γ を受け取り、∂L/∂x を返します。
//ja: 最初のコードは、μ_B と σ²_B を定数として扱っています(推論時の勾配)。
//ja: 学習時には、どちらもすべての行によって決まります。
//ja: ページは、書いたコードをバッチサイズ 8 でコアの BatchNorm.backward と比べます。
import { BatchNorm, Tensor, createRng } from "kobai";

function batchNormBackward(dout: Tensor, xhat: Tensor, invStd: number[], gamma: number[]): Tensor {
  const N = dout.rows,
    D = dout.cols;
  const dx = new Tensor(N, D);
  for (let j = 0; j < D; j++) {
    // ▼ your code: you may need Σₙ dout[n, j] (= ∂L/∂β) and Σₙ dout[n, j]·x̂[n, j] (= ∂L/∂γ)
    //ja: ▼ ここに書く:Σₙ dout[n, j](= ∂L/∂β)と Σₙ dout[n, j]·x̂[n, j](= ∂L/∂γ)を使います
    for (let n = 0; n < N; n++) {
      dx.set(n, j, gamma[j] * invStd[j] * dout.get(n, j));
    }
    // ▲ your code
    //ja: ▲ ここまで
  }
  return dx;
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── チェック(ここから下は編集しなくてかまいません) ──────────────────────────
const rng = createRng(3);
const x = Tensor.randn(8, 4, { std: 2, rng });
const bn = new BatchNorm(4);
bn.gamma.value.data.set([1.5, 0.5, 2, 1]);
bn.forward(x);
const mu = bn.batchMean!,
  variance = bn.batchVar!;
const invStd = Array.from(variance.data, (v) => 1 / Math.sqrt(v + bn.eps));
const xhat = new Tensor(8, 4);
for (let n = 0; n < 8; n++) for (let j = 0; j < 4; j++) xhat.set(n, j, (x.get(n, j) - mu.data[j]) * invStd[j]);
const dout = Tensor.randn(8, 4, { rng });
const expected = bn.backward(dout);
const yours = batchNormBackward(dout, xhat, invStd, Array.from(bn.gamma.value.data));
show(yours, "your ∂L/∂x");
//ja: show(yours, "書いた ∂L/∂x");
check("your ∂L/∂x equals BatchNorm.backward's (batch of 8)", yours, expected, { rtol: 1e-9, atol: 1e-12 });
//ja: check("書いた ∂L/∂x が BatchNorm.backward の結果と一致する(バッチサイズ 8)", yours, expected, { rtol: 1e-9, atol: 1e-12 });
let columnSums = 0;
for (let j = 0; j < 4; j++) {
  let s = 0;
  for (let n = 0; n < 8; n++) s += yours.get(n, j);
  columnSums = Math.max(columnSums, Math.abs(s));
}
check("each column of ∂L/∂x sums to 0 (shifting a whole column changes nothing after normalising)", columnSums < 1e-12);
//ja: check("∂L/∂x の各列の和が 0(列全体をずらしても、正規化のあとでは何も変わらない)", columnSums < 1e-12);
