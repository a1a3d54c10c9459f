// Your turn: inverted dropout, forward and backward, given the mask (1 = kept, 0 = dropped).
//   forward   y = x ⊙ m / (1 − p)          backward  ∂L/∂x = ∂L/∂y ⊙ m / (1 − p)
// The page takes a mask from kobai's Dropout, compares your forward and backward with the
// core's on that mask, and checks that your training output averages to x over many masks.
//ja: やってみよう:マスク(1 = 残す、0 = 消去)が与えられたときの inverted dropout の順伝播と逆伝播。
//ja:   順伝播  y = x ⊙ m / (1 − p)          逆伝播  ∂L/∂x = ∂L/∂y ⊙ m / (1 − p)
//ja: ページは kobai の Dropout からマスクを1つ取り、書いた順伝播と逆伝播を、同じマスクでの kobai の結果と
//ja: 比べます。さらに、書いた学習時の出力を多数のマスクで平均すると x になることを確かめます。
import { createRng, Dropout, Tensor } from "kobai";

function dropoutForward(x: Tensor, mask: Tensor, p: number): Tensor {
  // ▼ your code: forward
  //ja: ▼ ここに書く:順伝播
  const y = x.clone();
  for (let i = 0; i < y.data.length; i++) y.data[i] = x.data[i] * mask.data[i];
  return y;
  // ▲ your code
  //ja: ▲ ここまで
}

function dropoutBackward(dout: Tensor, mask: Tensor, p: number): Tensor {
  // ▼ your code: backward
  //ja: ▼ ここに書く:逆伝播
  const dx = dout.clone();
  for (let i = 0; i < dx.data.length; i++) dx.data[i] = dout.data[i] * mask.data[i];
  return dx;
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── 確認(ここから下は編集不要です) ──────────────────────────────────────────────
const p = 0.3;
const x = Tensor.randn(4, 6, { rng: createRng(3) });
const dout = Tensor.randn(4, 6, { rng: createRng(4) });
const core = new Dropout(p, { rng: createRng(5) });
const coreY = core.forward(x, { training: true });
const mask = core.lastMask!;
check("forward equals kobai's Dropout on the same mask", dropoutForward(x, mask, p), coreY);
//ja: check("順伝播が、同じマスクでの kobai の Dropout と等しい", dropoutForward(x, mask, p), coreY);
check("backward equals kobai's Dropout.backward on the same mask", dropoutBackward(dout, mask, p), core.backward(dout));
//ja: check("逆伝播が、同じマスクでの kobai の Dropout.backward と等しい", dropoutBackward(dout, mask, p), core.backward(dout));

// Expected value: average your forward over 4,000 masks drawn with keep probability 1 − p.
//ja: 期待値:残す確率 1 − p で引いた 4,000 個のマスクで、書いた順伝播の出力を平均します。
const rng = createRng(6);
const sum = new Float64Array(x.data.length);
for (let k = 0; k < 4000; k++) {
  const m = new Tensor(x.rows, x.cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = rng.uniform() >= p ? 1 : 0;
  const y = dropoutForward(x, m, p);
  for (let i = 0; i < sum.length; i++) sum[i] += y.data[i];
}
check(
  "averaged over masks, your training output is x (what inference returns)",
  //ja: "マスクについて平均すると、学習時の出力が x(推論時の出力)になる",
  Array.from(sum, (s) => s / 4000),
  Array.from(x.data),
  { rtol: 0, atol: 0.12 },
);
