// What the six panels compute (図6-8, plus Nesterov and RMSProp): each optimizer in the
// book's form with the book's rate, 30 steps from (−7, 2) on f(x, y) = x²/20 + y², and
// the step from which f stays below 0.001 when the run is continued to 500 steps.
//ja: 6つのパネルが計算している内容です(図6-8 に Nesterov と RMSProp を加えたもの)。各最適化手法を本書の形・
//ja: 本書の学習率で、f(x, y) = x²/20 + y² の (−7, 2) から 30 ステップ動かします。さらに 500 ステップまで
//ja: 続けたとき、f が 0.001 未満にとどまり始めるステップも求めます。
import { bookBowl, runOptimizer, SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam } from "kobai";

const six = [
  { name: "SGD", ctor: SGD, options: { lr: 0.95 } },
  { name: "Momentum", ctor: Momentum, options: { lr: 0.1, momentum: 0.9 } },
  { name: "Nesterov", ctor: Nesterov, options: { lr: 0.1, momentum: 0.9 } },
  { name: "AdaGrad", ctor: AdaGrad, options: { lr: 1.5 } },
  { name: "RMSProp", ctor: RMSProp, options: { lr: 0.1 } },
  { name: "Adam", ctor: Adam, options: { lr: 0.3 } },
] as const;

const rows = six.map(({ name, ctor, options }) => {
  const run = runOptimizer(bookBowl, ctor as never, { ...options, form: "book" } as never, { steps: 500 });
  // The first step k from which every later f is below 0.001.
  //ja: それ以降のすべての f が 0.001 未満になる、最初のステップ k です。
  let k = run.losses.length;
  while (k > 0 && run.losses[k - 1] < 1e-3) k--;
  return {
    name,
    lr: options.lr,
    "f after 30": run.losses[30],
    //ja: "30 ステップ後の f": run.losses[30],
    "below 0.001 from step": k,
    //ja: "0.001 未満になるステップ": k,
    path: run.points.slice(0, 31),
  };
});
show(rows.map(({ path, ...row }) => row));

plot({
  aspectRatio: 1,
  color: { legend: true },
  x: { domain: [-10, 10] },
  y: { domain: [-10, 10] },
  marks: [
    Plot.line(
      rows.flatMap((r) => r.path.map(([x, y], k) => ({ x, y, k, optimizer: r.name }))),
      { x: "x", y: "y", z: "optimizer", stroke: "optimizer", sort: "k" },
    ),
  ],
});
