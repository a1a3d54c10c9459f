// Spot the mistake: at test time the book's dropout multiplies each unit by 1 − p, the
// fraction KEPT. Study notes sometimes say "by the ratio dropped", p. Run this after the
// experiment cell: it scores the same trained model (p = 0.2) both ways.
import { argmax, Dropout, map, mean, scale, Tensor, type Sequential } from "kobai";
declare const model: Sequential; // trained in the experiment cell above (book's form, p = 0.2)
declare const test: { x: Tensor; y: number[] };

/** Inference layer by layer; each Dropout layer multiplies by `factor(p)` instead of its own 1 − p. */
function inferWith(factor: (p: number) => number): Tensor {
  let h = test.x;
  for (const layer of model.layers) {
    h = layer instanceof Dropout ? scale(h, factor(layer.p)) : layer.forward(h, { training: false });
  }
  return h;
}
const accuracyOf = (logits: Tensor) => argmax(logits).filter((c, i) => c === test.y[i]).length / test.y.length;

const kept = accuracyOf(inferWith((p) => 1 - p)); // right: the same as accuracy(model, …)
const dropped = accuracyOf(inferWith((p) => p)); // the mistake
show(kept, "test accuracy, units × (1 − p) = 0.8");
show(dropped, "test accuracy, units × p = 0.2");
const size = (logits: Tensor) => mean(map(logits, Math.abs));
show(size(inferWith((p) => p)) / size(inferWith((p) => 1 - p)), "size of the logits, mistake ÷ right");
