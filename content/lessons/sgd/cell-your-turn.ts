// Your turn: write SGD's update W ← W − η·∂L/∂W for one point (x, y).
// The check below runs your step 30 times from (−7, 2) and compares every point with
// kobai's SGD; it names the first step and coordinate where they differ.
import { bookBowl, runOptimizer, SGD, type Point } from "kobai";

const eta = 0.95;

function sgdStep(w: Point, grad: Point): Point {
  // ▼ your code: return the new point [x, y]
  return [w[0], w[1]];
  // ▲ your code
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
const yours: Point[] = [bookBowl.start];
for (let k = 0; k < 30; k++) {
  const w = yours[k];
  yours.push(sgdStep(w, bookBowl.gradient(w[0], w[1])));
}
const kobais = runOptimizer(bookBowl, SGD, { lr: eta }, { steps: 30 }).points;
checkTrajectory(yours, kobais, "SGD");
