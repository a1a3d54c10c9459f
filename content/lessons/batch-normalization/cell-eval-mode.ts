// Pitfall: forgetting eval mode at test time. Train a small BN network on 1,000 digits,
// then measure the test accuracy with the running statistics (training: false) and with
// batch statistics (training: true) on batches of 10 test digits of the SAME class.
//ja: 落とし穴:テスト時に推論モードへの切り替えを忘れる。Batch Norm を使った小さな
//ja: ネットワークを 1,000 枚の数字で学習させます。そのあと、「同じ」クラスのテスト用の
//ja: 数字 10 枚ずつのバッチで、移動平均の統計量(training: false)を使った場合と、
//ja: バッチの統計量(training: true)を使った場合のテストの認識精度を測ります。
import { BatchNorm, CrossEntropyLoss, Linear, ReLU, SGD, Sequential, argmax, createRng, datasets, fit } from "kobai";

const digits = await datasets.digits({ train: 1000, test: 500 });
const rng = createRng(0);
const model = new Sequential([
  new Linear(784, 100, { rng }),
  new BatchNorm(100),
  new ReLU(),
  new Linear(100, 10, { rng }),
]);
fit(model, new CrossEntropyLoss(), new SGD(model.parameters(), { lr: 0.1 }), digits.train, {
  epochs: 5,
  batchSize: 50,
  rng: createRng(1),
});

// The test digits grouped by label, in batches of 10 (the rest of a class is dropped).
//ja: テスト用の数字をラベルごとに分け、10 枚ずつのバッチにします
//ja: (クラスごとの半端な残りは使いません)。
const batchesOf10: number[][] = [];
for (let label = 0; label < 10; label++) {
  const rows = digits.test.y.flatMap((y, i) => (y === label ? [i] : []));
  for (let k = 0; k + 10 <= rows.length; k += 10) batchesOf10.push(rows.slice(k, k + 10));
}
function accuracyOn(training: boolean): number {
  let right = 0,
    total = 0;
  for (const rows of batchesOf10) {
    const predicted = argmax(model.forward(digits.test.x.selectRows(rows), { training }));
    predicted.forEach((p, i) => {
      if (p === digits.test.y[rows[i]]) right++;
    });
    total += rows.length;
  }
  return right / total;
}
const evalAcc = accuracyOn(false),
  trainModeAcc = accuracyOn(true);
console.log(
  `eval mode (running statistics): ${(100 * evalAcc).toFixed(1)} % of ${batchesOf10.length * 10} test digits`,
  //ja: `推論時のモード(移動平均の統計量):${(100 * evalAcc).toFixed(1)} %(テスト用の数字 ${batchesOf10.length * 10} 枚)`,
);
console.log(`training mode (statistics of each one-class batch): ${(100 * trainModeAcc).toFixed(1)} %`);
//ja: console.log(`学習時のモード(1つのクラスだけのバッチの統計量):${(100 * trainModeAcc).toFixed(1)} %`);
