// Your turn: write Momentum's update in PyTorch's form,
//   v ← μ·v + ∇,   W ← W − η·v,
// for one point (x, y). `velocity` is your state: it starts at [0, 0] and must survive
// between calls. The check runs your step 30 times from (−7, 2) and compares every point
// with kobai's Momentum; it names the first step and coordinate where they differ.
import { bookBowl, runOptimizer, Momentum, type Point } from "kobai";

const eta = 0.1;
const mu = 0.9;
let velocity: Point = [0, 0];

function momentumStep(w: Point, grad: Point): Point {
  // ▼ your code: update `velocity`, then return the new point [x, y]
  return [w[0] - eta * grad[0], w[1] - eta * grad[1]];
  // ▲ your code
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
const yours: Point[] = [bookBowl.start];
for (let k = 0; k < 30; k++) {
  const w = yours[k];
  yours.push(momentumStep(w, bookBowl.gradient(w[0], w[1])));
}
const kobais = runOptimizer(bookBowl, Momentum, { lr: eta, momentum: mu }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "Momentum");
