// Pitfall: forgetting inference mode. Run this after the cell above: it measures the
// dropout model's test accuracy three times with training: true (fresh masks each time,
// no 1 − p scaling) and once in inference mode, as accuracy() does.
import { argmax, type Sequential } from "kobai";
declare const model: Sequential; // trained in the cell above
declare const test: { x: import("kobai").Tensor; y: number[] };

const score = (training: boolean) => {
  const predicted = argmax(model.forward(test.x, { training }));
  return predicted.filter((c, i) => c === test.y[i]).length / test.y.length;
};
const forgot = [score(true), score(true), score(true)];
console.log(`training: true  → ${forgot.map((a) => a.toFixed(3)).join(", ")} (a different answer every time)`);
console.log(`training: false → ${score(false).toFixed(3)}`);
