// Your turn: write numerical differentiation by central differences (book 4.3.3, 4.4).
//   ∂f/∂xᵢ ≈ ( f(x + h·eᵢ) − f(x − h·eᵢ) ) / 2h
// Change one element at a time, and put it back before moving on.
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
  }
  return grad;
}

// ── The checker: leave it as it is. ─────────────────────────────────────────────────
const expected = numericalGradient(f, p); // kobai's, computed first
const before = Array.from(p.value.data);
const mine = myNumericalGradient(f, p);
show(mine, "yours");
show(expected, "kobai's numericalGradient");
check("p is put back exactly as it was", Array.from(p.value.data), before, { rtol: 0, atol: 0 });
const ok = check("matches kobai's numericalGradient", mine, expected, { rtol: 1e-7, atol: 1e-9 });
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
  else if (near(mine.data, forward))
    console.log(
      "These are forward differences (f(x + h) − f(x)) / h: their error is O(h) ≈ 1e-4 here. Use (f(x + h) − f(x − h)) / 2h.",
    );
  else if (
    near(
      mine.data,
      expected.data.map((v) => v * 2),
    )
  )
    console.log("Twice too large: divide by 2h, not h.");
  else
    console.log(
      "Compare the two tables entry by entry; print f() before and after your loop to see whether p changed.",
    );
}
