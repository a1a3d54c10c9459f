import { describe, expect, it } from "vitest";
import {
  BatchNorm,
  CrossEntropyLoss,
  Dropout,
  LeakyReLU,
  Linear,
  MSELoss,
  Parameter,
  ReLU,
  Sequential,
  Sigmoid,
  Softmax,
  Tanh,
  Tensor,
  createRng,
  gradientCheck,
  numericalGradient,
  type Layer,
  type Loss,
  type Rng,
} from "kobai";

/** A random MLP holding every layer type; `head` decides what comes after the last Linear. */
function everyLayerMlp(rng: Rng, head: "logits" | "softmax"): Sequential {
  const layers: Layer[] = [
    new Linear(5, 8, { rng }),
    new BatchNorm(8),
    new Tanh(),
    new Linear(8, 8, { rng, init: "xavier" }),
    new Dropout(0.3, { rng }),
    new ReLU(),
    new Linear(8, 6, { rng }),
    new LeakyReLU(0.05),
    new Linear(6, 6, { rng, init: "xavier" }),
    new BatchNorm(6, { form: "book" }),
    new Sigmoid(),
    new Linear(6, 4, { rng, init: "xavier" }),
  ];
  if (head === "softmax") layers.push(new Softmax());
  const model = new Sequential(layers);
  // Non-trivial b, γ and β, so their gradients are tested away from the starting point. (With
  // b = 0, a row that ReLU zeroes entirely would feed exactly 0 into LeakyReLU: its kink.)
  for (const p of model.parameters())
    if (/bias|gamma|beta/.test(p.name))
      p.value.data.forEach((_, i, a) => {
        a[i] += 0.3 * rng.normal();
      });
  return model;
}

const setups: [string, "logits" | "softmax", () => Loss, (rng: Rng) => Tensor | number[]][] = [
  [
    "cross-entropy on logits",
    "logits",
    () => new CrossEntropyLoss(),
    (rng) => Array.from({ length: 10 }, () => Math.floor(rng.uniform() * 4)),
  ],
  ["softmax + MSE", "softmax", () => new MSELoss(), (rng) => Tensor.rand(10, 4, { rng })],
  ["MSE on logits", "logits", () => new MSELoss(), (rng) => Tensor.randn(10, 4, { rng })],
];

describe("gradientCheck: backprop agrees with numerical gradients on MLPs with every layer type", () => {
  for (const [name, head, makeLoss, makeTarget] of setups) {
    for (const s of [1, 2, 3, 4]) {
      it(`${name}, seed ${s}: every parameter's max relative error < 1e-6`, () => {
        const rng = createRng(s);
        const model = everyLayerMlp(rng, head);
        const x = Tensor.randn(10, 5, { rng });
        const rows = gradientCheck(model, makeLoss(), x, makeTarget(rng));
        expect(rows.map((r) => r.name)).toEqual(model.parameters().map((p) => p.name));
        for (const row of rows) {
          expect(row.maxRelativeError, JSON.stringify(row)).toBeLessThan(1e-6);
          expect(row.ok).toBe(true);
        }
      });
    }
  }

  it("with the book's plain central difference (h = 1e-4) the errors are larger but still small", () => {
    const rng = createRng(1);
    const model = everyLayerMlp(rng, "logits");
    const rows = gradientCheck(
      model,
      new CrossEntropyLoss(),
      Tensor.randn(10, 5, { rng }),
      [0, 1, 2, 3, 0, 1, 2, 3, 0, 1],
      { extrapolate: false },
    );
    const worst = Math.max(...rows.map((r) => r.maxRelativeError));
    expect(worst).toBeLessThan(1e-4);
    expect(worst).toBeGreaterThan(1e-9); // the h² error shows: why extrapolation is the default
  });
});

