import { describe, expect, it } from "vitest";
import { Perceptron, PerceptronLearner, Tensor, datasets, perceptronUpdate, trainPerceptron } from "kobai";

const INPUTS = Tensor.from([
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
]);
const outputs = (p: Perceptron) => Array.from(p.forward(INPUTS).data);

describe("Perceptron", () => {
  it("computes the book's gates with the book's weights (2.3.1–2.3.3)", () => {
    expect(outputs(new Perceptron([0.5, 0.5], -0.7))).toEqual([0, 0, 0, 1]);
    expect(outputs(new Perceptron([-0.5, -0.5], 0.7))).toEqual([1, 1, 1, 0]);
    expect(outputs(new Perceptron([0.5, 0.5], -0.2))).toEqual([0, 1, 1, 1]);
  });

  it("gives the weighted sum b + w·x and fires only when it is > 0", () => {
    const p = new Perceptron([0.5, 0.5], -0.7);
    const a = Array.from(p.weightedSum(INPUTS).data);
    [-0.7, -0.2, -0.2, 0.3].forEach((v, i) => expect(a[i]).toBeCloseTo(v, 15));
    expect(new Perceptron([1, 0], 0).predict([0, 1])).toBe(0); // a = 0 exactly: h(0) = 0
  });

  it("rejects bad weights with a message naming them", () => {
    expect(() => new Perceptron([], 0)).toThrow(/non-empty array/);
    expect(() => new Perceptron([0.5, NaN], 0)).toThrow(/w2 must be a finite number, got NaN/);
    expect(() => new Perceptron([0.5, 0.5], 0).setWeights([1], 0)).toThrow(/expected 2 weights, got 1/);
  });
});

describe("perceptronUpdate", () => {
  it("moves w by η(t − y)x and b by η(t − y) when wrong, and not at all when right", () => {
    const p = new Perceptron([0, 0], 0);
    const u = perceptronUpdate(p, [1, 1], 1, 0.5);
    expect(u).toMatchObject({
      sum: 0,
      output: 0,
      error: 1,
      deltaWeights: [0.5, 0.5],
      deltaBias: 0.5,
      weights: [0.5, 0.5],
      bias: 0.5,
    });
    const v = perceptronUpdate(p, [1, 0], 0, 0.5);
    expect(v).toMatchObject({
      sum: 1,
      output: 1,
      error: -1,
      deltaWeights: [-0.5, 0],
      deltaBias: -0.5,
      weights: [0, 0.5],
      bias: 0,
    });
    const w = perceptronUpdate(p, [0, 0], 0, 0.5);
    expect(w).toMatchObject({ error: 0, deltaWeights: [0, 0], deltaBias: 0, weights: [0, 0.5], bias: 0 });
    expect(Object.is(w.deltaBias, -0)).toBe(false);
  });

  it("refuses a target that is not 0 or 1, and a bad learning rate", () => {
    const p = new Perceptron([0, 0], 0);
    expect(() => perceptronUpdate(p, [1, 1], 2, 0.1)).toThrow(/target must be 0 or 1, got 2/);
    expect(() => perceptronUpdate(p, [1, 1], 1, -1)).toThrow(/learning rate must be a positive number, got -1/);
  });
});

describe("PerceptronLearner", () => {
  it("learns AND, OR and NAND from zero weights with η = 0.5, and the result computes the gate", () => {
    const expected = {
      and: { epochs: 6, weights: [0.5, 1], bias: -1 },
      or: { epochs: 4, weights: [0.5, 0.5], bias: 0 },
      nand: { epochs: 6, weights: [-0.5, -1], bias: 1.5 },
    } as const;
    for (const gate of ["and", "or", "nand"] as const) {
      const p = new Perceptron([0, 0], 0);
      const run = trainPerceptron(p, datasets[gate](), { lr: 0.5 });
      expect(run.state, gate).toBe("converged");
      expect({ epochs: run.epochs, weights: p.weights, bias: p.bias }, gate).toEqual(expected[gate]);
      expect(run.errorsPerEpoch.at(-1)).toBe(0);
      expect(outputs(p), gate).toEqual(datasets[gate]().y);
    }
  });

  it("never settles on XOR: the weights come back to an earlier epoch's and it says so", () => {
    const p = new Perceptron([0, 0], 0);
    const run = trainPerceptron(p, datasets.xor(), { lr: 0.5 });
    expect(run.state).toBe("cycling");
    expect(run.epochs).toBe(3);
    expect(run.cycleStart).toBe(2);
    expect(run.errorsPerEpoch).toEqual([2, 3, 4]);
    expect(run.errorsPerEpoch.every((e) => e > 0)).toBe(true);
    // From any starting weights on a grid it also cycles; it never "converges".
    for (const w1 of [-1, 0.3, 1])
      for (const b of [-0.7, 0, 0.5]) {
        expect(trainPerceptron(new Perceptron([w1, -0.2], b), datasets.xor(), { lr: 0.1, maxEpochs: 1000 }).state).toBe(
          "cycling",
        );
      }
  });

  it("steps one sample at a time, in order, and counts epochs from 1", () => {
    const learner = new PerceptronLearner(new Perceptron([0, 0], 0), datasets.and(), { lr: 0.5 });
    const first = learner.step();
    expect(first).toMatchObject({ epoch: 1, index: 0, x: [0, 0], target: 0, output: 0, error: 0 });
    learner.step();
    learner.step();
    const fourth = learner.step();
    expect(fourth).toMatchObject({
      epoch: 1,
      index: 3,
      x: [1, 1],
      target: 1,
      output: 0,
      error: 1,
      weights: [0.5, 0.5],
      bias: 0.5,
    });
    expect(learner.epoch).toBe(2);
    expect(learner.errorsPerEpoch).toEqual([1]);
  });

  it("gives up after maxEpochs, and refuses to step once stopped", () => {
    const learner = new PerceptronLearner(new Perceptron([0, 0], 0), datasets.and(), { lr: 0.5, maxEpochs: 2 });
    while (learner.state === "learning") learner.step();
    expect(learner.state).toBe("gave-up");
    expect(learner.errorsPerEpoch).toEqual([1, 3]);
    expect(() => learner.step()).toThrow(/already stopped \(gave-up\)/);
  });
});
