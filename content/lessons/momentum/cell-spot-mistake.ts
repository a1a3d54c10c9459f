// Spot the mistake: Momentum written as w ← γw − η∇ (no velocity) beside the real rule, on
// the book's bowl moved to (6, 2). Change the centre to (0, 0) and the mistake hides.
//ja: 間違い探し:速度を使わずに w ← γw − η∇ と書いた Momentum を、正しい規則と並べます。
//ja: 本書のお椀型の関数の中心を (6, 2) に移して比べます。中心を (0, 0) にすると、間違いは見えなくなります。
import { bookBowl, runOptimizer, Momentum, SGD, type Landscape, type Point } from "kobai";

const centre: Point = [6, 2];
const spotBowl: Landscape = {
  ...bookBowl,
  id: "moved-bowl",
  value: (x, y) => (x - centre[0]) ** 2 / 20 + (y - centre[1]) ** 2,
  gradient: (x, y) => [(x - centre[0]) / 10, 2 * (y - centre[1])],
};
const gamma = 0.9;
const lr = 0.1;
const spotStart: Point = [-1, -2];

// The one-line rule: every step also multiplies w by γ.
//ja: 1行で書いた規則です。毎ステップ、w に γ も掛けてしまいます。
const spotWrong: Point[] = [spotStart];
for (let k = 0; k < 200; k++) {
  const [x, y] = spotWrong[k];
  const [gx, gy] = spotBowl.gradient(x, y);
  spotWrong.push([gamma * x - lr * gx, gamma * y - lr * gy]);
}
const spotRight = runOptimizer(spotBowl, Momentum, { lr, momentum: gamma }, { steps: 200, start: spotStart });
// γw − η∇ = w − η(∇ + λw) with λ = (1 − γ)/η: SGD with weight decay.
//ja: λ = (1 − γ)/η とすると γw − η∇ = w − η(∇ + λw) です。つまり、Weight decay 付きの SGD です。
const spotDecay = runOptimizer(spotBowl, SGD, { lr, weightDecay: (1 - gamma) / lr }, { steps: 200, start: spotStart });

show(spotRight.points[200], "Momentum after 200 steps");
//ja: show(spotRight.points[200], "Momentum、200 ステップ後");
show(spotWrong[200], "w ← γw − η∇ after 200 steps");
//ja: show(spotWrong[200], "w ← γw − η∇、200 ステップ後");
show(spotDecay.points[200], "SGD with weightDecay (1 − γ)/η after 200 steps");
//ja: show(spotDecay.points[200], "weightDecay (1 − γ)/η の SGD、200 ステップ後");
plot({
  x: { label: "w₁" },
  y: { label: "w₂" },
  color: { legend: true },
  marks: [
    Plot.line(
      spotRight.points.map(([x, y]) => ({ x, y, rule: "Momentum" })),
      { x: "x", y: "y", stroke: "rule" },
    ),
    Plot.line(
      spotWrong.map(([x, y]) => ({ x, y, rule: "w ← γw − η∇" })),
      { x: "x", y: "y", stroke: "rule" },
    ),
    Plot.dot([{ x: centre[0], y: centre[1] }], { x: "x", y: "y", symbol: "cross", r: 6 }),
  ],
});
