/**
 * The shape lab's rule, apart from the page: a chain of matrix products
 * X (batch × inputs) · W⁽¹⁾ · W⁽²⁾ · …, each multiplied by the core's `matmul`, so a
 * mismatch shows the core's own message (which names both shapes).
 *
 *   (N × a) · (a × b) → (N × b)          the inner sizes must agree
 */
import { Tensor, matmul } from "kobai";

/** One product in the chain: the shapes that met, and the result or the core's message. */
export interface ShapeStep {
  left: [number, number];
  right: [number, number];
  result?: [number, number];
  error?: string;
}

/** The book's MNIST network (3.6.2): 784 inputs, hidden layers of 50 and 100, 10 outputs. */
export const BOOK_MNIST_SHAPES = {
  batch: 100,
  inputs: 784,
  layers: [
    [784, 50],
    [50, 100],
    [100, 10],
  ] as [number, number][],
};

/** Largest size a field accepts: the lab multiplies real (zero) matrices. */
export const MAX_SIZE = 2000;

/**
 * Multiplies X (batch × inputs) through each weight shape in turn; stops at the first
 * mismatch, whose message is the core's.
 */
export function shapeChain(batch: number, inputs: number, layers: readonly [number, number][]): ShapeStep[] {
  const steps: ShapeStep[] = [];
  let left: [number, number] = [batch, inputs];
  for (const right of layers) {
    try {
      const out = matmul(Tensor.zeros(left[0], left[1]), Tensor.zeros(right[0], right[1]));
      steps.push({ left, right: [...right], result: [out.rows, out.cols] });
      left = [out.rows, out.cols];
    } catch (error) {
      steps.push({ left, right: [...right], error: (error as Error).message });
      break;
    }
  }
  return steps;
}

/** "100 × 784": how the chapter writes a shape. */
export function shapeText([rows, cols]: readonly [number, number]): string {
  return `${rows} × ${cols}`;
}
