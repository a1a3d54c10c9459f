// One trial of the book's random search (ch06/hyperparameter_optimization.py) with the
// public API: 500 training digits, shuffled, 20 % held out as validation data; a network of
// six hidden layers of 100 ReLU units; SGD with the book's weight decay; batches of 100
// drawn with replacement. The learning rate and λ are drawn on log scales, as in the book.
//ja: 本書のランダムサーチ(ch06/hyperparameter_optimization.py)の1回の試行を、公開 API で書きます。
//ja: 訓練データ 500 枚をシャッフルし、20 % を検証データとして取り分けます。ネットワークは、ReLU の
//ja: ニューロン 100 個からなる隠れ層が6つです。SGD に本書の Weight decay を組み合わせ、100 枚のバッチを
//ja: 復元抽出で選びます。学習率と λ は、本書と同じく対数スケールでサンプリングします。
import {
  createRng,
  loadMnist,
  permutation,
  Linear,
  ReLU,
  Sequential,
  CrossEntropyLoss,
  SGD,
  accuracy,
  type Layer,
} from "kobai";

const search = createRng(0);
const lr = 10 ** (-4 + 3 * search.uniform()); // 10^U(−4, −1): the lesson's range
//ja: const lr = 10 ** (-4 + 3 * search.uniform()); // 10^U(−4, −1):この章の範囲
const lambda = 10 ** (-8 + 4 * search.uniform()); // 10^U(−8, −4): the book's range
//ja: const lambda = 10 ** (-8 + 4 * search.uniform()); // 10^U(−8, −4):本書の範囲
const epochs = 20;

const digits = await loadMnist({ train: 500, test: 0 });
// Shuffle once (Fisher–Yates), then hold out the first 20 % (the book's shuffle_dataset and slice).
//ja: 一度だけシャッフルし(Fisher–Yates)、先頭の 20 % を取り分けます(本書の shuffle_dataset とスライス)。
const order = permutation(500, createRng(1));
const pick = (rows: number[]) => ({ x: digits.train.x.selectRows(rows), y: rows.map((r) => digits.train.y[r]) });
const validation = pick(order.slice(0, 100));
const train = pick(order.slice(100));

const rng = createRng(2);
const layers: Layer[] = [];
for (let i = 0, inputs = 784; i < 6; i++, inputs = 100) layers.push(new Linear(inputs, 100, { rng }), new ReLU());
layers.push(new Linear(100, 10, { rng }));
const model = new Sequential(layers);
const weights = layers.filter((l): l is Linear => l instanceof Linear).map((l) => l.weight);
const loss = new CrossEntropyLoss();
const optimizer = new SGD(model.parameters(), { lr });
const batchRng = createRng(3);
const curve: number[] = [];
for (let step = 1; step <= epochs * 4; step++) {
  // 400 training digits / 100 = 4 steps an epoch
  //ja: 訓練データ 400 枚 / 100 = 1エポックあたり4ステップ
  const rows = Array.from({ length: 100 }, () => Math.floor(batchRng.uniform() * 400));
  optimizer.zeroGrad();
  loss.forward(
    model.forward(train.x.selectRows(rows), { training: true }),
    rows.map((r) => train.y[r]),
  );
  model.backward(loss.backward());
  for (const w of weights) for (let i = 0; i < w.grad.data.length; i++) w.grad.data[i] += lambda * w.value.data[i];
  optimizer.step();
  if (step % 4 === 0) curve.push(accuracy(model, validation.x, validation.y));
}
console.log(
  `lr = ${lr.toExponential(2)}, λ = ${lambda.toExponential(2)}: validation accuracy ${curve[curve.length - 1].toFixed(3)} after ${epochs} epochs`,
  //ja: `lr = ${lr.toExponential(2)}、λ = ${lambda.toExponential(2)}:検証データでの認識精度 ${curve[curve.length - 1].toFixed(3)}(${epochs} エポック後)`,
);
plot({
  y: { domain: [0, 1], label: "validation accuracy" },
  //ja: y: { domain: [0, 1], label: "検証データでの認識精度" },
  x: { label: "epoch" },
  //ja: x: { label: "エポック" },
  marks: [
    Plot.line(
      curve.map((a, i) => ({ epoch: i + 1, a })),
      { x: "epoch", y: "a" },
    ),
  ],
});
