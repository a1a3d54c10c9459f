// Your turn: write AdaGrad's update (PyTorch's form, ε = 1e-10):
//   h ← h + ∇⊙∇,   W ← W − η·∇ / (√h + ε)        (per coordinate)
// `h` starts at [0, 0]. The check runs your step 30 times from (−7, 2) and compares every
// point with kobai's AdaGrad; it names the first step and coordinate where they differ.
//ja: やってみよう:AdaGrad の更新を書いてください(PyTorch の形、ε = 1e-10)。
//ja:   h ← h + ∇⊙∇,   W ← W − η·∇ / (√h + ε)        (座標ごと)
//ja: `h` は [0, 0] から始まります。チェックは、この更新を (−7, 2) から 30 回実行し、すべての点を
//ja: kobai の AdaGrad と比べます。違いがあれば、最初に食い違ったステップと座標を示します。
import { bookBowl, runOptimizer, runRule, AdaGrad, type Point } from "kobai";

const eta = 1.5;
const epsilon = 1e-10;
let h: Point = [0, 0];

function adagradStep(w: Point, grad: Point): Point {
  // ▼ your code: update `h`, then return the new point [x, y]
  //ja: ▼ ここに書く:`h` を更新してから、新しい点 [x, y] を返します
  return [w[0] - eta * grad[0], w[1] - eta * grad[1]];
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── チェック(ここから下は編集しなくてかまいません)─────────────────────────────────────
const yours = runRule(bookBowl, adagradStep, { steps: 30 });
const kobais = runOptimizer(bookBowl, AdaGrad, { lr: eta, eps: epsilon }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "AdaGrad");
