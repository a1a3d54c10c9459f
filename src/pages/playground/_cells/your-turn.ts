// Your turn: write the derivative of f(x) = x², then run the cell.
// check() compares your df with a central difference, (f(x + h) − f(x − h)) / 2h.
function f(x: number): number {
  return x * x;
}

function df(x: number): number {
  return 0; // ← replace with the derivative
}

const h = 1e-4;
const points = [-2, 0.5, 3];
check(
  "df(x) matches the numerical derivative",
  points.map(df),
  points.map((x) => (f(x + h) - f(x - h)) / (2 * h)),
  { rtol: 1e-6, atol: 1e-6 },
);

export {};
