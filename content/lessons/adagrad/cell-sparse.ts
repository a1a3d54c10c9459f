// Sparse features, where AdaGrad shines. t = x · w with every true weight 1; feature 0 is in
// every example, features 1–3 are non-zero in only 20, 5 and 1 of the 100 examples.
//ja: 疎な特徴量:AdaGrad が力を発揮する場面です。t = x · w で、真の重みはどれも 1 です。特徴量 0 は
//ja: すべての例にあり、特徴量 1〜3 が 0 でないのは、100 件のうちそれぞれ 20 件、5 件、1 件だけです。
import { AdaGrad, Linear, MSELoss, SGD, Tensor, createRng } from "kobai";

const sparseRng = createRng(0);
const sparseRows = Array.from({ length: 100 }, () => [sparseRng.normal(), 0, 0, 0]);
[0, 20, 5, 1].forEach((count, j) => {
  for (let placed = 0; placed < count;) {
    const n = Math.floor(sparseRng.uniform() * 100);
    if (sparseRows[n][j] === 0) {
      sparseRows[n][j] = 1;
      placed++;
    }
  }
});
const sparseX = Tensor.from(sparseRows);
const sparseT = Tensor.from(sparseRows.map((r) => [r[0] + r[1] + r[2] + r[3]]));

// The same model, loss, data and η; only the rule differs. The bias is left out (fixed at 0).
//ja: モデル、損失、データ、η は同じで、違うのは更新式だけです。バイアスは使いません(0 に固定)。
function trainSparse(rule: "SGD" | "AdaGrad", lr: number, steps = 100) {
  const model = new Linear(4, 1, { init: "zeros" });
  const optimizer = rule === "SGD" ? new SGD([model.weight], { lr }) : new AdaGrad([model.weight], { lr });
  const mse = new MSELoss();
  const rarest: number[] = [0];
  for (let k = 0; k < steps; k++) {
    optimizer.zeroGrad();
    mse.forward(model.forward(sparseX), sparseT);
    model.backward(mse.backward());
    optimizer.step();
    rarest.push(model.weight.value.data[3]);
  }
  return { weights: Array.from(model.weight.value.data, (w) => Number(w.toFixed(3))), rarest };
}

const sparseSgd = trainSparse("SGD", 0.3);
const sparseAda = trainSparse("AdaGrad", 0.3);
const sparseFastSgd = trainSparse("SGD", 1.2); // just below SGD's limit 2/λ_max = 1.23
//ja: const sparseFastSgd = trainSparse("SGD", 1.2); // SGD の限界 2/λ_max = 1.23 のすぐ下
show(sparseSgd.weights, "SGD η = 0.3: weights (common, 20 %, 5 %, 1 %) after 100 steps");
//ja: show(sparseSgd.weights, "SGD η = 0.3:100 回更新した後の重み(全例、20 %、5 %、1 %)");
show(sparseFastSgd.weights, "SGD η = 1.2: weights after 100 steps");
//ja: show(sparseFastSgd.weights, "SGD η = 1.2:100 回更新した後の重み");
show(sparseAda.weights, "AdaGrad η = 0.3: weights after 100 steps");
//ja: show(sparseAda.weights, "AdaGrad η = 0.3:100 回更新した後の重み");

const rarestCurves = [
  ...sparseSgd.rarest.map((w, step) => ({ step, w, run: "SGD η = 0.3" })),
  ...sparseFastSgd.rarest.map((w, step) => ({ step, w, run: "SGD η = 1.2" })),
  ...sparseAda.rarest.map((w, step) => ({ step, w, run: "AdaGrad η = 0.3" })),
];
plot({
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { domain: [0, 1.1], label: "weight of the rarest feature (true value 1)" },
  //ja: y: { domain: [0, 1.1], label: "いちばんまれな特徴量の重み(真の値は 1)" },
  color: { legend: true },
  marks: [Plot.ruleY([1], { strokeDasharray: "4 3" }), Plot.line(rarestCurves, { x: "step", y: "w", stroke: "run" })],
});
