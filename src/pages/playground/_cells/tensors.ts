// A tensor is a 2-D array of numbers. show() draws it as a table with its shape.
//ja: テンソルは数の2次元配列です。show() は、テンソルを形状付きの表として表示します。
import { Tensor, matmul } from "kobai";

const x = Tensor.from([
  [1, 2],
  [3, 4],
]);
const w = Tensor.randn(2, 3); // random, but the same numbers for everyone: each run starts from seed(0)
//ja: const w = Tensor.randn(2, 3); // 乱数ですが、誰が実行しても同じ値です。実行のたびに seed(0) から始まるからです

show(x, "x");
show(matmul(x, w), "x · w");
console.log("x · w has shape", matmul(x, w).shape);
//ja: console.log("x · w の形状:", matmul(x, w).shape);
