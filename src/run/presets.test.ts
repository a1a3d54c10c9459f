import { describe, expect, it } from "vitest";
import { PRESETS, presetSpec, isPresetId, type PresetId, type Scale } from "./presets";
import { resolveRuns, validateSpec, type LayerSpec } from "./spec";
import { BOOK_WEIGHT_SCALES, formatScale } from "./settings";

const hiddenUnits = (model: LayerSpec[]) =>
  model.filter((l) => "linear" in l && l.linear !== "out").map((l) => (l as { linear: number }).linear);

describe("presets", () => {
  it.each(Object.keys(PRESETS).flatMap((id) => (["book", "lesson"] as Scale[]).map((scale) => [id, scale])))(
    "%s at %s scale is a valid spec",
    (id, scale) => {
      expect(() => validateSpec(JSON.parse(JSON.stringify(presetSpec(id as PresetId, scale as Scale))))).not.toThrow();
    },
  );

  it("weight-init: the book's weight_init_compare.py (4×100 ReLU, batch 128, 2000 iterations, SGD 0.01; std 0.01 / Xavier / He)", () => {
    const spec = presetSpec("weight-init", "book");
    expect(spec).toMatchObject({
      batchSize: 128,
      iterations: 2000,
      sampling: "replacement",
      data: { name: "mnist", full: true, train: 60000 }, // all of the book's training digits
    });
    expect(presetSpec("weight-init", "lesson").data).toEqual({ name: "mnist", train: 8000, test: 0 });
    const runs = resolveRuns(spec);
    expect(runs.map((r) => r.label)).toEqual(["std=0.01", "Xavier", "He"]);
    expect(runs.map((r) => (r.model[0] as { init: unknown }).init)).toEqual([{ std: 0.01 }, "xavier", "he"]);
    runs.forEach((r) => {
      expect(hiddenUnits(r.model)).toEqual([100, 100, 100, 100]);
      expect(r.model.filter((l) => "relu" in l)).toHaveLength(4);
      expect(r.optimizer).toEqual({ name: "SGD", options: { lr: 0.01, form: "book" } });
    });
  });

  it("batch-norm: batch_norm_test.py (5×100, 1000 digits, batch 100, lr 0.01, 20 epochs, scales logspace(0, −4, 16))", () => {
    const spec = presetSpec("batch-norm", "book", { weightScale: BOOK_WEIGHT_SCALES[3] });
    expect(spec).toMatchObject({ batchSize: 100, epochs: 20, data: { train: 1000 }, metrics: ["trainAcc"] });
    const [bn, plain] = resolveRuns(spec);
    expect(hiddenUnits(bn.model)).toEqual([100, 100, 100, 100, 100]);
    expect(bn.model.filter((l) => "batchnorm" in l)).toEqual(Array(5).fill({ batchnorm: { form: "book" } }));
    expect(plain.model.some((l) => "batchnorm" in l)).toBe(false);
    expect((plain.model[0] as { init: unknown }).init).toEqual({ std: BOOK_WEIGHT_SCALES[3] });
    expect(BOOK_WEIGHT_SCALES.map(formatScale).slice(0, 4)).toEqual(["1", "0.541", "0.293", "0.158"]);
    expect(BOOK_WEIGHT_SCALES[15]).toBeCloseTo(1e-4, 15);
  });

  it("weight-decay: overfit_weight_decay.py (6×100, 300 digits, λ 0.1, SGD 0.01, batch 100, 201 epochs), beside λ = 0", () => {
    const spec = presetSpec("weight-decay", "book");
    expect(spec).toMatchObject({
      batchSize: 100,
      epochs: 201,
      weightDecay: 0.1,
      data: { full: true, train: 300, test: 10000 },
    });
    const runs = resolveRuns(spec);
    expect(runs.map((r) => [r.label, r.weightDecay])).toEqual([
      ["no-decay", 0],
      ["decay", 0.1],
    ]);
    expect(hiddenUnits(runs[0].model)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(resolveRuns(presetSpec("weight-decay", "lesson", { weightDecay: 0.2 }))[1].weightDecay).toBe(0.2);
  });

  it("dropout: overfit_dropout.py (6×100, the book's non-inverted dropout 0.2, 301 epochs, batch 100, SGD 0.01)", () => {
    const spec = presetSpec("dropout", "book");
    expect(spec).toMatchObject({
      batchSize: 100,
      epochs: 301,
      data: { train: 300 },
      optimizer: { options: { lr: 0.01 } },
    });
    const [plain, dropped] = resolveRuns(spec);
    expect(plain.model.some((l) => "dropout" in l)).toBe(false);
    expect(dropped.model.filter((l) => "dropout" in l)).toEqual(
      Array(6).fill({ dropout: { p: 0.2, inverted: false } }),
    );
  });

  it("hyperparameter-search: 500 digits, 20 % validation, 6×100, 50 epochs, 100 trials of lr 10^U(−6,−2), λ 10^U(−8,−4)", () => {
    const preset = PRESETS["hyperparameter-search"];
    const spec = presetSpec("hyperparameter-search", "book");
    expect(spec).toMatchObject({
      batchSize: 100,
      epochs: 50,
      data: { name: "mnist", full: true, train: 500, validation: 0.2 },
    });
    expect(preset.defaults.book.trials).toBe(100);
    expect(preset.search!.book).toEqual({ lr: { log10: [-6, -2] }, weightDecay: { log10: [-8, -4] } });
    expect(preset.search!.lesson.weightDecay).toEqual({ log10: [-8, -4] });
  });

  it("optimizer-comparison: optimizer_compare_mnist.py (4×100, batch 128, 2000 iterations, SGD/Momentum/AdaGrad 0.01, Adam 0.001)", () => {
    const spec = presetSpec("optimizer-comparison", "book");
    expect(spec).toMatchObject({ batchSize: 128, iterations: 2000, data: { full: true, train: 60000, test: 0 } });
    expect(resolveRuns(spec).map((r) => [r.label, r.optimizer.options!.lr])).toEqual([
      ["SGD", 0.01],
      ["Momentum", 0.01],
      ["AdaGrad", 0.01],
      ["Adam", 0.001],
    ]);
  });

  it("two-layer-net: train_neuralnet.py (784-50-10, std 0.01, batch 100, 10,000 iterations, SGD 0.1), ReLU beside sigmoid", () => {
    const spec = presetSpec("two-layer-net", "book");
    expect(spec).toMatchObject({
      batchSize: 100,
      iterations: 10_000,
      sampling: "replacement",
      evalEvery: "epoch",
      optimizer: { name: "SGD", options: { lr: 0.1 } },
      data: { name: "mnist", full: true, train: 60_000, test: 10_000 },
    });
    const runs = resolveRuns(spec);
    expect(runs.map((r) => r.label)).toEqual(["relu", "sigmoid"]);
    for (const [run, activation] of [
      [runs[0], "relu"],
      [runs[1], "sigmoid"],
    ] as const) {
      expect(run.model).toEqual([
        { linear: 50, init: { std: 0.01 } },
        { [activation]: {} },
        { linear: "out", init: { std: 0.01 } },
      ]);
    }
    expect(PRESETS["two-layer-net"].lossChart).toBe(true);
    expect(presetSpec("two-layer-overfit", "lesson")).toMatchObject({
      data: { train: 300 },
      batchSize: 100,
      epochs: 100,
    });
  });

  it("lesson scale is smaller than book scale everywhere", () => {
    for (const id of Object.keys(PRESETS) as PresetId[]) {
      const steps = (scale: Scale) => {
        const s = presetSpec(id, scale);
        return (s.iterations ?? s.epochs!) * s.batchSize;
      };
      expect(steps("lesson")).toBeLessThan(steps("book"));
    }
    expect(isPresetId("dropout")).toBe(true);
    expect(isPresetId("toString")).toBe(false);
    expect(() => presetSpec("nope" as PresetId, "book")).toThrow(/unknown preset "nope"/);
  });
});
