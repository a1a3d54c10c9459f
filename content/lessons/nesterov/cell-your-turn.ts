// Your turn: write Nesterov's update in PyTorch's form,
//   v ← μ·v + ∇,   W ← W − η·(∇ + μ·v)      (v is the NEW velocity)
// `velocity` starts at [0, 0]. The check runs your step 30 times from (−7, 2) and compares
// every point with kobai's Nesterov; it names the first step and coordinate that differ.
import { bookBowl, runOptimizer, Nesterov, type Point } from "kobai";

const eta = 0.1;
const mu = 0.9;
let velocity: Point = [0, 0];

function nesterovStep(w: Point, grad: Point): Point {
  // ▼ your code: this is plain Momentum; make it look ahead
  velocity = [mu * velocity[0] + grad[0], mu * velocity[1] + grad[1]];
  return [w[0] - eta * velocity[0], w[1] - eta * velocity[1]];
  // ▲ your code
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
const yours: Point[] = [bookBowl.start];
for (let k = 0; k < 30; k++) {
  const w = yours[k];
  yours.push(nesterovStep(w, bookBowl.gradient(w[0], w[1])));
}
const kobais = runOptimizer(bookBowl, Nesterov, { lr: eta, momentum: mu }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "Nesterov");
