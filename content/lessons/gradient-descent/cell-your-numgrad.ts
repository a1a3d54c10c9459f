// Your turn: write numerical differentiation by central differences (book 4.3.3, 4.4).
//   ∂f/∂xᵢ ≈ ( f(x + h·eᵢ) − f(x − h·eᵢ) ) / 2h
// Change one element at a time, and put it back before moving on.
//ja: やってみよう:中心差分による数値微分を書きます(本書の4.3.3項、4.4節)。
//ja:   ∂f/∂xᵢ ≈ ( f(x + h·eᵢ) − f(x − h·eᵢ) ) / 2h
//ja: 要素を1つずつ変え、次の要素に進む前に元の値に戻します。
import { Parameter, Tensor, numericalGradient } from "kobai";

const p = new Parameter(Tensor.from([[-1.2, 0.5]]), "p");
const f = () => {
  const [w, b] = p.value.data;
  return Math.exp(0.5 * w) + w * w * b + Math.sin(b);
};

function myNumericalGradient(f: () => number, param: Parameter, h = 1e-4): Tensor {
  const grad = Tensor.zeros(param.value.rows, param.value.cols);
  const x = param.value.data;
  for (let i = 0; i < x.length; i++) {
    // TODO: remember x[i], set it to x[i] + h and call f(), then to x[i] − h and call f(),
    // put the original back, and store the central difference in grad.data[i].
    //ja: TODO: x[i] を覚えておき、x[i] + h にして f() を呼び、次に x[i] − h にして f() を呼びます。
    //ja: 元の値に戻してから、中心差分を grad.data[i] に入れます。
  }
  return grad;
}

// ── The checker: leave it as it is. ─────────────────────────────────────────────────
//ja: ── チェッカー:ここは変えないでください。 ──────────────────────────────────────
const expected = numericalGradient(f, p); // kobai's, computed first
//ja: const expected = numericalGradient(f, p); // kobai の値を先に計算します
const before = Array.from(p.value.data);
const mine = myNumericalGradient(f, p);
show(mine, "yours");
//ja: show(mine, "自分の実装");
show(expected, "kobai's numericalGradient");
//ja: show(expected, "kobai の numericalGradient");
check("p is put back exactly as it was", Array.from(p.value.data), before, { rtol: 0, atol: 0 });
//ja: check("p が元の値に正確に戻っている", Array.from(p.value.data), before, { rtol: 0, atol: 0 });
const ok = check("matches kobai's numericalGradient", mine, expected, { rtol: 1e-7, atol: 1e-9 });
//ja: const ok = check("kobai の numericalGradient と一致する", mine, expected, { rtol: 1e-7, atol: 1e-9 });
if (!ok) {
  p.value.data.set(before);
  const h = 1e-4;
  const forward = before.map((v, i) => {
    const at = (d: number) => {
      p.value.data.set(before);
      p.value.data[i] = v + d;
      const y = f();
      p.value.data.set(before);
      return y;
    };
    return (at(h) - at(0)) / h;
  });
  const near = (a: ArrayLike<number>, b: ArrayLike<number>) =>
    Array.from(a).every((v, i) => Math.abs(v - b[i]) <= 1e-9 + 1e-7 * Math.abs(b[i]));
  if (Array.from(mine.data).every((v) => v === 0))
    console.log("Every entry is 0: the loop does not store anything in grad.data[i] yet.");
  //ja:   console.log("どの要素も 0 です。ループがまだ grad.data[i] に何も入れていません。");
  else if (near(mine.data, forward))
    console.log(
      "These are forward differences (f(x + h) − f(x)) / h: their error is O(h) ≈ 1e-4 here. Use (f(x + h) − f(x − h)) / 2h.",
      //ja: "前方差分 (f(x + h) − f(x)) / h になっています。その誤差は O(h) で、ここでは約 1e-4 です。(f(x + h) − f(x − h)) / 2h を使ってください。",
    );
  else if (
    near(
      mine.data,
      expected.data.map((v) => v * 2),
    )
  )
    console.log("Twice too large: divide by 2h, not h.");
  //ja:   console.log("2倍大きすぎます。h ではなく 2h で割ってください。");
  else
    console.log(
      "Compare the two tables entry by entry; print f() before and after your loop to see whether p changed.",
      //ja: "2つの表を要素ごとに比べてください。ループの前と後で f() を表示すると、p が変わったかどうかがわかります。",
    );
}
