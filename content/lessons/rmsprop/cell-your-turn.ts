// Your turn: write RMSProp's update (PyTorch's form, α = 0.99, ε = 1e-8):
//   h ← α·h + (1 − α)·∇⊙∇,   W ← W − η·∇ / (√h + ε)        (per coordinate)
// `h` starts at [0, 0]. The check runs your step 30 times from (−7, 2) and compares every
// point with kobai's RMSProp; it names the first step and coordinate where they differ.
//ja: やってみよう:RMSProp の更新を書いてください(PyTorch の形、α = 0.99、ε = 1e-8)。
//ja:   h ← α·h + (1 − α)·∇⊙∇,   W ← W − η·∇ / (√h + ε)        (座標ごと)
//ja: `h` は [0, 0] から始まります。確認では、書いたステップを (−7, 2) から 30 回実行し、すべての点を
//ja: kobai の RMSProp と比べます。違いがあれば、最初に食い違ったステップと座標を示します。
import { bookBowl, runOptimizer, runRule, RMSProp, type Point } from "kobai";

const eta = 0.1;
const alpha = 0.99;
const epsilon = 1e-8;
let h: Point = [0, 0];

function rmspropStep(w: Point, grad: Point): Point {
  // ▼ your code: update `h`, then return the new point [x, y]
  //ja: ▼ ここに書く:`h` を更新してから、新しい点 [x, y] を返します
  h = [h[0] + grad[0] * grad[0], h[1] + grad[1] * grad[1]];
  return [w[0] - (eta * grad[0]) / (Math.sqrt(h[0]) + epsilon), w[1] - (eta * grad[1]) / (Math.sqrt(h[1]) + epsilon)];
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── 確認(ここから下は編集不要です)──────────────────────────────────────────────────
const yours = runRule(bookBowl, rmspropStep, { steps: 30 });
const kobais = runOptimizer(bookBowl, RMSProp, { lr: eta, alpha, eps: epsilon }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "RMSProp");
