// What the explorer's "book's settings" computes (図6-7): Adam with η = 0.3, β1 = 0.9,
// β2 = 0.999 for 30 steps from (−7, 2), in the book's folded form and in PyTorch's.
import { bookBowl, runOptimizer, Adam } from "kobai";

const adamBook = runOptimizer(bookBowl, Adam, { lr: 0.3, form: "book" });
const adamTorch = runOptimizer(bookBowl, Adam, { lr: 0.3 });

show(adamTorch.points[1], "after step 1: each coordinate moved by η");
show(adamBook.points[30], "book's form after step 30");
show(adamBook.losses[30], "f after step 30");
show(adamTorch.states[30].mHat, "m̂ at step 30 (PyTorch's form)");
show(
  Math.max(
    ...adamBook.points.flatMap((p, k) => [
      Math.abs(p[0] - adamTorch.points[k][0]),
      Math.abs(p[1] - adamTorch.points[k][1]),
    ]),
  ),
  "largest gap between the two forms",
);

// The book's ε is added before v's bias correction: it acts like ε_t = ε/√(1 − β2ᵗ).
const epsT = [1, 30, 1000].map((t) => ({ t, "ε_t / ε": 1 / Math.sqrt(1 - 0.999 ** t) }));
show(epsT);
