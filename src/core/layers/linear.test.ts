import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Linear, Tensor, createRng, heStd } from "kobai";
import { expectClose, loadFixture, type Matrices } from "../testing/fixtures";

type LinearCase = Matrices<"x" | "weight" | "bias" | "dout" | "y" | "dx" | "dweight" | "dbias">;
const cases = loadFixture<{ linear: LinearCase[] }>("layers").linear;

function linearWith(c: LinearCase): Linear {
  const layer = new Linear(c.weight.length, c.weight[0].length);
  layer.weight.value.data.set(c.weight.flat());
  layer.bias.value.data.set(c.bias.flat());
  return layer;
}

describe("Linear equals PyTorch's x·W + b (float64)", () => {
  cases.forEach((c, i) => {
    it(`case ${i}: x ${c.x.length}×${c.x[0].length}, W ${c.weight.length}×${c.weight[0].length}`, () => {
      const layer = linearWith(c);
      expectClose(layer.forward(Tensor.from(c.x)), c.y, 1e-12, "y");
      expectClose(layer.backward(Tensor.from(c.dout)), c.dx, 1e-12, "dx");
      expectClose(layer.weight.grad, c.dweight, 1e-12, "dW");
      expectClose(layer.bias.grad, c.dbias, 1e-12, "db");
    });
  });

  it("adds gradients of a second backward into grad (the chain rule's sum)", () => {
    const c = cases[0];
    const layer = linearWith(c);
    layer.forward(Tensor.from(c.x));
    layer.backward(Tensor.from(c.dout));
    layer.backward(Tensor.from(c.dout));
    expectClose(
      layer.weight.grad,
      c.dweight.map((row) => row.map((v) => 2 * v)),
      1e-12,
      "2·dW",
    );
  });
});

describe("Linear setup and errors", () => {
  it("uses the book's layout and He initialisation by default, b = 0", () => {
    const layer = new Linear(200, 300, { rng: createRng(1) });
    expect(layer.weight.value.shape).toEqual([200, 300]);
    expect(layer.bias.value.shape).toEqual([1, 300]);
    expect(layer.bias.value.data.every((v) => v === 0)).toBe(true);
    const w = layer.weight.value.data;
    const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(Math.abs(std / heStd(200) - 1)).toBeLessThan(0.02);
    expect(layer.parameters().map((p) => p.name)).toEqual(["weight", "bias"]);
  });

  it("init zeros and normal with std", () => {
    expect(new Linear(3, 2, { init: "zeros" }).weight.value.data.every((v) => v === 0)).toBe(true);
    const w = new Linear(100, 100, { init: "normal", std: 0.01, rng: createRng(2) }).weight.value.data;
    const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(std).toBeGreaterThan(0.0097);
    expect(std).toBeLessThan(0.0103);
  });

  it("names the shapes and options that are wrong", () => {
    const layer = new Linear(4, 3);
    expect(() => layer.forward(Tensor.zeros(2, 5))).toThrow("Linear(4 → 3): input has shape [2, 5], expected [N, 4]");
    expect(() => layer.backward(Tensor.zeros(2, 3))).toThrow(/backward called before forward/);
    layer.forward(Tensor.zeros(2, 4));
    expect(() => layer.backward(Tensor.zeros(2, 4))).toThrow("dout has shape [2, 4], expected [2, 3]");
    expect(() => new Linear(0, 3)).toThrow(/inFeatures must be a positive integer, got 0/);
    expect(() => new Linear(2, 3, { inti: "he" } as never)).toThrow(
      'Linear: unknown option "inti" (known: init, std, rng)',
    );
    expect(() => new Linear(2, 3, { init: "he", std: 0.1 })).toThrow(/std applies only to init: "normal"/);
    expect(() => new Linear(2, 3, { init: "uniform" as never })).toThrow(/unknown init "uniform"/);
  });

  it("property: output is N × out and dx is N × in, for any shapes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (n, fanIn, fanOut) => {
          const layer = new Linear(fanIn, fanOut, { rng: createRng(n) });
          const x = Tensor.randn(n, fanIn, { rng: createRng(fanIn) });
          expect(layer.forward(x).shape).toEqual([n, fanOut]);
          expect(layer.backward(Tensor.ones(n, fanOut)).shape).toEqual([n, fanIn]);
        },
      ),
    );
  });
});
