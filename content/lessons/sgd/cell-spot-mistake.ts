// Spot the mistake: "a learning rate of 1 or more is forbidden". SGD with η = 1.5 on the book's
// bowl and on a bowl whose steepest curvature is 0.5 instead of 2. Try other η and curvatures:
// along each direction a step multiplies the distance to the minimum by 1 − η·curvature.
import { bookBowl, runOptimizer, SGD, type Landscape } from "kobai";

const yCurvature = 0.5; // the book's bowl has 2
const spotBowl: Landscape = {
  ...bookBowl,
  id: "flatter-bowl",
  value: (x, y) => (x * x) / 20 + (yCurvature / 2) * y * y,
  gradient: (x, y) => [x / 10, yCurvature * y],
};
const spotLr = 1.5;
const onFlatter = runOptimizer(spotBowl, SGD, { lr: spotLr }, { steps: 100 });
const onBook = runOptimizer(bookBowl, SGD, { lr: spotLr }, { steps: 100 });

show(2 / Math.max(0.1, yCurvature), "the limit 2/λ_max on the flatter bowl");
show([1 - spotLr * 0.1, 1 - spotLr * yCurvature], "factors 1 − ηλ per step (x, y), flatter bowl");
show(onFlatter.losses[100], "f after 100 steps, flatter bowl");
show(
  onBook.diverged ? `diverged: stopped after ${onBook.losses.length - 1} steps` : "converged",
  "the book's bowl (limit 1)",
);
plot({
  y: { type: "log", label: "f" },
  color: { legend: true },
  marks: [
    Plot.line(
      onFlatter.losses.map((f, step) => ({ step, f, bowl: "flatter bowl" })),
      { x: "step", y: "f", stroke: "bowl" },
    ),
    Plot.line(
      onBook.losses.map((f, step) => ({ step, f, bowl: "book's bowl" })),
      { x: "step", y: "f", stroke: "bowl" },
    ),
  ],
});
