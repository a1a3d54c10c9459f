// The book's train_neuralnet.py (4.5.2, 5.7.4) with the public API: TwoLayerNet(784, 50, 10)
// with ReLU, batches of 100 drawn with replacement, SGD with η = 0.1, and after every epoch
// the accuracy on ALL training digits and on the test digits. Five epochs on 8,000 digits.
//ja: 本書の train_neuralnet.py(4.5.2項、5.7.4項)を公開 API で書きます。ReLU を使う TwoLayerNet(784, 50, 10)、
//ja: 復元抽出で選ぶ 100 枚のバッチ、η = 0.1 の SGD です。エポックごとに、訓練データ全体とテストデータで
//ja: 認識精度を測ります。8,000 枚で 5 エポック学習させます。
import { CrossEntropyLoss, Linear, ReLU, SGD, Sequential, accuracy, createRng, fit, loadMnist } from "kobai";

const { train, test } = await loadMnist(); // 8,000 + 2,000 digits, pixels / 255
//ja: const { train, test } = await loadMnist(); // 手書き数字 8,000 + 2,000 枚、画素値 / 255
const rng = createRng(0);
const net = new Sequential([
  new Linear(784, 50, { init: "normal", std: 0.01, rng }), // weight_init_std = 0.01
  new ReLU(),
  new Linear(50, 10, { init: "normal", std: 0.01, rng }),
]);
const epochs = 5;
const curves: { epoch: number; accuracy: number; data: string }[] = [];
const history = fit(net, new CrossEntropyLoss(), new SGD(net.parameters(), { lr: 0.1 }), train, {
  epochs,
  batchSize: 100,
  replacement: true, // np.random.choice(train_size, batch_size)
  rng: createRng(1),
  onEpoch: ({ epoch }) => {
    const trainAcc = accuracy(net, train.x, train.y);
    const testAcc = accuracy(net, test.x, test.y);
    curves.push({ epoch, accuracy: trainAcc, data: "train" }, { epoch, accuracy: testAcc, data: "test" });
    //ja: curves.push({ epoch, accuracy: trainAcc, data: "訓練データ" }, { epoch, accuracy: testAcc, data: "テストデータ" });
    console.log(`epoch ${epoch}: train acc ${trainAcc.toFixed(4)}, test acc ${testAcc.toFixed(4)}`);
    //ja: console.log(`エポック ${epoch}:訓練データの認識精度 ${trainAcc.toFixed(4)}、テストデータの認識精度 ${testAcc.toFixed(4)}`);
    progress(epoch / epochs, `epoch ${epoch} of ${epochs}`);
    //ja: progress(epoch / epochs, `エポック ${epoch} / ${epochs}`);
  },
});
const [firstLoss, lastLoss] = [history.stepLoss[0], history.stepLoss.at(-1)!];
console.log(`${history.steps} steps; loss ${firstLoss.toFixed(3)} at the first, ${lastLoss.toFixed(3)} at the last`);
//ja: console.log(`${history.steps} ステップ。損失は最初が ${firstLoss.toFixed(3)}、最後が ${lastLoss.toFixed(3)}`);

// 図4-11: the loss of every mini-batch. 図4-12: train and test accuracy per epoch.
//ja: 図4-11:ミニバッチごとの損失。図4-12:エポックごとの訓練データとテストデータの認識精度。
plot({
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { label: "loss" },
  //ja: y: { label: "損失" },
  marks: [Plot.line(history.stepLoss, { x: (_, i) => i + 1, y: (d) => d })],
});
plot({
  x: { label: "epoch" },
  //ja: x: { label: "エポック" },
  y: { label: "accuracy", domain: [0, 1] },
  //ja: y: { label: "認識精度", domain: [0, 1] },
  color: { legend: true },
  marks: [Plot.line(curves, { x: "epoch", y: "accuracy", stroke: "data", marker: true })],
});
