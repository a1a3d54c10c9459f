// The book's forms (『ゼロから作るDeep Learning』 common/optimizer.py) against numpy runs of the
// book's own code, and how each relates to PyTorch's form.
import { describe, expect, it } from "vitest";
import { expectClose } from "../testing/fixtures";
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";
import { bookBowl } from "../landscapes/book-bowl";
import { runOptimizer } from "../landscapes/run";
import type { Landscape } from "../landscapes/landscape";
import { caseName, fixture, optimizerClasses, runProblem } from "./testing";
import { SGD } from "./sgd";
import { Momentum } from "./momentum";
import { Nesterov } from "./nesterov";
import { AdaGrad } from "./adagrad";
import { RMSProp } from "./rmsprop";
import { Adam } from "./adam";

type StateMap = Map<Parameter, Tensor>;

describe('{ form: "book" } equals the book\'s code (numpy)', () => {
  for (const c of fixture.book) {
    it(caseName(c), () => {
      const Opt = optimizerClasses[c.optimizer];
      const { xy, W, x, y, opt } = runProblem(
        (params) => new Opt(params, { ...c.options, form: "book" }),
        c.landscape,
        c.steps,
      );
      expectClose(xy, c.xy, 1e-9, "x, y trajectory");
      expectClose(W.value, c.W, 1e-9, "W");
      for (const name of ["velocity", "h", "m", "v"] as const) {
        const want = c.state[name];
        if (!want) continue;
        const state = (opt as unknown as Record<string, StateMap>)[name];
        expectClose([state.get(x)!.data[0], state.get(y)!.data[0]], [want.x, want.y], 1e-9, `${name} of x, y`);
        expectClose(state.get(W)!, want.W, 1e-9, `${name} of W`);
      }
      if (c.state.t !== undefined) expect((opt as Adam).t).toBe(c.state.t);
    });
  }
});

describe("SGD, AdaGrad, RMSProp: the book's form is PyTorch's rule (only ε's default differs)", () => {
  it("SGD: identical steps", () => {
    const a = runOptimizer(bookBowl, SGD, { lr: 0.95 });
    const b = runOptimizer(bookBowl, SGD, { lr: 0.95, form: "book" });
    expect(b.points).toEqual(a.points);
  });
  it("AdaGrad book = AdaGrad with ε = 1e-7, bit for bit; torch's ε = 1e-10 differs only slightly", () => {
    const book = runOptimizer(bookBowl, AdaGrad, { lr: 1.5, form: "book" });
    expect(book.optimizer.options).toMatchObject({ eps: 1e-7 });
    expect(runOptimizer(bookBowl, AdaGrad, { lr: 1.5, eps: 1e-7 }).points).toEqual(book.points);
    const torch = runOptimizer(bookBowl, AdaGrad, { lr: 1.5 });
    expect(maxDifference(torch.points, book.points)).toBeGreaterThan(0);
    expect(maxDifference(torch.points, book.points)).toBeLessThan(1e-5);
  });
  it("RMSProp book = RMSProp with ε = 1e-7 (decay_rate = α), bit for bit", () => {
    const book = runOptimizer(bookBowl, RMSProp, { lr: 0.1, alpha: 0.9, form: "book" });
    expect(runOptimizer(bookBowl, RMSProp, { lr: 0.1, alpha: 0.9, eps: 1e-7 }).points).toEqual(book.points);
  });
});

describe("Momentum: the book's v ← αv − η∇, W ← W + v takes PyTorch's steps", () => {
  const momentumCases = fixture.cases.filter((c) => c.optimizer === "Momentum");
  for (const c of momentumCases) {
    it(`book form against torch.optim.SGD(momentum): ${caseName(c)}`, () => {
      const { xy, W, x, opt } = runProblem(
        (params) => new Momentum(params, { ...c.options, form: "book" }),
        c.landscape,
        c.steps,
      );
      expectClose(xy, c.xy, 1e-9, "x, y trajectory");
      expectClose(W.value, c.W, 1e-9, "W");
      // The book's velocity is −η times torch's.
      const lr = c.options.lr ?? 0.01;
      expectClose((opt as Momentum).velocity.get(x)!.data[0], -lr * c.state.velocity!.x, 1e-9, "v_book = −η·v_torch");
    });
  }
  it("but not after η changes mid-run (the book's v remembers the old η)", () => {
    const run = (form: "pytorch" | "book") => {
      const w = new Parameter(Tensor.from([[-7, 2]]));
      const opt = new Momentum([w], { lr: 0.1, form });
      for (let k = 0; k < 20; k++) {
        if (k === 10) opt.lr = 0.05;
        w.grad = Tensor.from([bookBowl.gradient(w.value.data[0], w.value.data[1])]);
        opt.step();
      }
      return w.value.toArray()[0];
    };
    expect(maxDifference([run("pytorch") as [number, number]], [run("book") as [number, number]])).toBeGreaterThan(
      1e-3,
    );
  });
});

