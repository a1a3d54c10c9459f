// Gradient descent on f(x) = x², drawn with Observable Plot.
//ja: f(x) = x² での勾配降下法を、Observable Plot で描きます。
const lr = 0.1;
let position = 4;
const path: { step: number; x: number; f: number }[] = [];
for (let step = 0; step <= 30; step++) {
  path.push({ step, x: position, f: position * position });
  position -= lr * 2 * position; // x ← x − η·f′(x), with f′(x) = 2x
  //ja: position -= lr * 2 * position; // x ← x − η·f′(x)。ここで f′(x) = 2x です
}

plot({
  x: { label: "step" },
  //ja: x: { label: "ステップ" },
  y: { label: "f(x)", grid: true },
  marks: [Plot.lineY(path, { x: "step", y: "f" }), Plot.dot(path, { x: "step", y: "f", r: 2 })],
});
console.log(`after ${path.length} steps: x = ${position}`);
//ja: console.log(`${path.length} ステップ後:x = ${position}`);

export {};
