// What the explorer computes: Momentum with the book's settings (η = 0.1, μ = 0.9) for
// 30 steps from (−7, 2), in PyTorch's form and in the book's form (図6-5).
//ja: エクスプローラーが計算している内容です。本書の設定(η = 0.1、μ = 0.9)の Momentum で、(−7, 2) から
//ja: 30 ステップ動かします。PyTorch の形と本書の形(図6-5)の両方で計算します。
import { bookBowl, runOptimizer, Momentum, SGD } from "kobai";

const torchForm = runOptimizer(bookBowl, Momentum, { lr: 0.1, momentum: 0.9 });
const bookForm = runOptimizer(bookBowl, Momentum, { lr: 0.1, momentum: 0.9, form: "book" });
const plainSgd = runOptimizer(bookBowl, SGD, { lr: 0.1 });

show(torchForm.points[30], "PyTorch form, after 30 steps");
//ja: show(torchForm.points[30], "PyTorch の形、30 ステップ後");
show(bookForm.points[30], "book form, after 30 steps");
//ja: show(bookForm.points[30], "本書の形、30 ステップ後");
// The book's v is −η times PyTorch's v, so both forms move the point by the same amount.
//ja: 本書の v は PyTorch の v の −η 倍です。そのため、どちらの形でも点の動く量は同じです。
show(torchForm.states[30].velocity, "PyTorch's v");
//ja: show(torchForm.states[30].velocity, "PyTorch の v");
show(bookForm.states[30].velocity, "the book's v");
//ja: show(bookForm.states[30].velocity, "本書の v");
show(plainSgd.points[30], "SGD with the same η, after 30 steps");
//ja: show(plainSgd.points[30], "同じ η の SGD、30 ステップ後");

plot({
  aspectRatio: 1,
  x: { domain: [-8, 2] },
  y: { domain: [-3, 3] },
  color: { legend: true },
  marks: [
    Plot.line(
      torchForm.points.map(([x, y]) => ({ x, y, run: "Momentum" })),
      { x: "x", y: "y", stroke: "run", marker: "dot" },
    ),
    Plot.line(
      plainSgd.points.map(([x, y]) => ({ x, y, run: "SGD" })),
      { x: "x", y: "y", stroke: "run", marker: "dot" },
    ),
    Plot.dot([[0, 0]], { symbol: "plus", r: 8 }),
  ],
});
