// Cells share what they define: `x` comes from the cell above (run it first).
//ja: セルどうしは、定義したものを共有します。`x` は上のセルで定義したものです(先に上のセルを実行してください)。
import { sum, mean, type Tensor } from "kobai";

declare const x: Tensor; // defined by the cell above; this line only tells TypeScript
//ja: declare const x: Tensor; // 上のセルで定義済みです。この行は TypeScript に知らせるためだけのものです

console.log("sum of x:", sum(x));
//ja: console.log("x の合計:", sum(x));
console.log("mean of each column:", mean(x, 0).toArray());
//ja: console.log("列ごとの平均:", mean(x, 0).toArray());
