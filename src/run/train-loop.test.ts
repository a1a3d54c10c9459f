import { describe, expect, it } from "vitest";
import { BatchPlan, createRng, isDiverged } from "kobai";
import { TrainLoop, trainChunks } from "./train-loop";
import { loadTrainingData } from "./data";
import { streamRng } from "./seeds";
import { mlp } from "./spec-layers";
import type { TrainingSpec } from "./spec";
import type { TrainEvent } from "./events";

const spiral: TrainingSpec = {
  seed: 3,
  data: { name: "spiral", n: 100, classes: 3, noise: 0.2, validation: 0.2 },
  model: [{ linear: 64 }, { relu: {} }, { linear: "out" }],
  optimizer: { name: "Adam", options: { lr: 0.01 } },
  batchSize: 30,
  epochs: 150,
};

async function loopFor(spec: TrainingSpec, options = {}) {
  return new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed), options);
}

describe("TrainLoop on small real problems", () => {
  it("learns the spiral: a linear model cannot (≈ 1/3), one hidden layer gets > 90 % on held-out points", async () => {
    const result = (await loopFor(spiral)).runToEnd({ maxMs: 50 });
    const last = result.runs[0].evals.at(-1)!;
    expect(result.reason).toBe("finished");
    expect(result.step).toBe(150 * 8); // 240 training points (20 % held out) / 30 per batch = 8 steps per epoch
    expect(last.trainAcc).toBeGreaterThan(0.95);
    expect(last.testAcc).toBeGreaterThan(0.9);
    expect(result.runs[0].evals[0]).toMatchObject({ step: 0, epoch: 0 });
    expect(result.runs[0].evals).toHaveLength(151); // step 0, then after each epoch

    const linear = (await loopFor({ ...spiral, model: [{ linear: "out" }] })).runToEnd();
    expect(linear.runs[0].evals.at(-1)!.trainAcc).toBeLessThan(0.6);
  });

  it("solves XOR with a tanh hidden layer", async () => {
    const xor: TrainingSpec = {
      seed: 0,
      data: { name: "xor" },
      model: [{ linear: 8, init: "xavier" }, { tanh: {} }, { linear: "out", init: "xavier" }],
      optimizer: { name: "SGD", options: { lr: 0.5 } },
      batchSize: 4,
      iterations: 500,
      evalEvery: 100,
    };
    const result = (await loopFor(xor)).runToEnd();
    expect(result.runs[0].evals.map((e) => e.step)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(result.runs[0].evals.at(-1)!.trainAcc).toBe(1);
    expect(result.runs[0].losses.at(-1)!).toBeLessThan(0.05);
  });

  it("trains on real MNIST digits from public/data (the same loader the browser uses)", async () => {
    const spec: TrainingSpec = {
      seed: 0,
      data: { name: "mnist", train: 1000, test: 500 },
      model: mlp({ hidden: [50] }),
      optimizer: { name: "SGD", options: { lr: 0.2 } },
      batchSize: 100,
      epochs: 5,
      sampling: "replacement",
    };
    const result = (await loopFor(spec)).runToEnd();
    const evals = result.runs[0].evals;
    expect(result.step).toBe(50);
    expect(evals[0].testAcc).toBeLessThan(0.3); // random weights: about chance
    expect(evals.at(-1)!.testAcc).toBeGreaterThan(0.8);
  });
});

describe("runs in lockstep", () => {
  const race: TrainingSpec = {
    ...spiral,
    epochs: 3,
    sampling: "replacement",
    runs: [
      { label: "SGD", optimizer: { name: "SGD", options: { lr: 0.1 } } },
      { label: "Adam" },
      { label: "BN", model: mlp({ hidden: [64], batchnorm: true }) },
    ],
  };

  it("every run trains on the same batches, the ones the seed's batch stream gives", async () => {
    const seen: number[][][] = [[], [], []];
    (
      await loopFor(race, {
        onBatch: (run: number, _step: number, indices: readonly number[]) => seen[run].push([...indices]),
      })
    ).runToEnd();
    expect(seen[0]).toHaveLength(3 * 8);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    const plan = new BatchPlan(240, 30, { shuffle: true, replacement: true, rng: streamRng(race.seed, "batches") });
    expect(seen[0]).toEqual(seen[0].map(() => plan.next()));

    const other: number[][] = [];
    (
      await loopFor(
        { ...race, seed: 4 },
        { onBatch: (run: number, _s: number, indices: readonly number[]) => run === 0 && other.push([...indices]) },
      )
    ).runToEnd();
    expect(other).not.toEqual(seen[0]);
  });

  it("starts runs with the same layers from the same weights, and records each run's own history", async () => {
    const loop = await loopFor(race);
    const first = (i: number) => Array.from(loop.runs[i].model.parameters()[0].value.data);
    expect(first(1)).toEqual(first(0));
    const result = loop.runToEnd();
    expect(result.runs.map((r) => r.label)).toEqual(["SGD", "Adam", "BN"]);
    expect(result.runs[0].losses).toHaveLength(24);
    expect(result.runs[1].losses).not.toEqual(result.runs[0].losses);
  });
});

describe("pause, resume, stop", () => {
  it("a run paused and resumed many times is bit-identical to one that never paused", async () => {
    const spec: TrainingSpec = {
      ...spiral,
      epochs: 20,
      model: mlp({ hidden: [32, 32], dropout: 0.1, batchnorm: true }),
    };
    const straight = (await loopFor(spec)).runToEnd();

    const loop = await loopFor(spec);
    const rng = createRng(99);
    let event: TrainEvent;
    let pauses = 0;
    do {
      event = loop.next({ maxSteps: 1 + Math.floor(rng.uniform() * 7) });
      if (event.type === "progress" && rng.uniform() < 0.5) {
        loop.pause();
        pauses++;
        const held = loop.next();
        expect(held).toMatchObject({ type: "paused", step: event.step }); // no step while paused
        expect(loop.next().type).toBe("paused");
        loop.resume();
      }
    } while (event.type !== "done");
    expect(pauses).toBeGreaterThan(5);
    const resumed = event.result;
    expect(resumed.runs[0].losses).toEqual(straight.runs[0].losses);
    expect(resumed.runs[0].losses.map((v) => v.toString(16))).toEqual(
      straight.runs[0].losses.map((v) => v.toString(16)),
    );
    expect(resumed.runs[0].evals).toEqual(straight.runs[0].evals);
    expect(resumed.fingerprint).toBe(straight.fingerprint);
  });

  it("stop() ends the job at the next chunk and keeps what was trained", async () => {
    const loop = await loopFor(spiral);
    loop.next({ maxSteps: 10 });
    loop.stop();
    const event = loop.next();
    expect(event.type).toBe("done");
    if (event.type !== "done") return;
    expect(event.result).toMatchObject({ reason: "stopped", step: 10, totalSteps: 1200 });
    expect(event.result.runs[0].losses).toHaveLength(10);
    expect(() => loop.next()).toThrow(/the job has ended/);
  });

  it("streams each step's loss exactly once, in order, across chunks", async () => {
    const loop = await loopFor({ ...spiral, epochs: 5 });
    const streamed: number[] = [];
    let expectedFrom = 1;
    const result = loop.runToEnd({ maxSteps: 7 }, (event) => {
      if (event.type !== "progress") return;
      expect(event.runs[0].fromStep).toBe(expectedFrom);
      expectedFrom += event.runs[0].losses.length;
      streamed.push(...event.runs[0].losses);
      expect(event.totalSteps).toBe(40);
    });
    expect(streamed).toEqual(result.runs[0].losses);
  });

  it("the generator form yields progress and returns the result", async () => {
    const data = await loadTrainingData(spiral.data, spiral.seed);
    const chunks = trainChunks({ ...spiral, epochs: 2 }, data, { maxSteps: 5 });
    const steps: number[] = [];
    let item = chunks.next();
    while (!item.done) {
      steps.push(item.value.step);
      item = chunks.next();
    }
    expect(steps).toEqual([5, 10, 15, 16]);
    expect(item.value.reason).toBe("finished");
  });
});

describe("divergence", () => {
  it("says at which step the loss became NaN, and stops only that run", async () => {
    const spec: TrainingSpec = {
      ...spiral,
      epochs: 10,
      optimizer: { name: "SGD", options: { lr: 0.05 } },
      runs: [{ label: "calm" }, { label: "wild", optimizer: { name: "SGD", options: { lr: 1e200 } } }],
    };
    const loop = await loopFor(spec);
    const diverged: { label: string; step: number }[] = [];
    const result = loop.runToEnd({ maxSteps: 3 }, (e) => {
      if (e.type === "progress") diverged.push(...e.diverged);
    });
    const wild = result.runs[1];
    const firstBad = wild.losses.findIndex((v) => Number.isNaN(v));
    expect(firstBad).toBe(1); // step 1 is finite; its 10²⁰⁰-sized update makes step 2's loss ∞ − ∞ = NaN
    expect(wild.divergedAt).toBe(firstBad + 1);
    expect(wild.losses).toHaveLength(firstBad + 1); // no step after it
    expect(diverged).toEqual([{ label: "wild", step: firstBad + 1 }]);
    expect(result.runs[0].divergedAt).toBeUndefined();
    expect(result.runs[0].losses).toHaveLength(80);
    expect(result.reason).toBe("finished");

    const alone = (
      await loopFor({ ...spec, runs: undefined, optimizer: { name: "SGD", options: { lr: 1e200 } } })
    ).runToEnd();
    expect(alone.reason).toBe("diverged");
    expect(alone.runs[0].divergedAt).toBe(2);
  });

  it("a finite but exploded loss (cross-entropy stays finite for huge logits) also counts as diverged", async () => {
    const spec: TrainingSpec = { ...spiral, epochs: 10, optimizer: { name: "SGD", options: { lr: 1e3 } } };
    const result = (await loopFor(spec)).runToEnd();
    const losses = result.runs[0].losses;
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses.slice(0, -1).every((v) => !isDiverged(v, losses[0]))).toBe(true);
    expect(isDiverged(losses.at(-1)!, losses[0])).toBe(true);
    expect(result.runs[0].divergedAt).toBe(losses.length);
    expect(result.reason).toBe("diverged");
  });
});

