import { describe, expect, it } from "vitest";
import { TrainingView, downsample, runName } from "./view-model";
import { SearchView } from "./search-view";
import { parseTrainingRunConfig, settingsFor, urlSchema } from "./config";
import { TrainLoop } from "../../src/run/train-loop";
import { loadTrainingData } from "../../src/run/data";
import { presetSpec } from "../../src/run/presets";
import type { TrainingSpec } from "../../src/run/spec";

const spec: TrainingSpec = {
  seed: 2,
  data: { name: "spiral", n: 60, validation: 0.25 },
  model: [{ linear: 32 }, { relu: {} }, { linear: "out" }],
  optimizer: { name: "Adam", options: { lr: 0.01 } },
  batchSize: 15,
  epochs: 20,
  weightDecay: 0,
  runs: [{ label: "no-decay" }, { label: "decay", weightDecay: 0.01 }],
};

async function feed(view: TrainingView, s: TrainingSpec) {
  const loop = new TrainLoop(s, await loadTrainingData(s.data, s.seed));
  view.apply({ type: "loading" });
  return loop.runToEnd({ maxSteps: 25 }, (e) => view.apply(e));
}

describe("downsample", () => {
  it("averages buckets and keeps the last step", () => {
    expect(downsample([4, 3, 2, 1], 1, 2)).toEqual({ x: [2, 4], y: [3.5, 1.5] });
    expect(downsample([1, 2, 3], 1, 10)).toEqual({ x: [1, 2, 3], y: [1, 2, 3] });
    const long = downsample(
      Array.from({ length: 2000 }, (_, i) => i),
      1,
      400,
    );
    expect(long.x).toHaveLength(400);
    expect(long.x.at(-1)).toBe(2000);
    expect(long.y[0]).toBe(2); // mean of 0…4
  });

  it("ends a diverged run with ∞ at its divergence step (the chart marks it)", () => {
    expect(downsample([2, 1.5, 1e12], 1, 10, 3)).toEqual({ x: [1, 2, 3], y: [2, 1.5, Infinity] });
  });
});

describe("TrainingView", () => {
  it("follows a real run: progress, status, series, summary, identity with the run's fingerprint", async () => {
    const view = new TrainingView(spec, { weightDecay: 0.01 }, "validation");
    expect(view.progressText()).toMatch(/Not started/);
    expect(view.identity()).toBe("Seed 2 · fingerprint when the run ends");
    const result = await feed(view, spec);
    expect(view.phase).toBe("done");
    expect(view.fraction).toBe(1);
    expect(view.progressText()).toBe("Step 180 of 180 (100 %)"); // 135 training points / 15 = 9 steps × 20 epochs
    expect(view.status()).toMatchObject({
      tone: "success",
      message: expect.stringMatching(/^Finished 180 steps in \d+ s\.$/),
    });
    expect(view.identity()).toBe(`Seed 2 · fingerprint ${result.fingerprint}`);
    // The page's own record of the streamed chunks equals the worker's result.
    expect(view.recorder.runs.map((r) => r.losses)).toEqual(result.runs.map((r) => r.losses));
    expect(view.recorder.result(spec, "finished").fingerprint).toBe(result.fingerprint);
    const acc = view.accuracySeries();
    expect(acc.map((s) => s.name)).toEqual([
      "λ = 0 train",
      "λ = 0 validation",
      "λ = 0.01 train",
      "λ = 0.01 validation",
    ]);
    expect(acc[0].x).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(acc[1].y[acc[1].y.length - 1]).toBe(result.runs[0].evals.at(-1)!.testAcc);
    expect(view.lossSeries()[1].y).toHaveLength(180);
    const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
    const last = result.runs[0].evals.at(-1)!;
    expect(view.summary()[0]).toBe(
      `λ = 0: train accuracy ${pct(last.trainAcc!)}, validation accuracy ${pct(last.testAcc!)} after epoch 20.`,
    );
  });

  it("says which run diverged and where", async () => {
    const wild: TrainingSpec = {
      ...spec,
      runs: [{ label: "Adam" }, { label: "SGD", optimizer: { name: "SGD", options: { lr: 1e200 } } }],
    };
    const view = new TrainingView(wild, {});
    const result = await feed(view, wild);
    expect(result.runs[1].divergedAt).toBe(2);
    expect(view.status().message).toMatch(/SGD diverged at step 2/);
    expect(view.status().tone).toBe("warning");
    expect(view.summary()).toContain("SGD diverged at step 2.");
    expect(view.lossSeries()[1]).toEqual({ name: "SGD", x: [1, 2], y: [result.runs[1].losses[0], Infinity] });
  });

  it("names preset runs in words", () => {
    expect(runName("bn", {})).toBe("with Batch Norm");
    expect(runName("dropout", { dropout: 0.2 })).toBe("dropout 0.2");
    expect(runName("Adam", {})).toBe("Adam");
  });
});