describe("gradientCheck finds bugs and leaves the model as it found it", () => {
  it("flags a layer whose backward forgets a factor", () => {
    class WrongSquare implements Layer {
      private x: Tensor | null = null;
      forward(x: Tensor) {
        this.x = x;
        return new Tensor(
          x.rows,
          x.cols,
          x.data.map((v) => v * v),
        );
      }
      backward(dout: Tensor) {
        return new Tensor(
          dout.rows,
          dout.cols,
          dout.data.map((d, i) => d * this.x!.data[i]),
        );
      } // should be 2x
      parameters() {
        return [];
      }
    }
    const rng = createRng(7);
    const model = new Sequential([new Linear(3, 4, { rng }), new WrongSquare(), new Linear(4, 2, { rng })]);
    const rows = gradientCheck(model, new MSELoss(), Tensor.randn(5, 3, { rng }), Tensor.randn(5, 2, { rng }));
    const first = rows.find((r) => r.name === "0.weight")!;
    expect(first.ok).toBe(false);
    expect(first.maxRelativeError).toBeGreaterThan(0.3); // backprop is half of the numerical value
    expect(first.backprop / first.numerical).toBeCloseTo(0.5, 6);
    expect(rows.find((r) => r.name === "2.weight")!.ok).toBe(true); // the layer after the bug is fine
  });

  it("restores grads, running statistics and dropout state", () => {
    const rng = createRng(8);
    const bn = new BatchNorm(4),
      drop = new Dropout(0.5, { rng });
    const model = new Sequential([new Linear(3, 4, { rng }), bn, drop, new Linear(4, 2, { rng })]);
    const x = Tensor.randn(6, 3, { rng });
    model.forward(x);
    const mask = drop.lastMask;
    model.parameters()[0].grad.data.fill(0.25);
    const runningMean = bn.runningMean.toArray(),
      runningVar = bn.runningVar.toArray();
    gradientCheck(model, new CrossEntropyLoss(), x, [0, 1, 0, 1, 0, 1]);
    expect(model.parameters()[0].grad.data.every((v) => v === 0.25)).toBe(true);
    expect(model.parameters()[1].grad.data.every((v) => v === 0)).toBe(true);
    expect(bn.runningMean.toArray()).toEqual(runningMean);
    expect(bn.runningVar.toArray()).toEqual(runningVar);
    expect(drop.holdMask).toBe(false);
    expect(drop.lastMask).toBe(mask);
  });

  it("pitfall: without holding the dropout mask, numerical gradients are meaningless", () => {
    const rng = createRng(9);
    const model = new Sequential([new Linear(3, 6, { rng }), new Dropout(0.5, { rng }), new Linear(6, 2, { rng })]);
    const x = Tensor.randn(4, 3, { rng }),
      t = Tensor.randn(4, 2, { rng });
    const loss = new MSELoss();
    const w = model.parameters()[0];
    loss.forward(model.forward(x), t);
    model.backward(loss.backward());
    const naive = numericalGradient(() => loss.forward(model.forward(x), t), w); // a new mask every pass
    const worst = Math.max(
      ...w.grad.data.map((a, i) => Math.abs(a - naive.data[i]) / Math.max(Math.abs(a), Math.abs(naive.data[i]), 1e-5)),
    );
    expect(worst).toBeGreaterThan(0.5);
    expect(gradientCheck(model, loss, x, t).every((r) => r.ok)).toBe(true);
  });

  it("rejects unknown options and a non-finite loss", () => {
    const model = new Sequential([new Linear(2, 2)]);
    expect(() =>
      gradientCheck(model, new MSELoss(), Tensor.ones(2, 2), Tensor.ones(2, 2), { tol: 1 } as never),
    ).toThrow(/unknown option "tol"/);
    const nanModel = new Sequential([new Linear(2, 2, { init: "zeros" })]);
    nanModel.parameters()[0].value.data[0] = Number.NaN;
    expect(() => gradientCheck(nanModel, new MSELoss(), Tensor.ones(2, 2), Tensor.ones(2, 2))).toThrow(
      /the loss is NaN/,
    );
  });

  it("returns plain rows that read as a table", () => {
    const rows = gradientCheck(
      new Sequential([new Linear(2, 3, { rng: createRng(1) }), new Tanh()]),
      new MSELoss(),
      Tensor.from([
        [1, 2],
        [3, -1],
      ]),
      Tensor.zeros(2, 3),
    );
    expect(Object.keys(rows[0])).toEqual([
      "name",
      "shape",
      "maxRelativeError",
      "maxAbsoluteError",
      "backprop",
      "numerical",
      "ok",
    ]);
    expect(rows.map((r) => [r.name, r.shape])).toEqual([
      ["0.weight", "[2, 3]"],
      ["0.bias", "[1, 3]"],
    ]);
    expect(new Parameter(Tensor.zeros(1, 1)).name).toBe("param");
  });
});
