// MNIST inference (3.6) with a network kobai trains here in a few seconds: the book's shape,
// 784 → 50 → 100 → 10 with sigmoids. Training is the subject of the next chapters; this cell
// only needs weights that work. Then: every test digit one at a time, and in batches of 100.
import { Adam, CrossEntropyLoss, Linear, Sequential, Sigmoid, argmax, createRng, fit, loadMnist } from "kobai";

const { train, test } = await loadMnist(); // pixels already divided by 255 (normalize: true)
const rng = createRng(1);
const net = new Sequential([
  new Linear(784, 50, { init: "xavier", rng }),
  new Sigmoid(),
  new Linear(50, 100, { init: "xavier", rng }),
  new Sigmoid(),
  new Linear(100, 10, { init: "xavier", rng }),
]);
fit(net, new CrossEntropyLoss(), new Adam(net.parameters(), { lr: 0.01 }), train, {
  epochs: 3,
  batchSize: 100,
  rng: createRng(2),
});

// The output layer's softmax is left out: it keeps the order, so argmax is the same (3.5.3).
const n = test.x.rows;
let oneAtATime = 0,
  batched = 0;
let t0 = performance.now();
const single: number[] = [];
for (let i = 0; i < n; i++) single.push(argmax(net.forward(test.x.selectRows([i]), { training: false }))[0]);
const singleMs = performance.now() - t0;

t0 = performance.now();
const inBatches: number[] = [];
for (let start = 0; start < n; start += 100) {
  const rows = Array.from({ length: Math.min(100, n - start) }, (_, k) => start + k);
  inBatches.push(...argmax(net.forward(test.x.selectRows(rows), { training: false })));
}
const batchMs = performance.now() - t0;

single.forEach((p, i) => {
  if (p === test.y[i]) oneAtATime++;
});
inBatches.forEach((p, i) => {
  if (p === test.y[i]) batched++;
});
console.log(
  `accuracy on ${n} test digits: ${(oneAtATime / n).toFixed(4)} one at a time, ${(batched / n).toFixed(4)} in batches`,
);
console.log(`same predictions both ways: ${single.every((p, i) => p === inBatches[i])}`);
console.log(
  `time on this machine: ${singleMs.toFixed(0)} ms one at a time, ${batchMs.toFixed(0)} ms in batches of 100 (${(singleMs / batchMs).toFixed(1)}× faster)`,
);
