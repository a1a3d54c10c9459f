// Pitfall: a "tiny" h. The book's function_1(x) = 0.01x² + 0.1x at x = 5 (exact slope 0.2).
import { Parameter, Tensor, numericalGradient } from "kobai";

const f = (x: number) => 0.01 * x ** 2 + 0.1 * x;

// kobai's numericalGradient uses the book's h = 1e-4: 0.1999999999990898, as in 4.3.2.
const x5 = new Parameter(Tensor.from([[5]]), "x");
console.log(`numericalGradient, h = 1e-4: ${numericalGradient(() => f(x5.value.data[0]), x5).data[0]}`);

// The book's first try (4.3.1): h = 1e-50. In float64, 5 + 1e-50 is exactly 5.
const h = 1e-50;
console.log("5 + 1e-50 === 5:", 5 + h === 5, " → slope", (f(5 + h) - f(5)) / h);
// In float32 (np.float32(1e-50)), h itself rounds to 0.
console.log("Math.fround(1e-50) =", Math.fround(1e-50));

// Error of the forward and central differences as h shrinks: truncation error falls
// (like h for forward, h² for central) until rounding error (≈ 1e-16 / h) takes over.
console.log("    h   forward error   central error");
for (let k = 1; k <= 14; k++) {
  const hk = 10 ** -k;
  const forward = Math.abs((f(5 + hk) - f(5)) / hk - 0.2);
  const central = Math.abs((f(5 + hk) - f(5 - hk)) / (2 * hk) - 0.2);
  console.log(
    `1e-${String(k).padEnd(2)}   ${forward.toExponential(2).padStart(13)}   ${central.toExponential(2).padStart(13)}`,
  );
}