describe("TrainingView while the data downloads", () => {
  it("shows the bytes received as the bar and the text, then the steps once training starts", async () => {
    const view = new TrainingView(spec, {});
    view.apply({ type: "loading" });
    expect(view.fraction).toBe(0);
    view.apply({ type: "loading", loaded: 2_810_000, total: 11_243_861 });
    expect(view.fraction).toBeCloseTo(0.25, 3);
    expect(view.progressText()).toBe("Downloading the digits: 2.8 of 11.2 MB");
    expect(view.status().message).toBe("Loading the MNIST digits…");
    const loop = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed));
    view.apply(loop.next({ maxSteps: 2 }));
    expect(view.progressText()).toMatch(/^Step 2 of 180 \(1 %\)/);
  });
});

describe("SearchView", () => {
  it("ranks finished trials by validation accuracy and fingerprints the search", async () => {
    const base = { ...spec, runs: undefined, epochs: 3 };
    const view = new SearchView(0, ["a", "b"]);
    const lows = { ...base, optimizer: { name: "SGD" as const, options: { lr: 1e-6 } } };
    const r0 = new TrainLoop(lows, await loadTrainingData(base.data, 0)).runToEnd();
    const r1 = new TrainLoop(base, await loadTrainingData(base.data, 0)).runToEnd();
    view.progress(0, 0.5, 100);
    expect(view.fraction).toBe(0.25);
    view.finished(0, r0, 1000);
    view.finished(1, r1, 2000);
    expect(view.ranked().map((x) => x.label)).toEqual(["b", "a"]);
    expect(view.series()).toHaveLength(2);
    expect(view.summary()[0]).toMatch(/^1\. b: validation accuracy/);
    view.phase = "done";
    expect(view.identity()).toMatch(/^Seed 0 · fingerprint [0-9a-f]{8}$/);
  });
});

describe("config", () => {
  it("checks the props and names the bad one", () => {
    expect(parseTrainingRunConfig({ preset: "weight-decay", controls: ["weightDecay"] })).toMatchObject({
      preset: "weight-decay",
      controls: ["seed", "weightDecay"],
      scale: "lesson",
    });
    expect(() => parseTrainingRunConfig({ preset: "weight_decay" })).toThrow(
      /preset must be one of weight-init, batch-norm/,
    );
    expect(() => parseTrainingRunConfig({ preset: "dropout", controls: ["ratio"] })).toThrow(
      /controls must be a list of/,
    );
    expect(() => parseTrainingRunConfig({ preset: "dropout", scale: "full" })).toThrow(
      /scale must be "lesson" or "book"/,
    );
    expect(() => parseTrainingRunConfig({ preset: "dropout", settings: { p: 0.3 } })).toThrow(
      /settings\.p is not a setting/,
    );
  });

  it("maps URL values onto the preset's settings", () => {
    const config = parseTrainingRunConfig({
      preset: "weight-decay",
      controls: ["weightDecay", "lr"],
      settings: { weightDecay: 0.2 },
    });
    const schema = urlSchema(config);
    expect(Object.keys(schema)).toEqual(["scale", "seed", "weightDecay", "lr"]);
    expect(schema.weightDecay).toMatchObject({ type: "number", default: 0.2 });
    expect(schema.lr).toMatchObject({ default: 0.05 }); // the lesson preset's rate
    const settings = settingsFor(config, "book", { seed: 4, weightDecay: 0.05 });
    expect(settings).toMatchObject({ seed: 4, weightDecay: 0.05, lr: 0.01 });
    expect(presetSpec("weight-decay", "book", settings)).toMatchObject({ seed: 4, weightDecay: 0.05, epochs: 201 });
    const bn = parseTrainingRunConfig({ preset: "batch-norm" });
    expect(settingsFor(bn, "book", { weightScale: "0.0251" }).weightScale).toBeCloseTo(10 ** ((-4 * 6) / 15), 12);
    expect(settingsFor(bn, "book", { weightScale: "0.04" }).weightScale).toBeCloseTo(10 ** ((-4 * 5) / 15), 12); // not one of the 16: the default
  });
});
