// Your turn: write Adam's update (PyTorch's form, β1 = 0.9, β2 = 0.999, ε = 1e-8), at step t = 1, 2, …:
//   m ← β1·m + (1 − β1)·∇          v ← β2·v + (1 − β2)·∇⊙∇
//   m̂ = m / (1 − β1ᵗ)               v̂ = v / (1 − β2ᵗ)
//   W ← W − η·m̂ / (√v̂ + ε)                                   (per coordinate)
// `m`, `v` start at [0, 0]. The check runs your step 30 times from (−7, 2) and compares every
// point with kobai's Adam; it names the first step and coordinate where they differ.
//ja: やってみよう:Adam の更新を書いてください(PyTorch の形、β1 = 0.9、β2 = 0.999、ε = 1e-8)。ステップ t = 1, 2, … で:
//ja:   m ← β1·m + (1 − β1)·∇          v ← β2·v + (1 − β2)·∇⊙∇
//ja:   m̂ = m / (1 − β1ᵗ)               v̂ = v / (1 − β2ᵗ)
//ja:   W ← W − η·m̂ / (√v̂ + ε)                                   (座標ごと)
//ja: `m` と `v` は [0, 0] から始まります。確認では、書いたステップを (−7, 2) から 30 回実行し、すべての点を
//ja: kobai の Adam と比べます。違いがあれば、最初に食い違ったステップと座標を示します。
import { bookBowl, runOptimizer, runRule, Adam, type Point } from "kobai";

const eta = 0.3;
const beta1 = 0.9;
const beta2 = 0.999;
const epsilon = 1e-8;
let m: Point = [0, 0];
let v: Point = [0, 0];

function adamStep(w: Point, grad: Point, t: number): Point {
  // ▼ your code: update `m` and `v`, correct them, then return the new point [x, y]
  //ja: ▼ ここに書く:`m` と `v` を更新し、補正してから、新しい点 [x, y] を返します
  v = [beta2 * v[0] + (1 - beta2) * grad[0] * grad[0], beta2 * v[1] + (1 - beta2) * grad[1] * grad[1]];
  return [w[0] - (eta * grad[0]) / (Math.sqrt(v[0]) + epsilon), w[1] - (eta * grad[1]) / (Math.sqrt(v[1]) + epsilon)];
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── 確認(ここから下は編集不要です)──────────────────────────────────────────────────
const yours = runRule(bookBowl, adamStep, { steps: 30 });
const kobais = runOptimizer(bookBowl, Adam, { lr: eta, beta1, beta2, eps: epsilon }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "Adam");
