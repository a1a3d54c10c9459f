import { describe, expect, it } from "vitest";
import { BatchNorm, Dropout, Linear, ReLU, Tensor } from "kobai";
import { validateSpec, resolveRuns, type TrainingSpec } from "./spec";
import { mlp } from "./spec-layers";
import { buildModel, buildOptimizer, linearWeights } from "./model";

const base: TrainingSpec = {
  seed: 0,
  data: { name: "mnist", train: 300, test: 500 },
  model: mlp({ hidden: [100, 50] }),
  optimizer: { name: "SGD", options: { lr: 0.01 } },
  batchSize: 100,
  epochs: 3,
};

/** The spec with one field replaced (or removed with undefined). */
function withField(field: string, value: unknown): unknown {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(base));
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

describe("validateSpec", () => {
  it("accepts a good spec and survives a JSON round trip (it crosses postMessage and links)", () => {
    expect(validateSpec(JSON.parse(JSON.stringify(base)))).toEqual(base);
  });

  it.each([
    ["seed", 1.5, /spec\.seed: must be an integer/],
    ["batchSize", 0, /spec\.batchSize: must be an integer in \[1/],
    ["sampling", "random", /spec\.sampling: must be "shuffle" or "replacement", got "random"/],
    ["epochz", 3, /spec: unknown field "epochz"/],
    ["iterations", 100, /spec\.epochs: give exactly one of epochs or iterations/],
    ["weightDecay", -1, /spec\.weightDecay: must be a number in \[0, ∞\], got -1/],
    ["evalEvery", "sometimes", /spec\.evalEvery: must be an integer/],
    ["metrics", ["trainLoss"], /spec\.metrics\[0\]: must be "trainAcc", "testAcc" or "weightNorm"/],
    ["optimizer", { name: "Adamm" }, /spec\.optimizer\.name: must be one of SGD, Momentum/],
    [
      "optimizer",
      { name: "SGD", options: { lr: "fast" } },
      /spec\.optimizer\.options\.lr: must be a finite number, got "fast"/,
    ],
    ["data", { name: "mnist", train: 60000 }, /spec\.data\.train: must be an integer in \[1, 8000\], got 60000/],
    [
      "data",
      { name: "mnist", full: true, train: 60001 },
      /spec\.data\.train: must be an integer in \[1, 60000\], got 60001/,
    ],
    ["data", { name: "mnist", full: "yes" }, /spec\.data\.full: must be true or false/],
    ["data", { name: "cifar" }, /spec\.data\.name: must be one of mnist, spiral/],
    ["data", { name: "spiral", validation: 0.95 }, /spec\.data\.validation: must be a number in \[0, 0\.9\]/],
  ])("names the bad field %s", (field, value, message) => {
    expect(() => validateSpec(withField(field, value))).toThrow(message);
  });

  it("names the bad layer by its index", () => {
    const model = [{ linear: 100 }, { relu: {} }, { dropout: 1.5 }, { linear: "out" }];
    expect(() => validateSpec(withField("model", model))).toThrow(
      /spec\.model\[2\]\.dropout: must be a number in \[0, 1\), got 1\.5/,
    );
    expect(() => validateSpec(withField("model", [{ linear: 100, relu: {} }]))).toThrow(
      /spec\.model\[0\]: must have exactly one of/,
    );
    expect(() => validateSpec(withField("model", [{ linear: 100, init: "lecun" }, { linear: "out" }]))).toThrow(
      /spec\.model\[0\]\.init: must be one of he, xavier/,
    );
    expect(() => validateSpec(withField("model", [{ batchnorm: {} }, { linear: "out" }]))).toThrow(
      /spec\.model\[0\]\.batchnorm: needs a Linear layer before it/,
    );
    expect(() =>
      validateSpec(withField("model", [{ linear: 100 }, { relu: { inplace: true } }, { linear: "out" }])),
    ).toThrow(/spec\.model\[1\]\.relu: takes no options/);
  });

  it("insists that the last Linear has one unit per class", () => {
    expect(() => validateSpec(withField("model", [{ linear: 100 }, { relu: {} }, { linear: 7 }]))).toThrow(
      /spec\.model\[2\]\.linear: the last Linear must have one unit per class \(10\)/,
    );
    expect(() => validateSpec(withField("model", [{ relu: {} }]))).toThrow(/needs a Linear output layer/);
    expect(validateSpec(withField("model", [{ linear: 10 }])).model).toEqual([{ linear: 10 }]);
  });

  it("names a bad run and rejects duplicate labels", () => {
    expect(() => validateSpec(withField("runs", [{ label: "a" }, { label: "a" }]))).toThrow(
      /spec\.runs\[1\]\.label: must differ/,
    );
    expect(() =>
      validateSpec(withField("runs", [{ label: "a", optimizer: { name: "Adam", options: { beta1: "x" } } }])),
    ).toThrow(/spec\.runs\[0\]\.optimizer\.options\.beta1/);
  });

  it("resolves lockstep runs over the shared settings", () => {
    const runs = resolveRuns({
      ...base,
      weightDecay: 0.1,
      runs: [{ label: "plain", weightDecay: 0 }, { label: "decay" }],
    });
    expect(runs.map((r) => [r.label, r.weightDecay, r.optimizer.name])).toEqual([
      ["plain", 0, "SGD"],
      ["decay", 0.1, "SGD"],
    ]);
    expect(resolveRuns(base)).toHaveLength(1);
  });
});

describe("buildModel", () => {
  it("builds the book's MultiLayerNetExtend with sizes inferred from the data", () => {
    const spec = { ...base, model: mlp({ hidden: [100, 100], batchnorm: true, dropout: 0.2 }) };
    const model = buildModel(spec);
    const kinds = model.layers.map((l) => l.constructor.name);
    expect(kinds).toEqual([
      "Linear",
      "BatchNorm",
      "ReLU",
      "Dropout",
      "Linear",
      "BatchNorm",
      "ReLU",
      "Dropout",
      "Linear",
    ]);
    const linears = model.layers.filter((l): l is Linear => l instanceof Linear);
    expect(linears.map((l) => [l.inFeatures, l.outFeatures])).toEqual([
      [784, 100],
      [100, 100],
      [100, 10],
    ]);
    expect((model.layers[1] as BatchNorm).features).toBe(100);
    expect((model.layers[3] as Dropout).p).toBe(0.2);
    expect(model.forward(Tensor.zeros(3, 784), { training: false }).shape).toEqual([3, 10]);
    expect(linearWeights(model).map((w) => w.value.shape)).toEqual([
      [784, 100],
      [100, 100],
      [100, 10],
    ]);
    expect(model.layers[2]).toBeInstanceOf(ReLU);
  });

  it("draws the initial weights from the seed: the same seed gives the same weights, init sets their scale", () => {
    const he = buildModel(base),
      again = buildModel(base),
      other = buildModel({ ...base, seed: 1 });
    const w = (m: ReturnType<typeof buildModel>) => Array.from(linearWeights(m)[0].value.data);
    expect(w(he)).toEqual(w(again));
    expect(w(he)).not.toEqual(w(other));
    const small = buildModel({ ...base, model: mlp({ hidden: [100, 50], init: { std: 0.01 } }) });
    const std = (xs: number[]) => Math.sqrt(xs.reduce((s, v) => s + v * v, 0) / xs.length);
    expect(std(w(small))).toBeCloseTo(0.01, 3);
    expect(std(w(he))).toBeCloseTo(Math.sqrt(2 / 784), 3);
    // The same random draws, scaled: std 0.01 weights are He weights × 0.01/√(2/784).
    expect(w(small)[5] / w(he)[5]).toBeCloseTo(0.01 / Math.sqrt(2 / 784), 10);
  });

  it("reports a bad optimizer option with the optimizer's own message and where it came from", () => {
    const params = buildModel(base).parameters();
    expect(() => buildOptimizer({ name: "SGD", options: { learningRate: 0.1 } }, params)).toThrow(
      /spec\.optimizer\.options: .*learningRate/,
    );
    expect(() =>
      buildOptimizer({ name: "Momentum", options: { momentum: 1.5 } }, params, "spec.runs[1].optimizer"),
    ).toThrow(/spec\.runs\[1\]\.optimizer\.options: .*momentum/);
  });
});
