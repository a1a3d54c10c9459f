// Your turn: write the book's cross_entropy_error (4.2.4) for a mini-batch.
//   E = −(1/N) Σₙ log(yₙ,tₙ + δ),   δ = 1e-7
// y holds probabilities (after softmax), one row per example; t holds the right classes.
//ja: やってみよう:本書の cross_entropy_error(4.2.4 節)を、ミニバッチに対応させて書いてください。
//ja:   E = −(1/N) Σₙ log(yₙ,tₙ + δ),   δ = 1e-7
//ja: y は確率(ソフトマックス関数の後の値)で、1行が1つのデータです。t は正解のクラスです。
import { CrossEntropyLoss, Tensor } from "kobai";

function crossEntropyError(y: number[][], t: number[]): number {
  // Add up log(y[n][t[n]] + 1e-7) over the rows, and return minus the mean.
  //ja: 各行の log(y[n][t[n]] + 1e-7) を足し合わせ、その平均の符号を反転して返します。
  // TODO:
  return 0;
}

// ── The checker: leave it as it is. ─────────────────────────────────────────────────
//ja: ── 確認用のコード:このままにしておいてください。────────────────────────────────────
const y = [
  [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0],
  [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0],
];
const labels = [2, 2];
// kobai's CrossEntropyLoss wants logits; log y is one (softmax(log y) = y).
//ja: kobai の CrossEntropyLoss はロジットを受け取ります。log y はロジットとして使えます(softmax(log y) = y)。
const exact = new CrossEntropyLoss().forward(Tensor.from(y.map((row) => row.map(Math.log))), labels);
const mine = crossEntropyError(y, labels);
console.log("yours:", mine, "  kobai (exact, no δ):", exact);
//ja: console.log("書いた関数:", mine, "  kobai(δ なしの厳密な値):", exact);
check("matches CrossEntropyLoss on the batch (δ changes only the 7th digit)", mine, exact, { rtol: 1e-6 });
//ja: check("バッチで CrossEntropyLoss と一致する(δ で変わるのは 7 桁目だけ)", mine, exact, { rtol: 1e-6 });
check(
  "is a mean: the batch twice over gives the same loss",
  //ja: "平均になっている:同じバッチを2回並べても損失は変わらない",
  crossEntropyError([...y, ...y], [...labels, ...labels]),
  mine,
  { rtol: 1e-12 },
);
const zero = crossEntropyError([[0, 1]], [0]);
check(
  "stays finite when the right class has probability 0 (that is what δ is for): −log 1e-7 ≈ 16.118",
  //ja: "正解クラスの確率が 0 でも有限の値になる(δ はそのためにある):−log 1e-7 ≈ 16.118",
  zero,
  16.11809565095832,
  { rtol: 1e-9 },
);
