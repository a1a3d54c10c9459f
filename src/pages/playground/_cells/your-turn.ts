// Your turn: write the derivative of f(x) = x², then run the cell.
// check() compares your df with a central difference, (f(x + h) − f(x − h)) / 2h.
//ja: やってみよう:f(x) = x² の導関数を書いてから、セルを実行してください。
//ja: check() は、書いた df を中心差分 (f(x + h) − f(x − h)) / 2h と比べます。
function f(x: number): number {
  return x * x;
}

function df(x: number): number {
  return 0; // ← replace with the derivative
  //ja: return 0; // ← ここを導関数に書き換えます
}

const h = 1e-4;
const points = [-2, 0.5, 3];
check(
  "df(x) matches the numerical derivative",
  //ja: "df(x) が数値微分と一致する",
  points.map(df),
  points.map((x) => (f(x + h) - f(x - h)) / (2 * h)),
  { rtol: 1e-6, atol: 1e-6 },
);

export {};
