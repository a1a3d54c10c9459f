import { describe, expect, it } from "vitest";
import {
  Adam,
  CrossEntropyLoss,
  Linear,
  MSELoss,
  SGD,
  Sequential,
  Tensor,
  TrainingDiverged,
  TrainingLoop,
  accuracy,
  createRng,
  datasets,
  fit,
  isDiverged,
  trainingLoop,
  type FitOptions,
  type Optimizer,
  type Parameter,
  type History,
} from "kobai";
import { reluNet } from "../testing/networks";

/** Fits a fresh reluNet(sizes) with cross-entropy; one rng seeded `seed` draws its weights, then shuffles the batches. */
function fitReluNet(
  [inputs, hidden, outputs]: [number, number, number],
  seed: number,
  optimizer: (params: Parameter[]) => Optimizer,
  data: Parameters<typeof fit>[3],
  options: FitOptions,
): { history: History; model: Sequential } {
  const rng = createRng(seed);
  const model = reluNet(inputs, hidden, outputs, rng);
  return {
    model,
    history: fit(model, new CrossEntropyLoss(), optimizer(model.parameters()), data, { rng, ...options }),
  };
}

function spiralRun(
  seed: number,
  options: Partial<FitOptions> = {},
): { history: History; model: Sequential; data: ReturnType<typeof datasets.spiral> } {
  const data = datasets.spiral({ n: 100, classes: 3, noise: 0.2, rng: createRng(0) });
  const adam = (params: Parameter[]) => new Adam(params, { lr: 0.01 });
  return {
    ...fitReluNet([2, 64, 3], seed, adam, data, { epochs: 150, batchSize: 32, validation: data, ...options }),
    data,
  };
}

