// Gradient clipping on a cliff. The book's bowl x²/20 + y² with a cliff across it at
// x = −5: the loss drops by 30 within about half a unit, so there the gradient is about 60
// times larger than anywhere else. SGD with η = 0.9, with and without clipGradNorm(…, 1).
//ja: 崖での勾配クリッピングです。本書のお椀 x²/20 + y² の x = −5 の位置に崖を置きます。
//ja: そこでは x がおよそ 0.5 進むあいだに損失が 30 下がるので、勾配はほかの場所の約 60 倍に
//ja: なります。η = 0.9 の SGD を、clipGradNorm(…, 1) なしとありで動かします。
import { Parameter, SGD, Tensor, clipGradNorm } from "kobai";

const cliff = (x: number) => 15 * (1 - Math.tanh(4 * (x + 5))); // 30 on the left, 0 on the right
//ja: const cliff = (x: number) => 15 * (1 - Math.tanh(4 * (x + 5))); // 左側で 30、右側で 0
const f = (x: number, y: number) => (x * x) / 20 + y * y + cliff(x);
const grad = (x: number, y: number): [number, number] => [x / 10 - 60 / Math.cosh(4 * (x + 5)) ** 2, 2 * y];

function run(maxNorm?: number) {
  const w = new Parameter(Tensor.from([-7, 2]), "w");
  const opt = new SGD([w], { lr: 0.9 });
  const xs: number[] = [],
    norms: number[] = [],
    fs: number[] = [];
  for (let step = 0; step < 80; step++) {
    const [x, y] = w.value.data;
    w.grad = Tensor.from([grad(x, y)]);
    norms.push(maxNorm === undefined ? Math.hypot(...grad(x, y)) : clipGradNorm([w], maxNorm));
    opt.step();
    xs.push(w.value.data[0]);
    fs.push(f(w.value.data[0], w.value.data[1]));
  }
  // How far past the minimum at x = 0 the point was thrown, and when f first fell below 0.001.
  //ja: x = 0 にある最小値をどこまで越えて飛ばされたかと、f が初めて 0.001 を下回ったステップ。
  return {
    xs,
    overshoot: Math.max(0, ...xs),
    largestNorm: Math.max(...norms),
    settled: fs.findIndex((v) => v < 1e-3) + 1,
  };
}

const plain = run(),
  clipped = run(1);
console.log(
  `without clipping: a gradient of norm ${plain.largestNorm.toFixed(1)} throws x to ${plain.overshoot.toFixed(1)}, ${plain.overshoot.toFixed(1)} past the minimum; f first falls below 0.001 at step ${plain.settled}`,
  //ja: `クリッピングなし:ノルム ${plain.largestNorm.toFixed(1)} の勾配で x が ${plain.overshoot.toFixed(1)} まで飛ばされ、最小値を ${plain.overshoot.toFixed(1)} 越えます。f が初めて 0.001 を下回るのはステップ ${plain.settled} です`,
);
console.log(
  `clipped to norm 1: x overshoots the minimum by ${clipped.overshoot.toFixed(1)}; f first falls below 0.001 at step ${clipped.settled}`,
  //ja: `ノルム 1 にクリッピング:x が最小値を越える量は ${clipped.overshoot.toFixed(1)} です。f が初めて 0.001 を下回るのはステップ ${clipped.settled} です`,
);
plot({
  height: 220,
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { label: "x", grid: true },
  color: { legend: true },
  marks: [
    Plot.lineY(plain.xs, { x: (_: number, i: number) => i + 1, y: (d: number) => d, stroke: () => "no clipping" }),
    //ja: Plot.lineY(plain.xs, { x: (_: number, i: number) => i + 1, y: (d: number) => d, stroke: () => "クリッピングなし" }),
    Plot.lineY(clipped.xs, {
      x: (_: number, i: number) => i + 1,
      y: (d: number) => d,
      stroke: () => "clipped to norm 1",
      //ja: stroke: () => "ノルム 1 にクリッピング",
    }),
  ],
});
