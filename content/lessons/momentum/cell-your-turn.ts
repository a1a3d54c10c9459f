// Your turn: write Momentum's update in PyTorch's form,
//   v ← μ·v + ∇,   W ← W − η·v,
// for one point (x, y). `velocity` is your state: it starts at [0, 0] and must survive
// between calls. The check runs your step 30 times from (−7, 2) and compares every point
// with kobai's Momentum; it names the first step and coordinate where they differ.
//ja: やってみよう:Momentum の更新を PyTorch の形で書いてください。
//ja:   v ← μ·v + ∇,   W ← W − η·v,
//ja: 1つの点 (x, y) についての更新です。`velocity` が状態で、[0, 0] から始まり、呼び出しの間も値を
//ja: 保つ必要があります。確認では、書いたステップを (−7, 2) から 30 回実行し、すべての点を kobai の
//ja: Momentum と比べます。違いがあれば、最初に食い違ったステップと座標を示します。
import { bookBowl, runOptimizer, runRule, Momentum, type Point } from "kobai";

const eta = 0.1;
const mu = 0.9;
let velocity: Point = [0, 0];

function momentumStep(w: Point, grad: Point): Point {
  // ▼ your code: update `velocity`, then return the new point [x, y]
  //ja: ▼ ここに書く:`velocity` を更新してから、新しい点 [x, y] を返します
  return [w[0] - eta * grad[0], w[1] - eta * grad[1]];
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── 確認(ここから下は編集不要です)──────────────────────────────────────────────────
const yours = runRule(bookBowl, momentumStep, { steps: 30 });
const kobais = runOptimizer(bookBowl, Momentum, { lr: eta, momentum: mu }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "Momentum");
