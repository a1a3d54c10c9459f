import { runCells, readCell, withSolution } from "./components/widgets/optimizers/cell-testing";
const yt = readCell("adam","cell-your-turn.ts");
const sol = `  m = [beta1 * m[0] + (1 - beta1) * grad[0], beta1 * m[1] + (1 - beta1) * grad[1]];
  v = [beta2 * v[0] + (1 - beta2) * grad[0] * grad[0], beta2 * v[1] + (1 - beta2) * grad[1] * grad[1]];
  const mHat = [m[0] / (1 - beta1 ** t), m[1] / (1 - beta1 ** t)];
  const vHat = [v[0] / (1 - beta2 ** t), v[1] / (1 - beta2 ** t)];
  return [w[0] - (eta * mHat[0]) / (Math.sqrt(vHat[0]) + epsilon), w[1] - (eta * mHat[1]) / (Math.sqrt(vHat[1]) + epsilon)];`;
const outs = await runCells(readCell("adam","cell-reproduce.ts"), readCell("adam","cell-weight-decay.ts"), yt, withSolution(yt, sol));
for (const o of outs) console.log(o.error, o.texts, JSON.stringify(o.verdicts));
