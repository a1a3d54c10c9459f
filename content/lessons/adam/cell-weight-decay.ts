// L2 weight decay (λ·W added to ∇) against AdamW's decoupled decay, λ = 0.1, on the book's bowl.
// On f = x²/20 + y² the L2 term only rescales each axis's gradient, and Adam divides the
// scale away: the path barely moves. AdamW shrinks W by (1 − ηλ) every step instead.
//ja: L2 の Weight decay(∇ に λ·W を足す)と、AdamW の分離した減衰を λ = 0.1 で比べます。本書のお椀型の関数です。
//ja: f = x²/20 + y² では L2 の項は各軸の勾配の大きさを変えるだけで、Adam はその大きさを割って打ち消します。
//ja: そのため経路はほとんど変わりません。AdamW は代わりに、毎ステップ W を (1 − ηλ) 倍に縮めます。
import { bookBowl, runOptimizer, Adam, AdamW } from "kobai";

const plain = runOptimizer(bookBowl, Adam, { lr: 0.3 });
const withL2 = runOptimizer(bookBowl, Adam, { lr: 0.3, weightDecay: 0.1 });
const decoupled = runOptimizer(bookBowl, AdamW, { lr: 0.3, weightDecay: 0.1 });
const gap = (a: typeof plain, b: typeof plain) =>
  Math.max(...a.points.flatMap((p, k) => [Math.abs(p[0] - b.points[k][0]), Math.abs(p[1] - b.points[k][1])]));
show(gap(plain, withL2), "Adam + L2: largest change of the path");
//ja: show(gap(plain, withL2), "Adam + L2 での経路の最大の変化");
show(gap(plain, decoupled), "AdamW: largest change of the path");
//ja: show(gap(plain, decoupled), "AdamW での経路の最大の変化");
show(decoupled.points[30], "AdamW after 30 steps");
//ja: show(decoupled.points[30], "AdamW、30 ステップ後");

const paths = [
  ...plain.points.map(([x, y], k) => ({ x, y, k, run: "Adam" })),
  ...withL2.points.map(([x, y], k) => ({ x, y, k, run: "Adam + L2 (λ = 0.1)" })),
  ...decoupled.points.map(([x, y], k) => ({ x, y, k, run: "AdamW (λ = 0.1)" })),
];
plot({
  aspectRatio: 1,
  color: { legend: true },
  marks: [Plot.line(paths, { x: "x", y: "y", z: "run", stroke: "run", sort: "k" })],
});