describe("fit", () => {
  it("learns the spiral (not linearly separable) to high accuracy", () => {
    const { history, model, data } = spiralRun(1);
    expect(history.steps).toBe(150 * Math.ceil(300 / 32));
    expect(history.loss.length).toBe(150);
    expect(history.stepLoss.length).toBe(history.steps);
    expect(history.loss[149]).toBeLessThan(history.loss[0] / 4);
    expect(accuracy(model, data.x, data.y)).toBeGreaterThanOrEqual(0.95);
    expect(history.valAccuracy!.at(-1)).toBe(accuracy(model, data.x, data.y));
    expect(history.stopped).toBeUndefined();
  });

  it("learns XOR, which one perceptron cannot", () => {
    const data = datasets.xor();
    const rng = createRng(2);
    const model = reluNet(2, 8, 2, rng);
    const history = fit(model, new CrossEntropyLoss(), new SGD(model.parameters(), { lr: 0.5 }), data, {
      epochs: 300,
      batchSize: 4,
      rng,
    });
    expect(accuracy(model, data.x, data.y)).toBe(1);
    expect(history.loss.at(-1)).toBeLessThan(0.05);
  });

  it("gives bit-identical histories for the same seed, different ones for another", () => {
    const a = spiralRun(7, { epochs: 5 }).history;
    const b = spiralRun(7, { epochs: 5 }).history;
    const c = spiralRun(8, { epochs: 5 }).history;
    expect(b).toEqual(a);
    expect(b.stepLoss).toEqual(a.stepLoss);
    expect(c.stepLoss).not.toEqual(a.stepLoss);
  });

  it("trains a small MNIST model above 80% test accuracy in 5 epochs", async () => {
    const { train, test } = await datasets.mnist({ train: 1000, test: 500 });
    const sgd = (params: Parameter[]) => new SGD(params, { lr: 0.1 });
    const { model, history } = fitReluNet([784, 50, 10], 3, sgd, train, { epochs: 5, batchSize: 50, validation: test });
    expect(history.valAccuracy!.at(-1)).toBeGreaterThan(0.8);
    expect(history.valAccuracy!.at(-1)).toBe(accuracy(model, test.x, test.y));
  });

  it("stops with 'diverged at step N: loss is NaN', naming the step, and keeps the history", () => {
    // Row 25 holds NaN; in order with batches of 10 it is in the 3rd batch: step 3.
    const x = Tensor.from(Array.from({ length: 40 }, (_, i) => [i === 25 ? NaN : i / 40, 1]));
    const y = Array.from({ length: 40 }, (_, i) => i % 2);
    const model = new Sequential([new Linear(2, 2, { rng: createRng(0) })]);
    let error: unknown;
    try {
      fit(
        model,
        new CrossEntropyLoss(),
        new SGD(model.parameters()),
        { x, y },
        { epochs: 2, batchSize: 10, shuffle: false },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrainingDiverged);
    const diverged = error as TrainingDiverged;
    expect(diverged.message).toBe("diverged at step 3: loss is NaN");
    expect(diverged.step).toBe(3);
    expect(diverged.history.stepLoss.length).toBe(2);
    expect(diverged.history.stepLoss.every(Number.isFinite)).toBe(true);
  });

  it("says 'loss is Infinity' when the loss overflows", () => {
    const x = Tensor.from([[1], [1e200]]);
    const model = new Sequential([new Linear(1, 1, { init: "normal", std: 1, rng: createRng(0) })]);
    expect(() =>
      fit(
        model,
        new MSELoss(),
        new SGD(model.parameters()),
        { x, y: Tensor.from([[0], [0]]) },
        { epochs: 1, batchSize: 1, shuffle: false },
      ),
    ).toThrow(/^diverged at step 2: loss is Infinity$/);
  });

  it("diverges with a huge learning rate and says at which step", () => {
    const data = datasets.spiral({ rng: createRng(0) });
    const rng = createRng(0);
    const model = reluNet(2, 32, 3, rng);
    let lastGoodStep = 0;
    let error: unknown;
    try {
      fit(
        model,
        new MSELoss(),
        new SGD(model.parameters(), { lr: 1e3 }),
        { x: data.x, y: oneHot(data.y, 3) },
        {
          epochs: 50,
          batchSize: 30,
          rng,
          onStep: (r) => {
            lastGoodStep = r.step;
          },
        },
      );
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toMatch(
      new RegExp(`^diverged at step ${lastGoodStep + 1}: loss is (NaN|Infinity|\\S+, over 10⁴ × its start \\S+)$`),
    );
    expect((error as TrainingDiverged).history.steps).toBe(lastGoodStep);
    expect(lastGoodStep).toBeGreaterThan(0);
  });

  it("stops early when onStep or onEpoch returns false, or the signal aborts", () => {
    const atStep = spiralRun(1, { epochs: 10, onStep: (r) => r.step < 5 }).history;
    expect([atStep.steps, atStep.stopped, atStep.loss.length]).toEqual([5, "callback", 0]);
    const atEpoch = spiralRun(1, { epochs: 10, onEpoch: (r) => r.epoch < 2 }).history;
    expect([atEpoch.loss.length, atEpoch.stopped, atEpoch.valLoss!.length]).toEqual([2, "callback", 2]);
    const controller = new AbortController();
    const aborted = spiralRun(1, {
      epochs: 10,
      signal: controller.signal,
      onStep: (r) => {
        if (r.step === 7) controller.abort();
      },
    }).history;
    expect([aborted.steps, aborted.stopped]).toEqual([7, "signal"]);
  });

  it("reports each step and epoch to the callbacks", () => {
    const steps: number[] = [],
      epochs: number[] = [];
    const { history } = spiralRun(1, {
      epochs: 2,
      onStep: (r) => {
        steps.push(r.step);
        expect(r.batches).toBe(10);
      },
      onEpoch: (r) => {
        epochs.push(r.epoch);
        expect(r.loss).toBe(r.history.loss.at(-1));
      },
    });
    expect(steps).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(epochs).toEqual([1, 2]);
    expect(history.stepLoss.length).toBe(20);
  });

  it("a loop run a few steps at a time, with pauses between, gives the same history as fit", () => {
    const data = datasets.moons({ rng: createRng(0) });
    const run = (rng = createRng(4)) => {
      const model = reluNet(2, 16, 2, rng);
      return [model, new SGD(model.parameters(), { lr: 0.1 }), rng] as const;
    };
    const [m1, o1, r1] = run();
    const syncHistory = fit(m1, new CrossEntropyLoss(), o1, data, { epochs: 3, batchSize: 16, rng: r1 });
    const [m2, o2, r2] = run();
    const chunked = trainingLoop(m2, new CrossEntropyLoss(), o2, data, { epochs: 3, batchSize: 16, rng: r2 });
    let next = chunked.next();
    const pausedAt: number[] = [];
    while (!next.done) {
      if (next.value.step % 7 === 0) pausedAt.push(next.value.step); // a caller may stop here and come back later
      next = chunked.next();
    }
    expect(pausedAt.length).toBeGreaterThan(3);
    expect(next.value).toEqual(syncHistory);
    expect(m2.parameters().map((p) => Array.from(p.value.data))).toEqual(
      m1.parameters().map((p) => Array.from(p.value.data)),
    );
  });

  it("TrainingLoop: the book's weight decay adds λ/2·Σ‖W‖² to the loss and λ·W to the weights' gradients only", () => {
    const data = datasets.spiral({ n: 30, rng: createRng(0) });
    const make = () => {
      const rng = createRng(5);
      const model = reluNet(2, 8, 3, rng);
      model
        .parameters()
        .filter((p) => p.name.endsWith("bias"))
        .forEach((p) => p.value.data.fill(0.5));
      return model;
    };
    const [plain, decayed] = [make(), make()];
    const squares = decayed
      .parameters()
      .filter((p) => p.name.endsWith("weight"))
      .reduce((s, p) => s + p.value.data.reduce((a, v) => a + v * v, 0), 0);
    const a = new TrainingLoop(plain, new CrossEntropyLoss(), new SGD(plain.parameters(), { lr: 0.1 }), data, {
      batchSize: 90,
      shuffle: false,
    }).next();
    const b = new TrainingLoop(decayed, new CrossEntropyLoss(), new SGD(decayed.parameters(), { lr: 0.1 }), data, {
      batchSize: 90,
      shuffle: false,
      l2: 0.3,
    }).next();
    expect(b.loss - a.loss).toBeCloseTo(0.15 * squares, 12);
    const [pp, dp] = [plain.parameters(), decayed.parameters()];
    for (let i = 0; i < pp.length; i++) {
      const same = Array.from(pp[i].value.data).every((v, j) => v === dp[i].value.data[j]);
      expect([pp[i].name, same]).toEqual([pp[i].name, pp[i].name.endsWith("bias")]); // biases are not decayed
    }
    expect(
      () =>
        new TrainingLoop(plain, new CrossEntropyLoss(), new SGD(plain.parameters()), data, { batchSize: 9, l2: -1 }),
    ).toThrow(/l2 must be a finite number ≥ 0, got -1/);
  });

  it("isDiverged: NaN, ±∞, or more than 10⁴ × the start (at least 10⁴ when the start is below 1)", () => {
    expect([NaN, Infinity, -Infinity].map((v) => isDiverged(v, 2))).toEqual([true, true, true]);
    expect([isDiverged(2e4, 2), isDiverged(2.0001e4, 2), isDiverged(-3e4, 2)]).toEqual([false, true, true]);
    expect([isDiverged(1e4, 0), isDiverged(1.0001e4, -0.5)]).toEqual([false, true]);
  });

  it("names a bad option", () => {
    const model = new Sequential([new Linear(2, 2)]);
    const data = datasets.xor();
    const opt = new SGD(model.parameters());
    expect(() => fit(model, new CrossEntropyLoss(), opt, data, { epochs: 0, batchSize: 2 })).toThrow(
      /epochs must be a positive integer, got 0/,
    );
    expect(() => fit(model, new CrossEntropyLoss(), opt, data, { epochs: 1, batchSize: 2, epoch: 3 } as never)).toThrow(
      /unknown option "epoch"/,
    );
  });
});

describe("accuracy", () => {
  it("counts rows whose largest output is the label, in eval mode", () => {
    // y = x · W with W = I: the prediction is the larger input.
    const model = new Linear(2, 2, { init: "zeros" });
    model.weight.value.data.set([1, 0, 0, 1]);
    const x = Tensor.from([
      [1, 0],
      [0, 1],
      [3, 2],
      [2, 3],
      [5, 1],
    ]);
    expect(accuracy(model, x, [0, 1, 0, 0, 1])).toBe(3 / 5);
    expect(
      accuracy(
        model,
        x,
        Tensor.from([
          [1, 0],
          [0, 1],
          [1, 0],
          [1, 0],
          [0, 1],
        ]),
      ),
    ).toBe(3 / 5);
    expect(() => accuracy(model, x, [0, 1])).toThrow(/x has 5 rows/);
  });
});

function oneHot(y: number[], classes: number): Tensor {
  const t = Tensor.zeros(y.length, classes);
  y.forEach((c, i) => t.set(i, c, 1));
  return t;
}
