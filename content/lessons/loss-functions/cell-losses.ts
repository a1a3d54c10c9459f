// The book's example (4.2.1–4.2.2) with kobai's losses, and the widget's values at p = 0.01.
import { CrossEntropyLoss, MSELoss, Softmax, Tensor, softmax } from "kobai";

// Ten classes; the right one is "2". y is the network's output after softmax.
const t = Tensor.from([[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]]);
const y = Tensor.from([[0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]]);

// Squared error: the book's ½Σ(y − t)² and PyTorch's mean.
console.log("½Σ(y − t)²   =", new MSELoss({ reduction: "half-sum" }).forward(y, t)); // 0.0975
console.log("mean (y − t)² =", new MSELoss().forward(y, t)); // 0.0195

// Cross-entropy: CrossEntropyLoss takes logits. log y is a valid set of logits
// (softmax(log y) = y because the y's add up to 1), so this is exactly −log 0.6.
const logits = Tensor.from([Array.from(y.data, Math.log)]);
console.log("−log y₂      =", new CrossEntropyLoss().forward(logits, [2])); // 0.5108…

// The widget at p = 0.01: two classes, logits (log p, log(1 − p)), right class 0.
const p = 0.01;
const z = Tensor.from([[Math.log(p), Math.log(1 - p)]]);
const ce = new CrossEntropyLoss();
console.log("CE =", ce.forward(z, [0]), " ∂CE/∂z₀ =", ce.backward().data[0]);
const sm = new Softmax();
const se = new MSELoss({ reduction: "half-sum" });
const seValue = se.forward(sm.forward(z), Tensor.from([[1, 0]]));
console.log("SE =", seValue, " ∂SE/∂z₀ =", sm.backward(se.backward()).data[0]);

// Logits of ±1000: the core's softmax subtracts the maximum first.
show(softmax(Tensor.from([[1010, 1000, 990]])), "softmax([1010, 1000, 990])");
console.log(
  "CE for logits [1000, −1000], right class 1:",
  new CrossEntropyLoss().forward(Tensor.from([[1000, -1000]]), [1]),
);
