// Your turn: write the two initial standard deviations of 6.2, from the number of inputs n
// of a unit (the rows of W). The page compares them with the core's xavierStd and heStd,
// then draws a 10-layer ReLU network with YOUR He std and checks that the spread of the
// activations stays about the same in every layer (within 25 % of layer 1's).
//ja: やってみよう:6.2節の2つの初期値の標準偏差を、ユニットの入力の数 n
//ja: (W の行数)から求めます。ページは、書いた関数をコアの xavierStd、heStd と
//ja: 比べます。続いて、書いた He の標準偏差で 10 層の ReLU ネットワークを作り、
//ja: アクティベーションの広がりがどの層でもほぼ同じか(1層目の 25 % 以内か)を
//ja: 確かめます。
import { Linear, ReLU, Tensor, createRng, heStd, xavierStd } from "kobai";

function myXavierStd(n: number): number {
  // ▼ your code (the book's Xavier: keeps the variance for sigmoid and tanh)
  //ja: ▼ ここに書く(本書の Xavier の初期値:シグモイド関数と tanh関数で分散を保ちます)
  return 0.01;
  // ▲ your code
  //ja: ▲ ここまで
}

function myHeStd(n: number): number {
  // ▼ your code (He: ReLU zeroes half its inputs, so twice Xavier's variance)
  //ja: ▼ ここに書く(He の初期値:ReLU関数は入力の半分を 0 にするので、分散は Xavier の初期値の2倍)
  return 0.01;
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── チェック(ここから下は編集しなくてかまいません) ──────────────────────────
const sizes = [2, 50, 100, 784];
check(
  "myXavierStd(n) equals the core's xavierStd(n) for n = 2, 50, 100, 784",
  //ja: "n = 2, 50, 100, 784 で、myXavierStd(n) がコアの xavierStd(n) と等しい",
  sizes.map(myXavierStd),
  sizes.map(xavierStd),
);
check("myHeStd(n) equals the core's heStd(n) for n = 2, 50, 100, 784", sizes.map(myHeStd), sizes.map(heStd));
//ja: check("n = 2, 50, 100, 784 で、myHeStd(n) がコアの heStd(n) と等しい", sizes.map(myHeStd), sizes.map(heStd));

const rng = createRng(0);
let h = Tensor.randn(500, 100, { rng });
const spread: number[] = [];
for (let layer = 0; layer < 10; layer++) {
  h = new ReLU().forward(new Linear(100, 100, { init: "normal", std: myHeStd(100), rng }).forward(h));
  const values = Array.from(h.data);
  spread.push(Math.sqrt(values.reduce((a, v) => a + v * v, 0) / values.length)); // RMS of the activations
  //ja: spread.push(Math.sqrt(values.reduce((a, v) => a + v * v, 0) / values.length)); // アクティベーションの RMS
}
console.log("RMS of the activations, layer 1 … 10:", spread.map((s) => s.toPrecision(3)).join(", "));
//ja: console.log("アクティベーションの RMS、1層目 … 10層目:", spread.map((s) => s.toPrecision(3)).join(", "));
check(
  "with your He std the spread stays within 25 % of layer 1's through 10 ReLU layers",
  //ja: "書いた He の標準偏差なら、ReLU の 10 層を通しても広がりが1層目の 25 % 以内に収まる",
  spread.every((s) => s > 0.75 * spread[0] && s < 1.25 * spread[0]),
);
