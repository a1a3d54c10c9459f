// Your turn: write Nesterov's update in PyTorch's form,
//   v ← μ·v + ∇,   W ← W − η·(∇ + μ·v)      (v is the NEW velocity)
// `velocity` starts at [0, 0]. The check runs your step 30 times from (−7, 2) and compares
// every point with kobai's Nesterov; it names the first step and coordinate that differ.
//ja: やってみよう:Nesterov の更新を PyTorch の形で書きます。
//ja:   v ← μ·v + ∇,   W ← W − η·(∇ + μ·v)      (v は新しい速度)
//ja: `velocity` は [0, 0] から始まります。チェックでは、書いた更新を (−7, 2) から 30 回繰り返し、
//ja: すべての点を kobai の Nesterov と比べて、最初に食い違ったステップと座標を示します。
import { bookBowl, runOptimizer, runRule, Nesterov, type Point } from "kobai";

const eta = 0.1;
const mu = 0.9;
let velocity: Point = [0, 0];

function nesterovStep(w: Point, grad: Point): Point {
  // ▼ your code: this is plain Momentum; make it look ahead
  //ja: ▼ ここに書く:いまは通常の Momentum です。先読みするように変えてください
  velocity = [mu * velocity[0] + grad[0], mu * velocity[1] + grad[1]];
  return [w[0] - eta * velocity[0], w[1] - eta * velocity[1]];
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── チェック(ここから下は変えなくてかまいません) ──────────────────────────────────────
const yours = runRule(bookBowl, nesterovStep, { steps: 30 });
const kobais = runOptimizer(bookBowl, Nesterov, { lr: eta, momentum: mu }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "Nesterov");
