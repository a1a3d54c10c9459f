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
  fit,
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
// 400 training digits / 100 = 4 steps an epoch. l2 is the book's weight decay: λ/2·ΣW² joins
// the loss, so λW is added to each weight's gradient (not the biases') before every step.
//ja: 訓練データ 400 枚 / 100 = 1エポックあたり4ステップ。l2 は本書の Weight decay です。損失に λ/2·ΣW² が
//ja: 加わるので、毎回の更新の前に各重みの勾配に λW が足されます(バイアスには足されません)。
const history = fit(model, new CrossEntropyLoss(), new SGD(model.parameters(), { lr }), train, {
  epochs,
  batchSize: 100,
  replacement: true,
  l2: lambda,
  rng: createRng(3),
  validation,
});
const curve = history.valAccuracy!; // the validation accuracy after each epoch
//ja: const curve = history.valAccuracy!; // 各エポックの後の、検証データでの認識精度
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
