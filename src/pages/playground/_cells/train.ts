// A 784-100-10 network learning random labels for random "images": a long run (about two minutes).
// Watch the progress bar and the time left, and press Stop whenever you like.
//ja: 784-100-10 のネットワークに、ランダムな「画像」とランダムなラベルを学習させます。長い実行です(約2分)。
//ja: 進捗バーと残り時間を見ながら、いつでも「停止」を押してかまいません。
import { Tensor, Sequential, Linear, ReLU, CrossEntropyLoss, SGD, batches } from "kobai";

const samples = 2000;
const images = Tensor.randn(samples, 784);
const labels = Array.from({ length: samples }, (_, i) => i % 10);

const model = new Sequential([new Linear(784, 100), new ReLU(), new Linear(100, 10)]);
const lossFn = new CrossEntropyLoss();
const optimizer = new SGD(model.parameters(), { lr: 0.05 });

const epochs = 160;
const batchSize = 100;
const stepsPerEpoch = Math.ceil(samples / batchSize);
for (let epoch = 1; epoch <= epochs; epoch++) {
  let total = 0;
  let step = 0;
  for (const [xb, yb] of batches(images, labels, batchSize)) {
    optimizer.zeroGrad();
    total += lossFn.forward(model.forward(xb), yb);
    model.backward(lossFn.backward());
    optimizer.step();
    step++;
    progress((epoch - 1 + step / stepsPerEpoch) / epochs, `epoch ${epoch} of ${epochs}`);
    //ja: progress((epoch - 1 + step / stepsPerEpoch) / epochs, `エポック ${epoch} / ${epochs}`);
  }
  console.log(`epoch ${epoch}: mean loss ${total / step}`);
  //ja: console.log(`エポック ${epoch}:平均損失 ${total / step}`);
}
