// Why both forms of dropout work: averaged over many masks, a unit's training output
// equals its inference output. Eight units with values x, p = 0.5, 20,000 masks each.
//   inverted (PyTorch):  training x·m/(1 − p), inference x          → E[x·m/(1 − p)] = x
//   the book's:          training x·m,         inference x·(1 − p)  → E[x·m] = (1 − p)·x
//ja: 2つの方式の Dropout がどちらも正しく働く理由:多数のマスクで平均すると、ユニットの学習時の出力は
//ja: 推論時の出力に等しくなります。値 x を持つユニット 8 個、p = 0.5、それぞれ 20,000 個のマスクで確かめます。
//ja:   inverted(PyTorch): 学習時 x·m/(1 − p)、推論時 x          → E[x·m/(1 − p)] = x
//ja:   本書:              学習時 x·m、        推論時 x·(1 − p)  → E[x·m] = (1 − p)·x
import { createRng, Dropout, Tensor } from "kobai";

const p = 0.5;
const x = Tensor.from([[1, -2, 0.5, 3, -1, 2, 0.25, -0.75]]);
const masks = 20_000;

for (const inverted of [true, false]) {
  const drop = new Dropout(p, { inverted, rng: createRng(0) });
  const sum = new Float64Array(x.cols);
  for (let k = 0; k < masks; k++) {
    const y = drop.forward(x, { training: true });
    for (let j = 0; j < x.cols; j++) sum[j] += y.data[j];
  }
  const average = Array.from(sum, (s) => s / masks);
  const inference = Array.from(drop.forward(x, { training: false }).data);
  const gap = Math.max(...average.map((a, j) => Math.abs(a - inference[j])));
  console.log(`${inverted ? "inverted" : "book's  "}: training average ${average.map((v) => v.toFixed(3)).join(", ")}`);
  //ja: console.log(`${inverted ? "inverted" : "本書    "}: 学習時の平均 ${average.map((v) => v.toFixed(3)).join(", ")}`);
  console.log(
    `          inference        ${inference.map((v) => v.toFixed(3)).join(", ")}   largest gap ${gap.toFixed(3)}`,
    //ja: `          推論時       ${inference.map((v) => v.toFixed(3)).join(", ")}   最大の差 ${gap.toFixed(3)}`,
  );
}
