// What the explorer above computes, with the public API: the book's SGD (η = 0.95)
// for 30 steps on f(x, y) = x²/20 + y² from (−7, 2), as in 図6-3.
//ja: 上のウィジェットの計算を、公開 API で書きます。図6-3と同じく、本書の SGD(η = 0.95)で
//ja: f(x, y) = x²/20 + y² の上を (−7, 2) から 30 回更新します。
import { bookBowl, runOptimizer, SGD } from "kobai";

const sgdRun = runOptimizer(bookBowl, SGD, { lr: 0.95 }, { steps: 30 });

show(sgdRun.points[1], "after step 1");
//ja: show(sgdRun.points[1], "1 回目の更新の後");
show(sgdRun.points[30], "after step 30");
//ja: show(sgdRun.points[30], "30 回目の更新の後");
show(sgdRun.losses[30], "f after step 30");
//ja: show(sgdRun.losses[30], "30 回目の更新の後の f");

// The zig-zag: y changes sign at every step, x creeps towards 0.
//ja: ジグザグ:y は更新のたびに符号が変わり、x は少しずつ 0 に近づきます。
plot({
  aspectRatio: 1,
  x: { domain: [-8, 2] },
  y: { domain: [-3, 3] },
  marks: [Plot.line(sgdRun.points, { marker: "dot" }), Plot.dot([[0, 0]], { symbol: "plus", r: 8 })],
});
