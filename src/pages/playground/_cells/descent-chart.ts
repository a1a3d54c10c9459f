// Gradient descent on f(x) = x², drawn with Observable Plot.
const lr = 0.1;
let position = 4;
const path: { step: number; x: number; f: number }[] = [];
for (let step = 0; step <= 30; step++) {
  path.push({ step, x: position, f: position * position });
  position -= lr * 2 * position; // x ← x − η·f′(x), with f′(x) = 2x
}

plot({
  x: { label: "step" },
  y: { label: "f(x)", grid: true },
  marks: [Plot.lineY(path, { x: "step", y: "f" }), Plot.dot(path, { x: "step", y: "f", r: 2 })],
});
console.log(`after ${path.length} steps: x = ${position}`);

export {};
