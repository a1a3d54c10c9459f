// Pitfall: a "tiny" h. The book's function_1(x) = 0.01x² + 0.1x at x = 5 (exact slope 0.2).
//ja: 落とし穴:「ごく小さい」h。本書の function_1(x) = 0.01x² + 0.1x の x = 5 での傾き(真の値は 0.2)。
import { Parameter, Tensor, numericalGradient } from "kobai";

const f = (x: number) => 0.01 * x ** 2 + 0.1 * x;

// kobai's numericalGradient uses the book's h = 1e-4: 0.1999999999990898, as in 4.3.2.
//ja: kobai の numericalGradient は本書と同じ h = 1e-4 を使い、4.3.2項と同じ 0.1999999999990898 になります。
const x5 = new Parameter(Tensor.from([[5]]), "x");
console.log(`numericalGradient, h = 1e-4: ${numericalGradient(() => f(x5.value.data[0]), x5).data[0]}`);
//ja: console.log(`numericalGradient、h = 1e-4:${numericalGradient(() => f(x5.value.data[0]), x5).data[0]}`);

// The book's first try (4.3.1): h = 1e-50. In float64, 5 + 1e-50 is exactly 5.
//ja: 本書が最初に試す値(4.3.1項):h = 1e-50。float64 では 5 + 1e-50 はちょうど 5 です。
const h = 1e-50;
console.log("5 + 1e-50 === 5:", 5 + h === 5, " → slope", (f(5 + h) - f(5)) / h);
//ja: console.log("5 + 1e-50 === 5:", 5 + h === 5, " → 傾き", (f(5 + h) - f(5)) / h);
// In float32 (np.float32(1e-50)), h itself rounds to 0.
//ja: float32(np.float32(1e-50))では、h そのものが 0 に丸められます。
console.log("Math.fround(1e-50) =", Math.fround(1e-50));

// Error of the forward and central differences as h shrinks: truncation error falls
// (like h for forward, h² for central) until rounding error (≈ 1e-16 / h) takes over.
//ja: h を小さくしたときの前方差分と中心差分の誤差:打ち切り誤差は小さくなりますが
//ja: (前方差分は h に、中心差分は h² に比例)、やがて丸め誤差(≈ 1e-16 / h)が上回ります。
console.log("    h   forward error   central error");
//ja: console.log("    h  前方差分の誤差  中心差分の誤差");
for (let k = 1; k <= 14; k++) {
  const hk = 10 ** -k;
  const forward = Math.abs((f(5 + hk) - f(5)) / hk - 0.2);
  const central = Math.abs((f(5 + hk) - f(5 - hk)) / (2 * hk) - 0.2);
  console.log(
    `1e-${String(k).padEnd(2)}   ${forward.toExponential(2).padStart(13)}   ${central.toExponential(2).padStart(13)}`,
  );
}
