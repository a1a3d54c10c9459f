// The dropout experiment of the book's ch06/overfit_dropout.py at lesson scale: six hidden
// layers of 100 ReLU units, 300 training digits, the book's (non-inverted) dropout after
// every hidden layer, SGD, batches of 100 drawn with replacement. Lesson scale: η = 0.05,
// 100 epochs (the book: η = 0.01, 301 epochs), 500 test digits.
//ja: 本書の ch06/overfit_dropout.py の Dropout の実験を、章で試す規模で行います。隠れ層は6つ(各層 ReLU の
//ja: ユニット 100 個)、訓練用の数字は 300 枚、どの隠れ層の後にも本書の(inverted でない)Dropout、SGD、
//ja: 重複を許して無作為に選ぶ 100 枚のバッチ。章で試す規模:η = 0.05、100 エポック(本書は η = 0.01、301 エポック)、
//ja: テスト用の数字は 500 枚です。
import {
  createRng,
  loadMnist,
  Linear,
  ReLU,
  Dropout,
  Sequential,
  CrossEntropyLoss,
  SGD,
  accuracy,
  fit,
  type Layer,
} from "kobai";

const { train, test } = await loadMnist({ train: 300, test: 500 });

function build(p: number, seed = 0): Sequential {
  const rng = createRng(seed),
    masks = createRng(seed + 2);
  const layers: Layer[] = [];
  let inputs = 784;
  for (let i = 0; i < 6; i++) {
    layers.push(new Linear(inputs, 100, { rng }), new ReLU());
    if (p > 0) layers.push(new Dropout(p, { inverted: false, rng: masks }));
    inputs = 100;
  }
  layers.push(new Linear(100, 10, { rng }));
  return new Sequential(layers);
}

function trainIt(model: Sequential, seed = 0) {
  // 100 epochs of 3 batches of 100 digits, drawn with replacement as the book does (300 steps).
  //ja: 100 枚のバッチを本書と同じく重複を許して選び、1エポック 3 バッチで 100 エポック(300 ステップ)学習します。
  fit(model, new CrossEntropyLoss(), new SGD(model.parameters(), { lr: 0.05 }), train, {
    epochs: 100,
    batchSize: 100,
    replacement: true,
    rng: createRng(seed + 1),
  });
  // accuracy() runs the model with training: false (every unit kept, scaled by 1 − p).
  //ja: accuracy() は training: false でモデルを実行します(すべてのユニットを残し、1 − p を掛けます)。
  return { train: accuracy(model, train.x, train.y), test: accuracy(model, test.x, test.y) };
}

const plain = build(0);
const model = build(0.2);
const withoutDropout = trainIt(plain);
const withDropout = trainIt(model);
console.log(
  `no dropout:   train ${withoutDropout.train.toFixed(3)}, test ${withoutDropout.test.toFixed(3)}, gap ${(withoutDropout.train - withoutDropout.test).toFixed(3)}`,
  //ja: `Dropout なし: 訓練 ${withoutDropout.train.toFixed(3)}、テスト ${withoutDropout.test.toFixed(3)}、差 ${(withoutDropout.train - withoutDropout.test).toFixed(3)}`,
);
console.log(
  `dropout 0.2:  train ${withDropout.train.toFixed(3)}, test ${withDropout.test.toFixed(3)}, gap ${(withDropout.train - withDropout.test).toFixed(3)}`,
  //ja: `Dropout 0.2:  訓練 ${withDropout.train.toFixed(3)}、テスト ${withDropout.test.toFixed(3)}、差 ${(withDropout.train - withDropout.test).toFixed(3)}`,
);
