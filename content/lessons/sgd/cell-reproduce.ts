// What the explorer above computes, with the public API: the book's SGD (η = 0.95)
// for 30 steps on f(x, y) = x²/20 + y² from (−7, 2), as in 図6-3.
import { bookBowl, runOptimizer, SGD } from "kobai";

const sgdRun = runOptimizer(bookBowl, SGD, { lr: 0.95 }, { steps: 30 });

show(sgdRun.points[1], "after step 1");
show(sgdRun.points[30], "after step 30");
show(sgdRun.losses[30], "f after step 30");

// The zig-zag: y changes sign at every step, x creeps towards 0.
plot({
  aspectRatio: 1,
  x: { domain: [-8, 2] },
  y: { domain: [-3, 3] },
  marks: [Plot.line(sgdRun.points, { marker: "dot" }), Plot.dot([[0, 0]], { symbol: "plus", r: 8 })],
});
