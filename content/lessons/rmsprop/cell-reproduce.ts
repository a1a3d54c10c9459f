// What the explorer computes: RMSProp (PyTorch's form, α = 0.99, ε = 1e-8) with η = 0.1 for
// 30 steps from (−7, 2), each axis's step size η/(√h + ε), and the book's form beside it.
//ja: エクスプローラーが計算している内容です。RMSProp(PyTorch の形、α = 0.99、ε = 1e-8)を η = 0.1 で
//ja: (−7, 2) から 30 ステップ動かし、軸ごとの歩幅 η/(√h + ε) を求めます。本書の形も並べて計算します。
import { bookBowl, runOptimizer, RMSProp } from "kobai";

const rms = runOptimizer(bookBowl, RMSProp, { lr: 0.1 });
const rmsBook = runOptimizer(bookBowl, RMSProp, { lr: 0.1, form: "book" });

show(rms.points[1], "after step 1: each coordinate moved by 10·η");
//ja: show(rms.points[1], "ステップ 1 の後:各座標が 10·η 動く");
show(rms.points[30], "after step 30");
//ja: show(rms.points[30], "ステップ 30 の後");
show(rms.losses[30], "f after step 30");
//ja: show(rms.losses[30], "ステップ 30 の後の f");
show(rms.states[1].effectiveLr, "step sizes (x, y) at step 1");
//ja: show(rms.states[1].effectiveLr, "ステップ 1 での歩幅 (x, y)");
show(rms.states[30].effectiveLr, "step sizes (x, y) at step 30");
//ja: show(rms.states[30].effectiveLr, "ステップ 30 での歩幅 (x, y)");
show(
  Math.max(
    ...rms.points.flatMap((p, k) => [Math.abs(p[0] - rmsBook.points[k][0]), Math.abs(p[1] - rmsBook.points[k][1])]),
  ),
  "largest gap to the book's form (ε = 1e-7)",
  //ja: "本書の形(ε = 1e-7)との最大の差",
);

const sizes = rms.states.slice(1).flatMap((s, k) => [
  { step: k + 1, axis: "x", size: s.effectiveLr[0] },
  { step: k + 1, axis: "y", size: s.effectiveLr[1] },
]);
plot({
  y: { label: "η/(√h + ε)" },
  color: { legend: true },
  marks: [Plot.line(sizes, { x: "step", y: "size", stroke: "axis" })],
});