describe("weight decay: the book's form and the optimizer's", () => {
  const one: TrainingSpec = {
    ...spiral,
    epochs: undefined,
    iterations: 1,
    evalEvery: 1,
    optimizer: { name: "SGD", options: { lr: 0.1 } },
  };

  it("the book's λ adds λ/2·Σ‖W‖² (weights only) to the loss", async () => {
    const plain = await loopFor(one);
    const sumSquares = plain.runs[0].model
      .parameters()
      .filter((p) => p.name.endsWith("weight"))
      .reduce((s, p) => s + p.value.data.reduce((a, v) => a + v * v, 0), 0);
    const l0 = plain.runToEnd().runs[0].losses[0];
    const l1 = (await loopFor({ ...one, weightDecay: 0.3 })).runToEnd().runs[0].losses[0];
    expect(l1 - l0).toBeCloseTo(0.15 * sumSquares, 12);
  });

  it("after one SGD step, book λ and SGD's weightDecay move weights alike but only SGD's decays biases", async () => {
    const book = await loopFor({ ...one, model: [{ linear: 64 }, { relu: {} }, { linear: "out" }], weightDecay: 0.3 });
    const torch = await loopFor({ ...one, optimizer: { name: "SGD", options: { lr: 0.1, weightDecay: 0.3 } } });
    // Give the biases a non-zero value so decaying them shows.
    for (const loop of [book, torch])
      loop.runs[0].model
        .parameters()
        .filter((p) => p.name.endsWith("bias"))
        .forEach((p) => p.value.data.fill(0.5));
    book.runToEnd();
    torch.runToEnd();
    const [bp, tp] = [book.runs[0].model.parameters(), torch.runs[0].model.parameters()];
    for (let i = 0; i < bp.length; i++) {
      const same = Array.from(bp[i].value.data).every((v, j) => Math.abs(v - tp[i].value.data[j]) < 1e-12);
      expect([bp[i].name, same]).toEqual([bp[i].name, bp[i].name.endsWith("weight")]);
    }
  });
});

describe("batch plans", () => {
  it("replacement: the book's np.random.choice (repeats allowed, ⌈N/B⌉ steps per epoch)", () => {
    const plan = new BatchPlan(300, 100, { shuffle: true, replacement: true, rng: createRng(0) });
    expect(plan.perEpoch).toBe(3);
    const batches = Array.from({ length: 30 }, () => plan.next());
    expect(batches.every((b) => b.length === 100 && b.every((i) => Number.isInteger(i) && i >= 0 && i < 300))).toBe(
      true,
    );
    expect(batches.some((b) => new Set(b).size < b.length)).toBe(true);
  });

  it("shuffle: each epoch visits every sample exactly once, in a new order", () => {
    const plan = new BatchPlan(10, 4, { shuffle: true, replacement: false, rng: createRng(0) });
    expect(plan.perEpoch).toBe(3);
    const epoch1 = [plan.next(), plan.next(), plan.next()];
    const epoch2 = [plan.next(), plan.next(), plan.next()];
    expect(epoch1.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(epoch1.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(epoch2.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(epoch2.flat()).not.toEqual(epoch1.flat());
  });
});
