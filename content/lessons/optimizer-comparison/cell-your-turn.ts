// Your turn: the book's rates are not a fair race. Choose Momentum's η and μ so that it gets
// below f = 0.001 (for good) in FEWER steps than AdaGrad with the book's η = 1.5 (29 steps)
// on f(x, y) = x²/20 + y² from (−7, 2). The check runs kobai's Momentum with your settings.
//ja: やってみよう:本書の学習率では公平な比較になりません。Momentum の η と μ を選んで、f(x, y) = x²/20 + y² を
//ja: (−7, 2) から動かしたとき、本書の η = 1.5 の AdaGrad(29 ステップ)よりも少ないステップで f = 0.001 を
//ja: 下回り、そのまま下回り続けるようにしてください。確認では、選んだ設定で kobai の Momentum を動かします。
import { bookBowl, runOptimizer, Momentum, AdaGrad } from "kobai";

// ▼ your code: try other values
//ja: ▼ ここに書く:ほかの値を試してみましょう
const myLr = 0.1;
const myMomentum = 0.9;
// ▲ your code
//ja: ▲ ここまで

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── 確認(ここから下は編集不要です)──────────────────────────────────────────────────
const stepsBelow = (losses: number[]) => {
  let k = losses.length;
  while (k > 0 && losses[k - 1] < 1e-3) k--;
  return k === losses.length ? Infinity : k;
};
const mine = runOptimizer(bookBowl, Momentum, { lr: myLr, momentum: myMomentum }, { steps: 500 });
const adagradSteps = stepsBelow(runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" }, { steps: 500 }).losses);
const mySteps = mine.diverged ? Infinity : stepsBelow(mine.losses);
show(mine.diverged ? `diverged at step ${mine.points.length}` : `${mySteps} steps`, "your Momentum");
//ja: show(mine.diverged ? `ステップ ${mine.points.length} で発散` : `${mySteps} ステップ`, "選んだ設定の Momentum");
show(`${adagradSteps} steps`, "AdaGrad, η = 1.5");
//ja: show(`${adagradSteps} ステップ`, "AdaGrad、η = 1.5");
check(
  `Momentum (η = ${myLr}, μ = ${myMomentum}) needs fewer steps than AdaGrad's ${adagradSteps}`,
  //ja: `Momentum(η = ${myLr}、μ = ${myMomentum})に必要なステップ数が AdaGrad の ${adagradSteps} より少ない`,
  mySteps < adagradSteps,
);
