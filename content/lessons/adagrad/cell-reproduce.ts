// What the explorer computes: AdaGrad with the book's η = 1.5 for 30 steps from (−7, 2)
// (図6-6), and each axis's step size η/(√h + ε) as h grows.
import { bookBowl, runOptimizer, AdaGrad } from "kobai";

const adaRun = runOptimizer(bookBowl, AdaGrad, { lr: 1.5 });
const adaBook = runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" });

show(adaRun.points[1], "after step 1: each coordinate moved by η");
show(adaRun.points[30], "after step 30");
show(adaRun.losses[30], "f after step 30");
show(adaRun.states[1].effectiveLr, "step sizes (x, y) at step 1");
show(adaRun.states[30].effectiveLr, "step sizes (x, y) at step 30");
show(
  Math.max(
    ...adaRun.points.flatMap((p, k) => [Math.abs(p[0] - adaBook.points[k][0]), Math.abs(p[1] - adaBook.points[k][1])]),
  ),
  "largest gap to the book's form (ε = 1e-7)",
);

const sizes = adaRun.states.slice(1).flatMap((s, k) => [
  { step: k + 1, axis: "x", size: s.effectiveLr[0] },
  { step: k + 1, axis: "y", size: s.effectiveLr[1] },
]);
plot({
  y: { label: "η/(√h + ε)" },
  color: { legend: true },
  marks: [Plot.line(sizes, { x: "step", y: "size", stroke: "axis" })],
});
