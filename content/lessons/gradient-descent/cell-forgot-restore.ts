// Pitfall: a numerical gradient that forgets to put the value back.
//ja: 落とし穴:値を元に戻し忘れる数値微分。
import { Parameter, Tensor } from "kobai";

const w = new Parameter(Tensor.from([[3, 4]]), "w");
const f = () => w.value.data[0] ** 2 + w.value.data[1] ** 2; // the book's x₀² + x₁²
//ja: const f = () => w.value.data[0] ** 2 + w.value.data[1] ** 2; // 本書の x₀² + x₁²

function leakyNumericalGradient(f: () => number, param: Parameter, h = 1e-4): Tensor {
  const grad = Tensor.zeros(param.value.rows, param.value.cols);
  const x = param.value.data;
  for (let i = 0; i < x.length; i++) {
    const original = x[i];
    x[i] = original + h;
    const up = f();
    x[i] = original - h;
    const down = f();
    grad.data[i] = (up - down) / (2 * h);
    // BUG: x[i] = original is missing, so w stays nudged by −h.
    //ja: バグ:x[i] = original がないので、w は −h だけずれたままになります。
  }
  return grad;
}

for (let call = 1; call <= 3; call++) {
  const g = leakyNumericalGradient(f, w);
  console.log(
    `call ${call}: gradient [${Array.from(g.data).join(", ")}], w is now [${Array.from(w.value.data).join(", ")}]`,
    //ja: `${call} 回目の呼び出し:勾配 [${Array.from(g.data).join(", ")}]、w は [${Array.from(w.value.data).join(", ")}] になりました`,
  );
}
// Each call moves w by −h per element, and the next call measures the slope at the wrong place.
//ja: 呼び出すたびに w の各要素が −h だけ動き、次の呼び出しは間違った場所で傾きを測ります。
