// The book's learning algorithm (4.5) on real data: Fisher's iris, 150 flowers of 3 species.
// 100 flowers to learn from, 50 held out to test, mini-batches of 20: one epoch is
// 100 / 20 = 5 updates, and 100 epochs are 500.
//ja: 本書の学習アルゴリズム(4.5節)を実際のデータで動かします。Fisher のアヤメのデータセット(3品種、150 サンプル)です。
//ja: 100 個を学習に使い、50 個をテスト用に取っておきます。ミニバッチは 20 個なので、1エポックは
//ja: 100 / 20 = 5 回の更新で、100 エポックでは 500 回です。
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
//ja: const iris = datasets.iris(); // 行は種類ごとに並んでいるので、分ける前にシャッフルします
const rng = createRng(0);
const order = permutation(150, rng);
const rows = iris.x.toArray();
const part = (idx: number[]) => ({ x: Tensor.from(idx.map((i) => rows[i])), y: idx.map((i) => iris.y[i]) });
const train = part(order.slice(0, 100));
const test = part(order.slice(100));

// The book's TwoLayerNet shape: 4 inputs → 10 sigmoid units → 3 class scores.
//ja: 本書の TwoLayerNet と同じ形:入力 4 つ → シグモイド関数のユニット 10 個 → クラスのスコア 3 つ。
const model = new Sequential([new Linear(4, 10, { rng }), new Sigmoid(), new Linear(10, 3, { rng })]);
const optimizer = new SGD(model.parameters(), { lr: 0.1 });
const batchSize = 20;
console.log(`${train.x.rows} training and ${test.x.rows} test flowers; batch ${batchSize}:`);
//ja: console.log(`訓練データ ${train.x.rows} 個、テストデータ ${test.x.rows} 個、バッチサイズ ${batchSize}:`);
console.log(`${Math.ceil(train.x.rows / batchSize)} updates per epoch`);
//ja: console.log(`1エポックあたり ${Math.ceil(train.x.rows / batchSize)} 回の更新`);

const history = fit(model, new CrossEntropyLoss(), optimizer, train, {
  epochs: 100,
  batchSize,
  validation: test,
  rng,
});
console.log(`${history.steps} updates in 100 epochs`);
//ja: console.log(`100 エポックで ${history.steps} 回の更新`);
const correct = Math.round(accuracy(model, test.x, test.y) * test.x.rows);
console.log(
  `after 100 epochs: loss ${history.loss[99].toFixed(3)}, training accuracy ${history.accuracy[99].toFixed(2)},`,
  //ja: `100 エポック後:損失 ${history.loss[99].toFixed(3)}、訓練データの認識精度 ${history.accuracy[99].toFixed(2)}`,
  `test accuracy ${history.valAccuracy![99].toFixed(2)} (${correct} of ${test.x.rows})`,
  //ja: `テストデータの認識精度 ${history.valAccuracy![99].toFixed(2)}(${correct}/${test.x.rows} 個が正解)`,
);

const rowsShown = [1, 5, 10, 20, 50, 100].map((epoch) => ({
  "after epoch": epoch,
  //ja: "エポック": epoch,
  "total updates": epoch * 5,
  //ja: "更新回数の合計": epoch * 5,
  "train loss": history.loss[epoch - 1].toFixed(3),
  //ja: "訓練データの損失": history.loss[epoch - 1].toFixed(3),
  "train accuracy": history.accuracy[epoch - 1].toFixed(2),
  //ja: "訓練データの認識精度": history.accuracy[epoch - 1].toFixed(2),
  "test accuracy": history.valAccuracy![epoch - 1].toFixed(2),
  //ja: "テストデータの認識精度": history.valAccuracy![epoch - 1].toFixed(2),
}));
show(rowsShown);

plot({
  y: { domain: [0, 1], label: "accuracy" },
  //ja: y: { domain: [0, 1], label: "認識精度" },
  x: { label: "epoch (5 updates each)" },
  //ja: x: { label: "エポック(1エポックは 5 回の更新)" },
  marks: [
    Plot.lineY(history.accuracy, { x: (_, i) => i + 1, stroke: "steelblue" }),
    Plot.lineY(history.valAccuracy!, { x: (_, i) => i + 1, stroke: "orange", strokeDasharray: "4 3" }),
    Plot.text(["train (solid), test (dashed)"], { frameAnchor: "bottom-right", dy: -8 }),
    //ja: Plot.text(["訓練データ(実線)、テストデータ(破線)"], { frameAnchor: "bottom-right", dy: -8 }),
  ],
});
