// The book's learning algorithm (4.5) on real data: Fisher's iris, 150 flowers of 3 species.
// 100 flowers to learn from, 50 held out to test, mini-batches of 20: one epoch is
// 100 / 20 = 5 updates, and 100 epochs are 500.
import {
  CrossEntropyLoss,
  Linear,
  Sequential,
  Sigmoid,
  SGD,
  Tensor,
  accuracy,
  createRng,
  datasets,
  fit,
  permutation,
} from "kobai";

const iris = datasets.iris(); // rows come species by species, so shuffle before splitting
const rng = createRng(0);
const order = permutation(150, rng);
const rows = iris.x.toArray();
const part = (idx: number[]) => ({ x: Tensor.from(idx.map((i) => rows[i])), y: idx.map((i) => iris.y[i]) });
const train = part(order.slice(0, 100));
const test = part(order.slice(100));

// The book's TwoLayerNet shape: 4 inputs → 10 sigmoid units → 3 class scores.
const model = new Sequential([new Linear(4, 10, { rng }), new Sigmoid(), new Linear(10, 3, { rng })]);
const optimizer = new SGD(model.parameters(), { lr: 0.1 });
const batchSize = 20;
console.log(`${train.x.rows} training and ${test.x.rows} test flowers; batch ${batchSize}:`);
console.log(`${Math.ceil(train.x.rows / batchSize)} updates per epoch`);

const history = fit(model, new CrossEntropyLoss(), optimizer, train, {
  epochs: 100,
  batchSize,
  validation: test,
  rng,
});
console.log(`${history.steps} updates in 100 epochs`);
const correct = Math.round(accuracy(model, test.x, test.y) * test.x.rows);
console.log(
  `after 100 epochs: loss ${history.loss[99].toFixed(3)}, training accuracy ${history.accuracy[99].toFixed(2)},`,
  `test accuracy ${history.valAccuracy![99].toFixed(2)} (${correct} of ${test.x.rows})`,
);

const rowsShown = [1, 5, 10, 20, 50, 100].map((epoch) => ({
  epoch,
  updates: epoch * 5,
  loss: history.loss[epoch - 1].toFixed(3),
  "train accuracy": history.accuracy[epoch - 1].toFixed(2),
  "test accuracy": history.valAccuracy![epoch - 1].toFixed(2),
}));
show(rowsShown);

plot({
  y: { domain: [0, 1], label: "accuracy" },
  x: { label: "epoch (5 updates each)" },
  marks: [
    Plot.lineY(history.accuracy, { x: (_, i) => i + 1, stroke: "steelblue" }),
    Plot.lineY(history.valAccuracy!, { x: (_, i) => i + 1, stroke: "orange", strokeDasharray: "4 3" }),
    Plot.text(["train (solid), test (dashed)"], { frameAnchor: "bottom-right", dy: -8 }),
  ],
});
