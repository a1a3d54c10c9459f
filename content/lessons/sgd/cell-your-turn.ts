// Your turn: write SGD's update W ← W − η·∂L/∂W for one point (x, y).
// The check below runs your step 30 times from (−7, 2) and compares every point with
// kobai's SGD; it names the first step and coordinate where they differ.
//ja: やってみよう:1つの点 (x, y) について、SGD の更新 W ← W − η·∂L/∂W を書いてください。
//ja: 下のチェックは、この更新を (−7, 2) から 30 回実行し、すべての点を kobai の SGD と比べます。
//ja: 違いがあれば、最初に食い違ったステップと座標を示します。
import { bookBowl, runOptimizer, runRule, SGD, type Point } from "kobai";

const eta = 0.95;

function sgdStep(w: Point, grad: Point): Point {
  // ▼ your code: return the new point [x, y]
  //ja: ▼ ここに書く:新しい点 [x, y] を返します
  return [w[0], w[1]];
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── チェック(ここから下は編集しなくてかまいません)─────────────────────────────────────
const yours = runRule(bookBowl, sgdStep, { steps: 30 });
const kobais = runOptimizer(bookBowl, SGD, { lr: eta }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "SGD");
