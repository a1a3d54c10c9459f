// The "weightNorm" metric: ‖W‖ = √(Σ w²) over the Linear weights at each evaluation
// (the weight-decay chapter draws it beside the accuracies).
import { describe, expect, it } from "vitest";
import { Linear } from "kobai";
import { loadTrainingData } from "./data";
import { buildModel } from "./model";
import { validateSpec, type TrainingSpec } from "./spec";
import { TrainLoop } from "./train-loop";
import { smallSpec } from "./testing";

const spec: TrainingSpec = smallSpec({
  seed: 3,
  epochs: 30,
  metrics: ["trainAcc", "weightNorm"],
  runs: [{ label: "no-decay" }, { label: "decay", weightDecay: 0.5 }],
});

describe("weightNorm metric", () => {
  it("starts at the norm of the initial Linear weights (biases excluded)", async () => {
    const result = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
    const model = buildModel(spec);
    const squares = model.layers
      .filter((l): l is Linear => l instanceof Linear)
      .reduce((s, l) => s + l.weight.value.data.reduce((a, v) => a + v * v, 0), 0);
    expect(result.runs[0].evals[0].weightNorm).toBeCloseTo(Math.sqrt(squares), 12);
    expect(result.runs[1].evals[0].weightNorm).toBeCloseTo(Math.sqrt(squares), 12);
    // The book's decay (λ = 0.5) keeps the weights smaller than no decay.
    const end = (i: number) => result.runs[i].evals.at(-1)!.weightNorm!;
    expect(end(1)).toBeLessThan(end(0));
    expect(end(1)).toBeLessThan(result.runs[1].evals[0].weightNorm!);
  });

  it("is only measured when asked for; a wrong metric name is named", async () => {
    const plain = { ...spec, metrics: ["trainAcc" as const], epochs: 1 };
    const result = new TrainLoop(plain, await loadTrainingData(plain.data, plain.seed)).runToEnd();
    expect(result.runs[0].evals[0].weightNorm).toBeUndefined();
    expect(() => validateSpec({ ...spec, metrics: ["norm"] })).toThrow(/spec\.metrics\[0\].*"weightNorm"/);
  });
});
