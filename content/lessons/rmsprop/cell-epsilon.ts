// Where ε goes, from a point where y is almost at its minimum: (−7, 1e-8), one step, η = 0.1.
// PyTorch and the book add ε outside the root (1e-8 and 1e-7); TensorFlow 1's RMSProp added it
// inside, √(h + ε), which makes ε's influence √ε instead of ε.
//ja: ε をどこに足すかの違いです。y がほぼ最小値にある点 (−7, 1e-8) から、η = 0.1 で1ステップ動かします。
//ja: PyTorch と本書は ε を根号の外に足します(1e-8 と 1e-7)。TensorFlow 1 の RMSProp は根号の中に
//ja: √(h + ε) と足していたので、ε の影響が ε ではなく √ε になります。
import { bookBowl, runOptimizer, RMSProp } from "kobai";

const from: [number, number] = [-7, 1e-8];
const torchStep = runOptimizer(bookBowl, RMSProp, { lr: 0.1 }, { steps: 1, start: from }).points[1][1];
const bookStep = runOptimizer(bookBowl, RMSProp, { lr: 0.1, form: "book" }, { steps: 1, start: from }).points[1][1];
const gy = bookBowl.gradient(from[0], from[1])[1];
const hy = 0.01 * gy * gy;
const insideStep = from[1] - (0.1 * gy) / Math.sqrt(hy + 1e-8);
show(torchStep, "y after step 1, ε = 1e-8 outside the root (PyTorch)");
//ja: show(torchStep, "ステップ 1 の後の y、ε = 1e-8 を根号の外(PyTorch)");
show(bookStep, "y after step 1, ε = 1e-7 outside the root (the book)");
//ja: show(bookStep, "ステップ 1 の後の y、ε = 1e-7 を根号の外(本書)");
show(insideStep, "y after step 1, ε = 1e-8 inside the root");
//ja: show(insideStep, "ステップ 1 の後の y、ε = 1e-8 を根号の中");
