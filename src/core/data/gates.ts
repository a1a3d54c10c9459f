/**
 * Logic gates as data sets (『ゼロから作るDeep Learning』 2.3–2.5):
 *
 *   x = (x₁, x₂) ∈ {0, 1}²,   AND: y = x₁ ∧ x₂   OR: y = x₁ ∨ x₂   NAND: y = ¬(x₁ ∧ x₂)   XOR: y = x₁ ⊕ x₂
 *
 * A single perceptron (a line w₁x₁ + w₂x₂ + b = 0) separates AND, OR and NAND, but no line
 * separates XOR: that is why a network needs a hidden layer.
 */
import { labelled, type Dataset } from "./dataset";

/** The four inputs, in truth-table order. */
const INPUTS = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
] as const;

function gate(truth: (a: number, b: number) => boolean): Dataset {
  return labelled(
    INPUTS,
    INPUTS.map(([a, b]) => (truth(a, b) ? 1 : 0)),
    ["x₁", "x₂"],
    ["0", "1"],
  );
}

/** AND: 1 only for (1, 1). @example datasets.and().y // [0, 0, 0, 1] */
export function and(): Dataset {
  return gate((a, b) => a === 1 && b === 1);
}

/** OR: 1 unless both inputs are 0. @example datasets.or().y // [0, 1, 1, 1] */
export function or(): Dataset {
  return gate((a, b) => a === 1 || b === 1);
}

/** NAND: NOT AND. @example datasets.nand().y // [1, 1, 1, 0] */
export function nand(): Dataset {
  return gate((a, b) => !(a === 1 && b === 1));
}

/** XOR: 1 when exactly one input is 1; not linearly separable. @example datasets.xor().y // [0, 1, 1, 0] */
export function xor(): Dataset {
  return gate((a, b) => a !== b);
}
