// Spot the mistake: "a learning rate of 1 or more is forbidden". SGD with η = 1.5 on the book's
// bowl and on a bowl whose steepest curvature is 0.5 instead of 2. Try other η and curvatures:
// along each direction a step multiplies the distance to the minimum by 1 − η·curvature.
//ja: 間違い探し:「学習率を1以上にしてはいけない」。η = 1.5 の SGD を、本書のお椀と、
//ja: いちばん急な方向の曲率が 2 ではなく 0.5 のお椀で実行します。ほかの η や曲率も試してください。
//ja: どの方向でも、1回の更新で最小値までの距離に 1 − η·曲率 が掛かります。
import { bookBowl, runOptimizer, SGD, type Landscape } from "kobai";

const yCurvature = 0.5; // the book's bowl has 2
//ja: const yCurvature = 0.5; // 本書のお椀では 2
const spotBowl: Landscape = {
  ...bookBowl,
  id: "flatter-bowl",
  value: (x, y) => (x * x) / 20 + (yCurvature / 2) * y * y,
  gradient: (x, y) => [x / 10, yCurvature * y],
};
const spotLr = 1.5;
const onFlatter = runOptimizer(spotBowl, SGD, { lr: spotLr }, { steps: 100 });
const onBook = runOptimizer(bookBowl, SGD, { lr: spotLr }, { steps: 100 });

show(2 / Math.max(0.1, yCurvature), "the limit 2/λ_max on the flatter bowl");
//ja: show(2 / Math.max(0.1, yCurvature), "平らなお椀での限界 2/λ_max");
show([1 - spotLr * 0.1, 1 - spotLr * yCurvature], "factors 1 − ηλ per step (x, y), flatter bowl");
//ja: show([1 - spotLr * 0.1, 1 - spotLr * yCurvature], "平らなお椀で1回ごとに掛かる係数 1 − ηλ(x, y)");
show(onFlatter.losses[100], "f after 100 steps, flatter bowl");
//ja: show(onFlatter.losses[100], "平らなお椀で 100 回更新した後の f");
// losses holds the start (step 0) and every step before the one that blew up, so a diverged
// run blew up at step losses.length: the step the widget's status line names.
//ja: losses には開始点(ステップ 0)と、発散した更新の手前までの値が入っています。
//ja: そのため、発散したのはステップ losses.length で、ウィジェットの状態表示と同じ番号になります。
show(
  onBook.diverged ? `diverged at step ${onBook.losses.length}` : "converged",
  //ja: onBook.diverged ? `ステップ ${onBook.losses.length} で発散しました` : "収束しました",
  "the book's bowl (limit 1)",
  //ja: "本書のお椀(限界は 1)",
);
plot({
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { type: "log", label: "f" },
  color: { legend: true },
  marks: [
    Plot.line(
      onFlatter.losses.map((f, step) => ({ step, f, bowl: "flatter bowl" })),
      //ja: onFlatter.losses.map((f, step) => ({ step, f, bowl: "平らなお椀" })),
      { x: "step", y: "f", stroke: "bowl" },
    ),
    Plot.line(
      onBook.losses.map((f, step) => ({ step, f, bowl: "book's bowl" })),
      //ja: onBook.losses.map((f, step) => ({ step, f, bowl: "本書のお椀" })),
      { x: "step", y: "f", stroke: "bowl" },
    ),
  ],
});
