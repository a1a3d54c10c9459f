import { Perceptron } from "kobai";

const AND = new Perceptron([0.5, 0.5], -0.7);
const NAND = new Perceptron([-0.5, -0.5], 0.7);
const OR = new Perceptron([0.5, 0.5], -0.2);

// Your turn: write XOR from the gates above (no single perceptron can compute it).
//ja: やってみよう:上のゲートを組み合わせて XOR を書いてください(1つのパーセプトロンでは計算できません)。
function XOR(x1: number, x2: number): number {
  return OR.predict([x1, x2]); // ← replace: OR is right on three rows, wrong on one
  //ja: return OR.predict([x1, x2]); // ← ここを書き換えます。OR は3つの行で正しく、1つの行で間違えます
}

// The page checks every row of the truth table and names the wrong ones.
//ja: 真理値表のすべての行を確かめ、間違っている行を示します。
for (const [x1, x2, t] of [
  [0, 0, 0],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 0],
]) {
  check(`XOR(${x1}, ${x2}) = ${t}`, XOR(x1, x2), t);
}
