// MNIST inference (3.6) with a network kobai trains here in a few seconds: the book's shape,
// 784 → 50 → 100 → 10 with sigmoids. Training is the subject of the next chapters; this cell
// only needs weights that work. Then: every test digit one at a time, and in batches of 100.
//ja: MNIST の推論です(3.6 節)。ネットワークは、kobai がこの場で数秒かけて学習させます。
//ja: 形は本書と同じ 784 → 50 → 100 → 10 で、活性化関数はシグモイド関数です。学習は次の章からの
//ja: 話題なので、このセルでは動く重みがあれば十分です。そのうえで、テスト画像をすべて1枚ずつ推論し、
//ja: 次に 100 枚ずつのバッチで推論します。
import { Adam, CrossEntropyLoss, Linear, Sequential, Sigmoid, argmax, createRng, fit, loadMnist } from "kobai";

const { train, test } = await loadMnist(); // pixels already divided by 255 (normalize: true)
//ja: const { train, test } = await loadMnist(); // 画素値は 255 で割ってあります(normalize: true)
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
//ja: 出力層のソフトマックス関数は省きます。値の大小関係は変わらないので、argmax は同じです(3.5.3 節)。
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
  //ja: `テスト画像 ${n} 枚の認識精度:1枚ずつ ${(oneAtATime / n).toFixed(4)}、バッチ ${(batched / n).toFixed(4)}`,
);
console.log(`same predictions both ways: ${single.every((p, i) => p === inBatches[i])}`);
//ja: console.log(`2つの方法で予測が一致:${single.every((p, i) => p === inBatches[i])}`);
console.log(
  `time on this machine: ${singleMs.toFixed(0)} ms one at a time, ${batchMs.toFixed(0)} ms in batches of 100 (${(singleMs / batchMs).toFixed(1)}× faster)`,
  //ja: `この端末での処理時間:1枚ずつ ${singleMs.toFixed(0)} ms、100 枚ずつのバッチ ${batchMs.toFixed(0)} ms(${(singleMs / batchMs).toFixed(1)} 倍速い)`,
);
