// Where ε goes, from a point where y is almost at its minimum: (−7, 1e-8), one step, η = 0.1.
// PyTorch and the book add ε outside the root (1e-8 and 1e-7); TensorFlow 1's RMSProp added it
// inside, √(h + ε), which makes ε's influence √ε instead of ε.
import { bookBowl, runOptimizer, RMSProp } from "kobai";

const from: [number, number] = [-7, 1e-8];
const torchStep = runOptimizer(bookBowl, RMSProp, { lr: 0.1 }, { steps: 1, start: from }).points[1][1];
const bookStep = runOptimizer(bookBowl, RMSProp, { lr: 0.1, form: "book" }, { steps: 1, start: from }).points[1][1];
const gy = bookBowl.gradient(from[0], from[1])[1];
const hy = 0.01 * gy * gy;
const insideStep = from[1] - (0.1 * gy) / Math.sqrt(hy + 1e-8);
show(torchStep, "y after step 1, ε = 1e-8 outside the root (PyTorch)");
show(bookStep, "y after step 1, ε = 1e-7 outside the root (the book)");
show(insideStep, "y after step 1, ε = 1e-8 inside the root");
