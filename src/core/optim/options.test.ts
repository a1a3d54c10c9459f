// Option validation: every bad option throws an Error that names it; defaults match API.md.
import { describe, expect, it } from "vitest";
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";
import { SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW } from "./index";

const w = () => new Parameter(Tensor.from([[1, 2]]), "w");
const all = { SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW } as const;
type AnyOptimizer = new (params: Parameter[], options?: any) => { options: object };

describe("defaults are API.md's (= PyTorch's)", () => {
  const expected: Record<keyof typeof all, object> = {
    SGD: { lr: 0.01, weightDecay: 0, form: "pytorch" },
    Momentum: { lr: 0.01, momentum: 0.9, weightDecay: 0, form: "pytorch" },
    Nesterov: { lr: 0.01, momentum: 0.9, weightDecay: 0, form: "pytorch" },
    AdaGrad: { lr: 0.01, eps: 1e-10, weightDecay: 0, form: "pytorch" },
    RMSProp: { lr: 0.01, alpha: 0.99, eps: 1e-8, weightDecay: 0, form: "pytorch" },
    Adam: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, form: "pytorch" },
    AdamW: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01, form: "pytorch" },
  };
  for (const [name, Opt] of Object.entries(all) as [keyof typeof all, AnyOptimizer][]) {
    it(name, () => expect(new Opt([w()]).options).toEqual(expected[name]));
  }
  it("the book's form defaults ε to the book's 1e-7 where the book writes one", () => {
    for (const Opt of [AdaGrad, RMSProp, Adam])
      expect(new Opt([w()], { form: "book" }).options).toMatchObject({ eps: 1e-7 });
    expect(new Adam([w()], { form: "book", eps: 1e-3 }).options).toMatchObject({ eps: 1e-3 });
  });
  it("an option passed as undefined keeps its default", () => {
    expect(new Adam([w()], { lr: undefined }).options).toMatchObject({ lr: 0.001 });
  });
});

describe("invalid options throw an Error naming the option", () => {
  const bad: [keyof typeof all, string, unknown][] = [
    ["SGD", "lr", -0.1],
    ["SGD", "lr", Number.NaN],
    ["SGD", "lr", Infinity],
    ["SGD", "lr", "0.1"],
    ["Momentum", "momentum", 1],
    ["Momentum", "momentum", -0.1],
    ["Nesterov", "momentum", 1.5],
    ["RMSProp", "alpha", 1],
    ["RMSProp", "alpha", -0.5],
    ["Adam", "beta1", 1],
    ["Adam", "beta2", 1.0001],
    ["AdamW", "beta1", -0.1],
    ["Adam", "beta2", Number.NaN],
    ["AdaGrad", "eps", -1e-10],
    ["Adam", "eps", Number.NaN],
    ["RMSProp", "eps", -1],
    ["SGD", "weightDecay", -0.01],
    ["AdamW", "weightDecay", -1],
    ["Momentum", "weightDecay", Infinity],
    ["Adam", "form", "Book"],
  ];
  for (const [name, option, value] of bad) {
    it(`${name} { ${option}: ${String(value)} }`, () => {
      const Opt = all[name] as AnyOptimizer;
      expect(() => new Opt([w()], { [option]: value })).toThrow(new RegExp(`^${name}: option "${option}" must`));
    });
  }
  it("an option another optimizer has is unknown here, and the message names it and lists the known ones", () => {
    expect(() => new SGD([w()], { momentum: 0.9 } as never)).toThrow(
      'SGD: unknown option "momentum" (known options: lr, weightDecay, form)',
    );
    expect(() => new Adam([w()], { betas: [0.9, 0.99] } as never)).toThrow(/unknown option "betas"/);
    expect(() => new RMSProp([w()], { decay_rate: 0.9 } as never)).toThrow(/unknown option "decay_rate"/);
    expect(() => new Momentum([w()], { learningRate: 0.1 } as never)).toThrow(
      /Momentum: unknown option "learningRate"/,
    );
  });
  it("setOptions and the lr setter validate too, and keep the state", () => {
    const p = w();
    const opt = new Momentum([p], { lr: 0.1 });
    p.grad = Tensor.from([[1, 1]]);
    opt.step();
    expect(() => opt.setOptions({ momentum: 1 })).toThrow(/option "momentum"/);
    expect(() => (opt.lr = -1)).toThrow(/Momentum: option "lr"/);
    opt.lr = 0.2;
    expect(opt.options.lr).toBe(0.2);
    expect(opt.velocity.get(p)!.toArray()).toEqual([[1, 1]]);
  });
  it("bad parameter lists are named", () => {
    expect(() => new SGD([])).toThrow(/SGD: got an empty parameter list/);
    expect(() => new Adam([Tensor.zeros(1, 1)] as never)).toThrow(/Adam: params\[0\] is not a Parameter/);
    const p = w();
    expect(() => new SGD([p, p])).toThrow(/appears twice/);
    expect(() => new SGD(w() as never)).toThrow(/SGD: params must be an array/);
  });
  it("a gradient of the wrong shape is named before anything is updated", () => {
    const a = w(),
      b = w();
    b.grad = Tensor.zeros(2, 1);
    a.grad = Tensor.from([[1, 1]]);
    const opt = new Adam([a, b]);
    expect(() => opt.step()).toThrow('Adam: parameter "w" has value [1, 2] but grad [2, 1]');
    expect(a.value.toArray()).toEqual([[1, 2]]);
    expect(opt.t).toBe(0);
  });
  it("state of a parameter the optimizer does not own is named", () => {
    const opt = new AdaGrad([w()]);
    expect(() => opt.snapshot(new Parameter(Tensor.zeros(1, 1), "stranger"))).toThrow(
      /AdaGrad: parameter "stranger" is not one of/,
    );
  });
});
