// The overfitting experiment of the book's ch06/overfit_weight_decay.py at lesson scale:
// six hidden layers of 100 ReLU units, only 300 training digits, SGD, batches of 100 drawn
// with replacement (np.random.choice), the book's weight decay λ/2·ΣW² on the weights.
// Lesson scale: η = 0.05 and 100 epochs (the book: η = 0.01, 201 epochs) so it runs in seconds.
//ja: 本書の ch06/overfit_weight_decay.py の過学習の実験を、章で試す規模で行います。
//ja: 隠れ層は6つ(各層 ReLU のユニット 100 個)、訓練用の数字は 300 枚だけ、SGD、重複を許して無作為に選ぶ
//ja: 100 枚のバッチ(np.random.choice)、重みには本書の Weight decay λ/2·ΣW² を加えます。
//ja: 章で試す規模:数秒で終わるように η = 0.05、100 エポックにします(本書は η = 0.01、201 エポック)。
import { createRng, loadMnist, Linear, ReLU, Sequential, CrossEntropyLoss, SGD, accuracy, type Layer } from "kobai";

const digits = await loadMnist({ train: 300, test: 500 });
const { train, test } = digits;

function train6x100(lambda: number, seed = 0) {
  const rng = createRng(seed);
  const layers: Layer[] = [];
  let inputs = 784;
  for (let i = 0; i < 6; i++) {
    layers.push(new Linear(inputs, 100, { rng }), new ReLU());
    inputs = 100;
  }
  layers.push(new Linear(100, 10, { rng }));
  const model = new Sequential(layers);
  const weights = layers.filter((l): l is Linear => l instanceof Linear).map((l) => l.weight);
  const loss = new CrossEntropyLoss();
  const optimizer = new SGD(model.parameters(), { lr: 0.05 });
  const history: { epoch: number; train: number; test: number }[] = [];
  const batchRng = createRng(seed + 1);
  for (let step = 1; step <= 300; step++) {
    // 100 epochs of 3 batches
    //ja: 1エポック 3 バッチで 100 エポック
    const rows = Array.from({ length: 100 }, () => Math.floor(batchRng.uniform() * 300));
    optimizer.zeroGrad();
    loss.forward(
      model.forward(train.x.selectRows(rows), { training: true }),
      rows.map((r) => train.y[r]),
    );
    model.backward(loss.backward());
    // The book's weight decay: ∂(λ/2·‖W‖²)/∂W = λW, added to each weight's gradient (not the biases').
    //ja: 本書の Weight decay:∂(λ/2·‖W‖²)/∂W = λW を各重みの勾配に加えます(バイアスには加えません)。
    for (const w of weights) for (let i = 0; i < w.grad.data.length; i++) w.grad.data[i] += lambda * w.value.data[i];
    optimizer.step();
    if (step % 30 === 0)
      history.push({
        epoch: step / 3,
        train: accuracy(model, train.x, train.y),
        test: accuracy(model, test.x, test.y),
      });
  }
  const size = Math.sqrt(weights.reduce((s, w) => s + w.value.data.reduce((a, v) => a + v * v, 0), 0));
  return { history, size };
}

const runs = [0, 0.03].map((lambda) => ({ lambda, ...train6x100(lambda) }));
for (const { lambda, history, size } of runs) {
  const last = history[history.length - 1];
  console.log(
    `λ = ${lambda}: train ${last.train.toFixed(3)}, test ${last.test.toFixed(3)}, gap ${(last.train - last.test).toFixed(3)}, ‖W‖ = ${size.toFixed(1)}`,
    //ja: `λ = ${lambda}:訓練 ${last.train.toFixed(3)}、テスト ${last.test.toFixed(3)}、差 ${(last.train - last.test).toFixed(3)}、‖W‖ = ${size.toFixed(1)}`,
  );
}
plot({
  y: { domain: [0, 1], label: "accuracy" },
  //ja: y: { domain: [0, 1], label: "認識精度" },
  x: { label: "epoch" },
  //ja: x: { label: "エポック" },
  color: { legend: true },
  marks: runs.flatMap(({ lambda, history }) => [
    Plot.line(history, { x: "epoch", y: "train", stroke: () => `λ = ${lambda} train` }),
    //ja: Plot.line(history, { x: "epoch", y: "train", stroke: () => `λ = ${lambda} 訓練` }),
    Plot.line(history, { x: "epoch", y: "test", stroke: () => `λ = ${lambda} test`, strokeDasharray: "4 3" }),
    //ja: Plot.line(history, { x: "epoch", y: "test", stroke: () => `λ = ${lambda} テスト`, strokeDasharray: "4 3" }),
  ]),
});
