// Your turn: the book's rates are not a fair race. Choose Momentum's η and μ so that it gets
// below f = 0.001 (for good) in FEWER steps than AdaGrad with the book's η = 1.5 (29 steps)
// on f(x, y) = x²/20 + y² from (−7, 2). The check runs kobai's Momentum with your settings.
import { bookBowl, runOptimizer, Momentum, AdaGrad } from "kobai";

// ▼ your code: try other values
const myLr = 0.1;
const myMomentum = 0.9;
// ▲ your code

// ── the check (no need to edit below) ──────────────────────────────────────────────
const stepsBelow = (losses: number[]) => {
  let k = losses.length;
  while (k > 0 && losses[k - 1] < 1e-3) k--;
  return k === losses.length ? Infinity : k;
};
const mine = runOptimizer(bookBowl, Momentum, { lr: myLr, momentum: myMomentum }, { steps: 500 });
const adagradSteps = stepsBelow(runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" }, { steps: 500 }).losses);
const mySteps = mine.diverged ? Infinity : stepsBelow(mine.losses);
show(mine.diverged ? `diverged at step ${mine.points.length}` : `${mySteps} steps`, "your Momentum");
show(`${adagradSteps} steps`, "AdaGrad, η = 1.5");
check(
  `Momentum (η = ${myLr}, μ = ${myMomentum}) needs fewer steps than AdaGrad's ${adagradSteps}`,
  mySteps < adagradSteps,
);