describe("Nesterov: the book's form is PyTorch's with the new velocity in place of the old", () => {
  const mu = 0.9,
    lr = 0.1;
  it("from the same state and gradient: ΔW_book − ΔW_torch = μ²·(u_new − u_old)", () => {
    const uOld = [0.3, -1.2, 0.05],
      grad = [0.7, 2.5, -4];
    const torchW = new Parameter(Tensor.from([[1, 2, 3]]));
    const bookW = new Parameter(Tensor.from([[1, 2, 3]]));
    const torch = new Nesterov([torchW], { lr, momentum: mu });
    const book = new Nesterov([bookW], { lr, momentum: mu, form: "book" });
    // The same velocity in each form's units: u = −η·v_torch.
    torch.velocity.get(torchW)!.data.set(uOld.map((u) => -u / lr));
    book.velocity.get(bookW)!.data.set(uOld);
    torchW.grad = Tensor.from([grad]);
    bookW.grad = Tensor.from([grad]);
    torch.step();
    book.step();
    const uNew = book.velocity.get(bookW)!.data;
    expectClose(
      Array.from(torch.velocity.get(torchW)!.data, (v) => -lr * v),
      Array.from(uNew),
      1e-12,
      "same velocity update",
    );
    const expected = [0, 1, 2].map((i) => bookW.value.data[i] - torchW.value.data[i] - mu * mu * (uNew[i] - uOld[i]));
    expectClose(expected, [0, 0, 0], 1e-12, "ΔW difference");
  });

  it("from rest the first step is (1 + μ + μ²)·η·∇ in the book, (1 + μ)·η·∇ in torch", () => {
    const g = 2;
    const first = (form: "pytorch" | "book") => {
      const w = new Parameter(Tensor.from([[0]]));
      w.grad = Tensor.from([[g]]);
      new Nesterov([w], { lr, momentum: mu, form }).step();
      return -w.value.data[0];
    };
    expectClose(first("pytorch"), (1 + mu) * lr * g, 1e-12);
    expectClose(first("book"), (1 + mu + mu * mu) * lr * g, 1e-12);
  });

  it("on a steady slope both reach the speed η·∇/(1 − μ)", () => {
    const slope: Landscape = { ...bookBowl, value: (x, y) => 3 * x + y, gradient: () => [3, 1] };
    for (const form of ["pytorch", "book"] as const) {
      const { points } = runOptimizer(slope, Nesterov, { lr: 0.01, momentum: mu, form }, { steps: 400, start: [0, 0] });
      const [a, b] = points.slice(-2);
      expectClose([b[0] - a[0], b[1] - a[1]], [(-0.01 * 3) / (1 - mu), (-0.01 * 1) / (1 - mu)], 1e-12, form);
    }
  });

  it("on the book's bowl the paths differ but both converge to the minimum", () => {
    const torch = runOptimizer(bookBowl, Nesterov, { lr, momentum: mu }, { steps: 400 });
    const book = runOptimizer(bookBowl, Nesterov, { lr, momentum: mu, form: "book" }, { steps: 400 });
    expect(maxDifference(torch.points.slice(0, 31), book.points.slice(0, 31))).toBeGreaterThan(0.1);
    for (const run of [torch, book]) expect(Math.hypot(...run.points.at(-1)!)).toBeLessThan(1e-6);
  });
});

describe("Adam: the book's form differs from PyTorch's only by where ε sits", () => {
  const { lr, steps } = fixture.adamBookVsTorch;

  it("torch's form with ε_t = 1e-7/√(1 − β2ᵗ) at every step reproduces the book's path", () => {
    const book = runOptimizer(bookBowl, Adam, { lr, form: "book" }, { steps });
    const w = new Parameter(Tensor.from([bookBowl.start]));
    const torch = new Adam([w], { lr });
    const points: [number, number][] = [[...bookBowl.start]];
    for (let t = 1; t <= steps; t++) {
      torch.setOptions({ eps: 1e-7 / Math.sqrt(1 - 0.999 ** t) });
      w.grad = Tensor.from([bookBowl.gradient(w.value.data[0], w.value.data[1])]);
      torch.step();
      points.push([w.value.data[0], w.value.data[1]]);
    }
    expectClose(points, book.points, 1e-12, "torch form with ε_t");
  });

  it("on the book's bowl (η = 0.3, 30 steps) the two paths differ by ≈ 1e-5, as measured with torch and numpy", () => {
    const book = runOptimizer(bookBowl, Adam, { lr, form: "book" }, { steps });
    const torch8 = runOptimizer(bookBowl, Adam, { lr }, { steps });
    const torch7 = runOptimizer(bookBowl, Adam, { lr, eps: 1e-7 }, { steps });
    const d8 = maxDifference(book.points, torch8.points),
      d7 = maxDifference(book.points, torch7.points);
    expectClose(d8, fixture.adamBookVsTorch["maxDiff_eps1e-08"], 1e-6, "ε = 1e-8");
    expectClose(d7, fixture.adamBookVsTorch["maxDiff_eps1e-07"], 1e-6, "ε = 1e-7");
    expect(d8).toBeGreaterThan(1e-6);
    expect(d8).toBeLessThan(2e-5);
  });

  it("the effective rate in the snapshot matches the step taken", () => {
    for (const form of ["pytorch", "book"] as const) {
      const run = runOptimizer(bookBowl, Adam, { lr, form }, { steps: 5 });
      const k = 4,
        { mHat, effectiveLr } = run.states[k + 1];
      const [a, b] = [run.points[k], run.points[k + 1]];
      expectClose([b[0] - a[0], b[1] - a[1]], [-effectiveLr[0] * mHat[0], -effectiveLr[1] * mHat[1]], 1e-12, form);
    }
  });
});

function maxDifference(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let worst = 0;
  a.forEach((p, i) => p.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - b[i][j])))));
  return worst;
}
