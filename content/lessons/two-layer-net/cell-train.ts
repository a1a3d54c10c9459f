// The book's train_neuralnet.py (4.5.2, 5.7.4) with the public API: TwoLayerNet(784, 50, 10)
// with ReLU, batches of 100 drawn with replacement, SGD with η = 0.1, and after every epoch
// the accuracy on ALL training digits and on the test digits. Five epochs on 8,000 digits.
import { CrossEntropyLoss, Linear, ReLU, SGD, Sequential, accuracy, createRng, fit, loadMnist } from "kobai";

const { train, test } = await loadMnist(); // 8,000 + 2,000 digits, pixels / 255
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
    console.log(`epoch ${epoch}: train acc ${trainAcc.toFixed(4)}, test acc ${testAcc.toFixed(4)}`);
    progress(epoch / epochs, `epoch ${epoch} of ${epochs}`);
  },
});
const [firstLoss, lastLoss] = [history.stepLoss[0], history.stepLoss.at(-1)!];
console.log(`${history.steps} steps; loss ${firstLoss.toFixed(3)} at the first, ${lastLoss.toFixed(3)} at the last`);

// 図4-11: the loss of every mini-batch. 図4-12: train and test accuracy per epoch.
plot({
  x: { label: "step" },
  y: { label: "loss" },
  marks: [Plot.line(history.stepLoss, { x: (_, i) => i + 1, y: (d) => d })],
});
plot({
  x: { label: "epoch" },
  y: { label: "accuracy", domain: [0, 1] },
  color: { legend: true },
  marks: [Plot.line(curves, { x: "epoch", y: "accuracy", stroke: "data", marker: true })],
});
