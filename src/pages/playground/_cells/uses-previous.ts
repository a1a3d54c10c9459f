// Cells share what they define: `x` comes from the cell above (run it first).
import { sum, mean, type Tensor } from "kobai";

declare const x: Tensor; // defined by the cell above; this line only tells TypeScript

console.log("sum of x:", sum(x));
console.log("mean of each column:", mean(x, 0).toArray());
