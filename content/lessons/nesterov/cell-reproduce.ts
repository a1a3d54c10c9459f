// What the explorer computes: Nesterov (η = 0.1, μ = 0.9) for 30 steps from (−7, 2) in
// PyTorch's form and in the book's reformulated form, beside plain Momentum.
//ja: ウィジェットと同じ計算:Nesterov(η = 0.1、μ = 0.9)を (−7, 2) から 30 ステップ動かします。
//ja: PyTorch の形と本書の書き換えた形の両方を、通常の Momentum と並べます。
import { bookBowl, runOptimizer, Momentum, Nesterov } from "kobai";

const nagTorch = runOptimizer(bookBowl, Nesterov, { lr: 0.1, momentum: 0.9 });
const nagBook = runOptimizer(bookBowl, Nesterov, { lr: 0.1, momentum: 0.9, form: "book" });
const heavyBall = runOptimizer(bookBowl, Momentum, { lr: 0.1, momentum: 0.9 });

show(nagTorch.points[1], "PyTorch form, step 1");
//ja: show(nagTorch.points[1], "PyTorch の形、ステップ 1");
show(nagBook.points[1], "book form, step 1");
//ja: show(nagBook.points[1], "本書の形、ステップ 1");
show(nagTorch.points[30], "PyTorch form, step 30");
//ja: show(nagTorch.points[30], "PyTorch の形、ステップ 30");
show(nagBook.points[30], "book form, step 30");
//ja: show(nagBook.points[30], "本書の形、ステップ 30");
show(heavyBall.points[30], "Momentum, step 30");
//ja: show(heavyBall.points[30], "Momentum、ステップ 30");

const tagged = (run: typeof nagTorch, name: string) => run.points.map(([x, y]) => ({ x, y, name }));
plot({
  aspectRatio: 1,
  x: { domain: [-8, 2] },
  y: { domain: [-3, 3] },
  color: { legend: true },
  marks: [
    Plot.line(
      [
        ...tagged(nagTorch, "Nesterov (PyTorch)"),
        //ja: ...tagged(nagTorch, "Nesterov(PyTorch の形)"),
        ...tagged(nagBook, "Nesterov (book)"),
        //ja: ...tagged(nagBook, "Nesterov(本書の形)"),
        ...tagged(heavyBall, "Momentum"),
      ],
      { x: "x", y: "y", stroke: "name", z: "name", marker: "dot" },
    ),
    Plot.dot([[0, 0]], { symbol: "plus", r: 8 }),
  ],
});
