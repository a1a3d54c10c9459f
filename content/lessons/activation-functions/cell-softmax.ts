import { Tensor, softmax } from "kobai";

// Softmax the naive way (3.5.1) and the core's way (3.5.2: subtract the largest logit first).
//ja: ソフトマックス関数を、素朴な方法(3.5.1 節)とコアの方法(3.5.2 節:先に最大のロジットを引く)で計算します。
function naiveSoftmax(a: number[]): number[] {
  const exps = a.map(Math.exp);
  const total = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / total);
}

for (const a of [
  [0.3, 2.9, 4.0],
  [1010, 1000, 990],
]) {
  console.log(`a = (${a.join(", ")})`);
  console.log("  naive: ", naiveSoftmax(a));
  //ja: console.log("  素朴な方法:", naiveSoftmax(a));
  console.log("  stable:", Array.from(softmax(Tensor.from([a])).data));
  //ja: console.log("  安定な方法:", Array.from(softmax(Tensor.from([a])).data));
}
