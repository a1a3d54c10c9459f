// A tensor is a 2-D array of numbers. show() draws it as a table with its shape.
import { Tensor, matmul } from "kobai";

const x = Tensor.from([
  [1, 2],
  [3, 4],
]);
const w = Tensor.randn(2, 3); // random, but the same numbers for everyone: each run starts from seed(0)

show(x, "x");
show(matmul(x, w), "x · w");
console.log("x · w has shape", matmul(x, w).shape);
