import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CrossEntropyLoss, Tensor, logSoftmax, softmax } from "kobai";
import { expectClose, loadFixture } from "../testing/fixtures";

interface Result {
  loss: number;
  grad: number[][];
}
interface Case {
  logits: number[][];
  labels: number[];
  oneHot: number[][];
  probabilities: number[][];
  byIndex: Result;
  byOneHot: Result;
  byProbabilities: Result;
  softmax: number[][];
  logSoftmax: number[][];
}
const cases = loadFixture<{ crossEntropy: Case[] }>("losses").crossEntropy;

describe("CrossEntropyLoss equals F.cross_entropy on logits", () => {
  cases.forEach((c, i) => {
    const huge = c.logits.flat().some((v) => Math.abs(v) === 1000);
    it(`case ${i} (${c.logits.length}×${c.logits[0].length}${huge ? ", logits ±1000" : ""}): indices, one-hot, probabilities`, () => {
      const logits = Tensor.from(c.logits);
      for (const [target, want] of [
        [c.labels, c.byIndex],
        [Tensor.from(c.oneHot), c.byOneHot],
        [Tensor.from(c.probabilities), c.byProbabilities],
      ] as const) {
        const loss = new CrossEntropyLoss();
        const value = loss.forward(logits, target);
        expect(Number.isFinite(value)).toBe(true);
        expectClose(value, want.loss, 1e-13, "loss");
        const grad = loss.backward();
        expect(grad.data.every(Number.isFinite)).toBe(true);
        expectClose(grad, want.grad, 1e-13, "grad");
      }
      expectClose(softmax(logits), c.softmax, 1e-14, "softmax");
      expectClose(logSoftmax(logits), c.logSoftmax, 1e-14, "logSoftmax");
    });
  });

  it("is exact for logits of ±1000: −log softmax of a −1000 logit against a 1000 one is 2000", () => {
    expect(new CrossEntropyLoss().forward(Tensor.from([[1000, -1000]]), [1])).toBe(2000);
    expect(new CrossEntropyLoss().forward(Tensor.from([[1000, -1000]]), [0])).toBe(0);
  });
});

describe("CrossEntropyLoss properties and errors", () => {
  it("property: the loss is ≥ 0 and the gradient rows sum to 0", () => {
    const logits = fc.array(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(logits, fc.nat(), (rows, k) => {
        const labels = rows.map((_, i) => (k + i) % 3);
        const loss = new CrossEntropyLoss();
        expect(loss.forward(Tensor.from(rows), labels)).toBeGreaterThanOrEqual(0);
        const g = loss.backward();
        for (let i = 0; i < g.rows; i++) expect(Math.abs(g.get(i, 0) + g.get(i, 1) + g.get(i, 2))).toBeLessThan(1e-15);
      }),
    );
  });

  it("says what is wrong with the target", () => {
    const loss = new CrossEntropyLoss();
    const logits = Tensor.zeros(2, 3);
    expect(() => loss.forward(logits, [0])).toThrow(
      "CrossEntropyLoss: 1 class indices for 2 rows of logits (shape [2, 3])",
    );
    expect(() => loss.forward(logits, [0, 3])).toThrow("class index 3 at row 1 is outside 0 … 2");
    expect(() => loss.forward(logits, [0, 1.5])).toThrow("class index 1.5 at row 1");
    expect(() => loss.forward(logits, Tensor.zeros(3, 2))).toThrow(
      "logits have shape [2, 3] but the target tensor has shape [3, 2]",
    );
    expect(() => new CrossEntropyLoss().backward()).toThrow(/backward called before forward/);
  });
});
