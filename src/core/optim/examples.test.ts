// The numbers promised in each optimizer's @example, so the docs stay true.
import { describe, expect, it } from "vitest";
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";
import { expectClose } from "../testing/fixtures";
import { SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW } from "./index";

const param = (values: number[]) => new Parameter(Tensor.from([values]), "w");

/** As each @example writes it: w = `start` (one row), its grad = `grad`, then `steps` steps of the optimizer `make` builds. */
function stepped<O extends { step(): void }>(
  make: (params: Parameter[]) => O,
  start: number[],
  grad: number[],
  steps = 1,
) {
  const w = param(start);
  const opt = make([w]);
  w.grad = Tensor.from([grad]);
  for (let i = 0; i < steps; i++) opt.step();
  return { w, opt };
}

describe("documented examples", () => {
  it("SGD", () => {
    const { w } = stepped((p) => new SGD(p, { lr: 0.1 }), [3, -2], [1, 1]);
    expectClose(w.value, [[2.9, -2.1]], 1e-15);
  });
  it("Momentum: v = 1 then 1.9", () => {
    const { w, opt } = stepped((p) => new Momentum(p, { lr: 0.1, momentum: 0.9 }), [1], [1], 2);
    expectClose(w.value, [[0.71]], 1e-15);
    expectClose(opt.velocity.get(w)!, [[1.9]], 1e-15);
  });
  it("Nesterov", () => {
    const { w } = stepped((p) => new Nesterov(p, { lr: 0.1, momentum: 0.9 }), [1], [1]);
    expectClose(w.value, [[0.81]], 1e-15);
  });
  it("AdaGrad: the gradient's size cancels out", () => {
    const { w, opt } = stepped((p) => new AdaGrad(p, { lr: 0.5 }), [1, 1], [4, 0.1]);
    expectClose(w.value, [[0.5, 0.5]], 1e-8);
    expectClose(opt.snapshot(w).effectiveLr, [[0.5 / 4, 0.5 / 0.1]], 1e-8);
  });
  it("RMSProp", () => {
    const { w, opt } = stepped((p) => new RMSProp(p, { lr: 0.01 }), [1], [2]);
    expectClose(opt.h.get(w)!, [[0.04]], 1e-15);
    expectClose(w.value, [[0.9]], 1e-7);
  });
  it("Adam: step 1 moves every weight by ≈ η", () => {
    const { w, opt } = stepped((p) => new Adam(p, { lr: 0.1 }), [1, 1], [100, 0.01]);
    expectClose(w.value, [[0.9, 0.9]], 1e-6);
    expect(opt.t).toBe(1);
    const s = opt.snapshot(w);
    expectClose(s.mHat, [[100, 0.01]], 1e-12);
    expectClose(s.vHat, [[1e4, 1e-4]], 1e-12);
  });
  it("Adam's snapshot before any step is zeros, not NaN", () => {
    const opt = new Adam([param([1])]);
    const s = opt.snapshot(opt.params[0]);
    for (const t of Object.values(s)) expect(t.toArray()).toEqual([[0]]);
  });
  it("AdamW: with a zero gradient only the decay acts", () => {
    const w = param([2]);
    const opt = new AdamW([w], { lr: 0.1, weightDecay: 0.5 });
    opt.step();
    expectClose(w.value, [[1.9]], 1e-15);
  });
  it("AdamW vs Adam + L2: with L2 a large-gradient weight is barely decayed, with AdamW every weight shrinks alike", () => {
    // Two weights at 1 with gradients 100 and 0.01 plus decay 0.1: after Adam's first step
    // (each moves by η whatever the gradient), AdamW has also shrunk both by 1 − η·λ.
    const [a, b] = [param([1, 1]), param([1, 1])];
    a.grad = b.grad = Tensor.from([[100, 0.01]]);
    new Adam([a], { lr: 0.1, weightDecay: 0.1 }).step();
    new AdamW([b], { lr: 0.1, weightDecay: 0.1 }).step();
    expectClose(a.value, [[0.9, 0.9]], 1e-6);
    expectClose(b.value, [[1 * (1 - 0.01) - 0.1, 1 * (1 - 0.01) - 0.1]], 1e-6);
  });
  it("zeroGrad clears every parameter's grad", () => {
    const [a, b] = [param([1]), param([2, 3])];
    a.grad = Tensor.from([[5]]);
    b.grad = Tensor.from([[1, 2]]);
    new SGD([a, b]).zeroGrad();
    expect([a.grad.toArray(), b.grad.toArray()]).toEqual([[[0]], [[0, 0]]]);
  });
});
