// Pitfall: forgetting inference mode. Run this after the cell above: it measures the
// dropout model's test accuracy three times with training: true (fresh masks each time,
// no 1 − p scaling) and once in inference mode, as accuracy() does.
//ja: 落とし穴:推論モードにし忘れる。このセルは上のセルの後に実行してください。
//ja: Dropout を入れたモデルのテストデータでの認識精度を、training: true で3回測ります
//ja: (毎回新しいマスクを引き、1 − p も掛けません)。最後に accuracy() と同じく推論モードで1回測ります。
import { argmax, type Sequential } from "kobai";
declare const model: Sequential; // trained in the cell above
//ja: declare const model: Sequential; // 上のセルで学習させたもの
declare const test: { x: import("kobai").Tensor; y: number[] };

const score = (training: boolean) => {
  const predicted = argmax(model.forward(test.x, { training }));
  return predicted.filter((c, i) => c === test.y[i]).length / test.y.length;
};
const forgot = [score(true), score(true), score(true)];
console.log(`training: true  → ${forgot.map((a) => a.toFixed(3)).join(", ")} (a different answer every time)`);
//ja: console.log(`training: true  → ${forgot.map((a) => a.toFixed(3)).join(", ")}(毎回違う答え)`);
console.log(`training: false → ${score(false).toFixed(3)}`);
