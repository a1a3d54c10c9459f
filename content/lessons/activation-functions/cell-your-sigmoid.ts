import { Tensor, map, mul, numericalGradient, sum } from "kobai";

// Your turn: the sigmoid's backward pass. forward keeps y = σ(x); backward gets
// dout = ∂L/∂y and must return ∂L/∂x (5.5.2). Fix the line marked ←.
//ja: やってみよう:シグモイド関数の逆伝播です。forward は y = σ(x) を覚えておきます。backward は
//ja: dout = ∂L/∂y を受け取り、∂L/∂x を返します(5.5.2 節)。← の付いた行を直してください。
class MySigmoid {
  private y: Tensor | null = null;
  forward(x: Tensor): Tensor {
    this.y = map(x, (v) => 1 / (1 + Math.exp(-v)));
    return this.y;
  }
  backward(dout: Tensor): Tensor {
    const y = this.y!;
    return mul(dout, y); // ← replace: a factor is missing
    //ja: return mul(dout, y); // ← ここを書き換えます。掛ける値が1つ足りません
  }
}

// The check: L = Σ r·σ(x) for some weights r, so ∂L/∂y = r. Backprop against central differences.
//ja: 確認:重み r を使って L = Σ r·σ(x) とすると、∂L/∂y = r です。逆伝播の結果を中心差分と比べます。
const xs = [-4, -1.5, -0.3, 0, 0.8, 2.5, 6];
const x = Tensor.from([xs]);
const r = Tensor.from([[0.3, -1.2, 0.7, 1.5, -0.4, 0.9, 2.0]]);
const mine = new MySigmoid();
const numeric = numericalGradient(() => sum(mul(mine.forward(x), r)), x);
mine.forward(x);
const analytic = mine.backward(r);

const errors = xs.map(
  (_, i) =>
    Math.abs(analytic.data[i] - numeric.data[i]) /
    Math.max(1e-12, Math.abs(analytic.data[i]) + Math.abs(numeric.data[i])),
);
const worst = errors.indexOf(Math.max(...errors));
console.log(`largest relative error ${errors[worst].toExponential(1)}, at x = ${xs[worst]}`);
//ja: console.log(`最大の相対誤差 ${errors[worst].toExponential(1)}(x = ${xs[worst]})`);
check("backward matches numericalGradient at every x", analytic, numeric, { rtol: 1e-6, atol: 1e-9 });
//ja: check("すべての x で backward が numericalGradient と一致する", analytic, numeric, { rtol: 1e-6, atol: 1e-9 });
