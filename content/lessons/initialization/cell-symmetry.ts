// Why not start from zeros? A 2-3-1 network (Linear(2, 3) → sigmoid → Linear(3, 1)) trained
// on XOR for 20 SGD steps from weights that are all equal. Each COLUMN of W1 holds one
// hidden unit's incoming weights: watch them stay identical.
//ja: なぜ 0 から始めてはいけないのでしょうか。
//ja: 2-3-1 のネットワーク(Linear(2, 3) → シグモイド関数 → Linear(3, 1))に、
//ja: すべて同じ値の重みから、XOR を SGD で 20 ステップ学習させます。
//ja: W1 の各「列」には、1つの隠れユニットに入る重みが並んでいます。
//ja: 列どうしが同じままであることを確かめてください。
import { Linear, MSELoss, SGD, Sequential, Sigmoid, Tensor, createRng, datasets } from "kobai";

function train(start: "zeros" | "constant" | "random"): Tensor {
  const first = new Linear(2, 3, { rng: createRng(1) }),
    second = new Linear(3, 1, { rng: createRng(2) });
  if (start !== "random") {
    const c = start === "zeros" ? 0 : 0.5;
    first.weight.value.data.fill(c);
    second.weight.value.data.fill(c);
  }
  const model = new Sequential([first, new Sigmoid(), second]);
  const { x, y } = datasets.xor();
  const target = Tensor.from(y.map((v) => [v]));
  const loss = new MSELoss(),
    optimizer = new SGD(model.parameters(), { lr: 0.5 });
  for (let step = 0; step < 20; step++) {
    optimizer.zeroGrad();
    loss.forward(model.forward(x), target);
    model.backward(loss.backward());
    optimizer.step();
  }
  return first.weight.value;
}

const startingWeights = { zeros: "all-zero weights", constant: "all-0.5 weights", random: "random weights" };
//ja: const startingWeights = { zeros: "すべて 0 の重み", constant: "すべて 0.5 の重み", random: "ランダムな重み" };
for (const start of ["zeros", "constant", "random"] as const) {
  const W1 = train(start);
  show(W1, `W1 after 20 steps from ${startingWeights[start]} (one column per hidden unit)`);
  //ja: show(W1, `${startingWeights[start]}から 20 ステップ後の W1(1列が1つの隠れユニット)`);
  const columnsEqual = [0, 1].every((i) => W1.get(i, 0) === W1.get(i, 1) && W1.get(i, 1) === W1.get(i, 2));
  console.log(
    `${startingWeights[start]}: the three hidden units are ${columnsEqual ? "still identical" : "different"}`,
    //ja: `${startingWeights[start]}:3つの隠れユニットは${columnsEqual ? "まだ同じです" : "互いに異なります"}`,
  );
}
