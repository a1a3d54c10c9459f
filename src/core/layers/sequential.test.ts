import { describe, expect, it } from "vitest";
import { Linear, ReLU, Sequential, Sigmoid, Tensor, createRng, matmul, type Layer } from "kobai";

describe("Sequential", () => {
  it("runs forward in order and backward in reverse, like composing the layers by hand", () => {
    const a = new Linear(3, 4, { rng: createRng(1) }),
      b = new Sigmoid(),
      c = new Linear(4, 2, { rng: createRng(2) });
    const model = new Sequential([a, b, c]);
    const x = Tensor.randn(5, 3, { rng: createRng(3) });
    const y = model.forward(x);
    const byHand = c.forward(b.forward(a.forward(x)));
    expect(y.toArray()).toEqual(byHand.toArray());
    expect(model.layers).toHaveLength(3);
  });

  it("names parameters by position, also inside a nested Sequential", () => {
    const model = new Sequential([
      new Linear(2, 3),
      new ReLU(),
      new Sequential([new Linear(3, 3), new ReLU(), new Linear(3, 1)]),
    ]);
    expect(model.parameters().map((p) => p.name)).toEqual([
      "0.weight",
      "0.bias",
      "2.0.weight",
      "2.0.bias",
      "2.2.weight",
      "2.2.bias",
    ]);
  });

  it("backward returns ∂L/∂x through every layer (a linear chain is a product of matrices)", () => {
    const a = new Linear(3, 4, { rng: createRng(4) }),
      b = new Linear(4, 2, { rng: createRng(5) });
    const model = new Sequential([a, b]);
    model.forward(Tensor.ones(1, 3));
    const dx = model.backward(Tensor.from([[1, 0]]));
    // y = x·A·B + …, so ∂y₀/∂x is the first column of A·B.
    const ab = matmul(a.weight.value, b.weight.value);
    dx.data.forEach((v, i) => expect(v).toBeCloseTo(ab.get(i, 0), 14));
  });

  it("passes the training flag to every layer", () => {
    const seen: (boolean | undefined)[] = [];
    const spy: Layer = { forward: (x, o) => (seen.push(o?.training), x), backward: (d) => d, parameters: () => [] };
    new Sequential([spy, spy]).forward(Tensor.ones(1, 1), { training: false });
    expect(seen).toEqual([false, false]);
  });

  it("says which item is not a layer", () => {
    expect(() => new Sequential([new ReLU(), {} as Layer])).toThrow("Sequential: item 1 is not a layer");
    expect(() => new Sequential(new ReLU() as never)).toThrow(/expected an array of layers/);
  });
});

describe("Sequential.backward with inputGradient: false", () => {
  it("gives the same parameter gradients and skips only the first layer's ∂L/∂x", async () => {
    const { Sequential, Linear, ReLU, CrossEntropyLoss, Tensor, createRng } = await import("kobai");
    const build = () =>
      new Sequential([new Linear(6, 5, { rng: createRng(4) }), new ReLU(), new Linear(5, 3, { rng: createRng(5) })]);
    const x = Tensor.randn(7, 6, { rng: createRng(6) });
    const target = [0, 1, 2, 0, 1, 2, 0];
    const full = build(),
      lean = build();
    const lossA = new CrossEntropyLoss(),
      lossB = new CrossEntropyLoss();
    lossA.forward(full.forward(x), target);
    lossB.forward(lean.forward(x), target);
    const dx = full.backward(lossA.backward());
    const skipped = lean.backward(lossB.backward(), { inputGradient: false });
    expect(dx.shape).toEqual([7, 6]);
    expect(skipped.shape).toEqual([7, 0]);
    full
      .parameters()
      .forEach((p, i) => expect(Array.from(lean.parameters()[i].grad.data)).toEqual(Array.from(p.grad.data)));
  });
});
