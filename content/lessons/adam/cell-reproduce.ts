// What the explorer's "book's settings" computes (図6-7): Adam with η = 0.3, β1 = 0.9,
// β2 = 0.999 for 30 steps from (−7, 2), in the book's folded form and in PyTorch's.
//ja: エクスプローラーの「本書の設定」が計算している内容です(図6-7)。η = 0.3、β1 = 0.9、β2 = 0.999 の
//ja: Adam で (−7, 2) から 30 ステップ動かします。本書のまとめた形と、PyTorch の形の両方で計算します。
import { bookBowl, runOptimizer, Adam } from "kobai";

const adamBook = runOptimizer(bookBowl, Adam, { lr: 0.3, form: "book" });
const adamTorch = runOptimizer(bookBowl, Adam, { lr: 0.3 });

show(adamTorch.points[1], "after step 1: each coordinate moved by η");
//ja: show(adamTorch.points[1], "ステップ 1 の後:各座標が η 動く");
show(adamBook.points[30], "book's form after step 30");
//ja: show(adamBook.points[30], "本書の形、ステップ 30 の後");
show(adamBook.losses[30], "f after step 30");
//ja: show(adamBook.losses[30], "ステップ 30 の後の f");
show(adamTorch.states[30].mHat, "m̂ at step 30 (PyTorch's form)");
//ja: show(adamTorch.states[30].mHat, "ステップ 30 での m̂(PyTorch の形)");
show(
  Math.max(
    ...adamBook.points.flatMap((p, k) => [
      Math.abs(p[0] - adamTorch.points[k][0]),
      Math.abs(p[1] - adamTorch.points[k][1]),
    ]),
  ),
  "largest gap between the two forms",
  //ja: "2つの形の最大の差",
);

// The book's ε is added before v's bias correction: it acts like ε_t = ε/√(1 − β2ᵗ).
//ja: 本書の ε は、v のバイアス補正の前に足されます。そのため、ε_t = ε/√(1 − β2ᵗ) のように働きます。
const epsT = [1, 30, 1000].map((t) => ({ t, "ε_t / ε": 1 / Math.sqrt(1 - 0.999 ** t) }));
show(epsT);
