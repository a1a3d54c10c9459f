/**
 * Numerical gradient by central differences (『ゼロから作る』 4.3, 4.4):
 *
 *   ∂f/∂wᵢ ≈ ( f(w + h·eᵢ) − f(w − h·eᵢ) ) / 2h          h = 1e-4 (the book's choice)
 *
 * One weight at a time is nudged up and down by h while every other weight stays put.
 * The error of the central difference is O(h²) (a one-sided difference would be O(h)),
 * while rounding error grows like ε/h, so h cannot be made arbitrarily small: 1e-4 is a
 * good compromise for float64. It costs two evaluations of f per weight, which is why
 * training uses backpropagation and this is kept for checking it (5.7.3).
 */
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";

/**
 * ∂f/∂param, one element at a time. Each element is put back exactly as it was, even if f throws.
 *
 * @example
 * const w = new Parameter(Tensor.from([[3, 4]]), "w");
 * const f = () => w.value.get(0, 0) ** 2 + w.value.get(0, 1) ** 2;
 * numericalGradient(f, w).toArray(); // ≈ [[6, 8]]
 */
export function numericalGradient(f: () => number, param: Parameter | Tensor, h = 1e-4): Tensor {
  if (typeof f !== "function")
    throw new Error(
      "numericalGradient: f must be a function of no arguments that returns the loss, e.g. () => loss.forward(model.forward(x), t)",
    );
  if (!(typeof h === "number" && Number.isFinite(h) && h > 0))
    throw new Error(`numericalGradient: h must be a positive number, got ${h}`);
  const value = param instanceof Parameter ? param.value : param;
  const name = param instanceof Parameter ? `"${param.name}"` : "the tensor";
  const grad = new Tensor(value.rows, value.cols);
  const W = value.data;
  for (let i = 0; i < W.length; i++) {
    const original = W[i];
    let up: number, down: number;
    try {
      W[i] = original + h;
      up = f();
      W[i] = original - h;
      down = f();
    } finally {
      W[i] = original;
    }
    if (typeof up !== "number" || typeof down !== "number" || !Number.isFinite(up) || !Number.isFinite(down)) {
      const row = Math.floor(i / value.cols),
        col = i % value.cols;
      throw new Error(
        `numericalGradient: f returned ${up} and ${down} when element (${row}, ${col}) of ${name} was nudged by ±${h}; f must return a finite number`,
      );
    }
    grad.data[i] = (up - down) / (2 * h);
  }
  return grad;
}
