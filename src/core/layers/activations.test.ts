import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  BatchNorm,
  Dropout,
  LeakyReLU,
  Linear,
  ReLU,
  Sigmoid,
  Softmax,
  Step,
  STEP_HAS_NO_GRADIENT,
  Tanh,
  Tensor,
  createRng,
  type Layer,
} from "kobai";
import { expectClose, loadFixture } from "../testing/fixtures";

interface Case {
  x: number[][];
  dout: number[][];
  y: number[][];
  dx: number[][];
}
const fixture = loadFixture<{ activations: Record<string, Case[]> & { step: { x: number[][]; y: number[][] }[] } }>(
  "layers",
).activations;

const layers: [string, () => Layer][] = [
  ["sigmoid", () => new Sigmoid()],
  ["tanh", () => new Tanh()],
  ["relu", () => new ReLU()],
  ["leakyRelu", () => new LeakyReLU()],
  ["leakyRelu0.2", () => new LeakyReLU(0.2)],
];

describe("activations equal PyTorch, forward and backward (inputs include 0, ±40, −700)", () => {
  for (const [name, make] of layers) {
    fixture[name].forEach((c, i) => {
      it(`${name} case ${i}`, () => {
        const layer = make();
        expectClose(layer.forward(Tensor.from(c.x)), c.y, 1e-13, `${name} y`);
        expectClose(layer.backward(Tensor.from(c.dout)), c.dx, 1e-13, `${name} dx`);
      });
    });
  }
});

describe("the gradient at exactly 0", () => {
  it("ReLU passes 0 at x = 0, LeakyReLU passes the slope (as PyTorch)", () => {
    const x = Tensor.from([[-1, 0, 2]]);
    const relu = new ReLU();
    relu.forward(x);
    expect(relu.backward(Tensor.from([[5, 5, 5]])).toArray()).toEqual([[0, 0, 5]]);
    const leaky = new LeakyReLU(0.01);
    expect(leaky.forward(x).toArray()).toEqual([[-0.01, 0, 2]]);
    expect(leaky.backward(Tensor.from([[5, 5, 5]])).toArray()).toEqual([[0.05, 0.05, 5]]);
    // and the PyTorch fixture agrees: every case has exact zeros in x
    expect(fixture.relu[0].x.flat().filter((v) => v === 0).length).toBeGreaterThan(0);
  });
});

describe("Step", () => {
  it("is 1 where x > 0 and 0 where x ≤ 0", () => {
    const c = fixture.step[0];
    expect(new Step().forward(Tensor.from(c.x)).toArray()).toEqual(c.y);
    expect(new Step().forward(Tensor.from([[-1, 0, 1e-300]])).toArray()).toEqual([[0, 0, 1]]);
  });

  it("backward throws and explains why a step has no useful gradient", () => {
    const step = new Step();
    step.forward(Tensor.from([[1, -1]]));
    expect(() => step.backward(Tensor.ones(1, 2))).toThrow(STEP_HAS_NO_GRADIENT);
    expect(STEP_HAS_NO_GRADIENT).toMatch(/derivative is 0 everywhere except at x = 0, where it is undefined/);
    expect(STEP_HAS_NO_GRADIENT).toMatch(/sigmoid/);
  });
});

describe("activation properties", () => {
  it("sigmoid stays in [0, 1] and never gives NaN, even for ±1e308", () => {
    const y = new Sigmoid().forward(Tensor.from([[-1e308, -1000, 0, 1000, 1e308]]));
    expect(y.toArray()).toEqual([[0, 0, 0.5, 1, 1]]);
  });

  it("backward returns a tensor shaped like the forward input, for every activation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer(), (n, d, s) => {
        for (const [, make] of layers) {
          const layer = make();
          const x = Tensor.randn(n, d, { rng: createRng(s) });
          expect(layer.forward(x).shape).toEqual([n, d]);
          expect(layer.backward(Tensor.ones(n, d)).shape).toEqual([n, d]);
        }
      }),
    );
  });

  it("names both shapes when dout does not match, and refuses backward before forward", () => {
    const tanh = new Tanh();
    expect(() => tanh.backward(Tensor.ones(1, 1))).toThrow("Tanh: backward called before forward");
    tanh.forward(Tensor.zeros(2, 3));
    expect(() => tanh.backward(Tensor.ones(3, 2))).toThrow("Tanh: dout has shape [3, 2], expected [2, 3]");
    expect(() => new LeakyReLU(Number.NaN)).toThrow(/LeakyReLU: slope must be a finite number, got NaN/);
  });
});

describe("every layer: backward returns a tensor shaped like its forward input", () => {
  it("property over random shapes (Linear, BatchNorm, Dropout, Softmax and the activations)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.integer(), (n, d, s) => {
        const all: Layer[] = [
          ...layers.map(([, make]) => make()),
          new Linear(d, 3, { rng: createRng(s) }),
          new BatchNorm(d),
          new BatchNorm(d, { form: "book" }),
          new Dropout(0.4, { rng: createRng(s) }),
          new Softmax(),
          new Step(),
        ];
        for (const layer of all) {
          const x = Tensor.randn(n, d, { rng: createRng(s) });
          const y = layer.forward(x);
          if (layer instanceof Step) continue;
          expect(layer.backward(Tensor.ones(y.rows, y.cols)).shape).toEqual([n, d]);
        }
      }),
    );
  });
});
