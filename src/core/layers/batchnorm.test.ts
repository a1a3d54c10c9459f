import { describe, expect, it } from "vitest";
import { BatchNorm, Tensor } from "kobai";
import { expectClose, loadFixture, type Matrices } from "../testing/fixtures";

type Step = Matrices<"x" | "dout" | "y" | "dx" | "dgamma" | "dbeta" | "runningMean" | "runningVar">;
interface Case extends Matrices<"gamma" | "beta"> {
  momentum: number;
  eps: number;
  steps: Step[];
  eval: { x: number[][]; y: number[][]; dout?: number[][]; dx?: number[][]; dgamma?: number[][]; dbeta?: number[][] };
}
const fixture = loadFixture<{ batchnorm: Case[]; batchnormBook: Case[] }>("layers");

function withParameters(bn: BatchNorm, c: Case): BatchNorm {
  bn.gamma.value.data.set(c.gamma.flat());
  bn.beta.value.data.set(c.beta.flat());
  return bn;
}

function runSteps(bn: BatchNorm, c: Case): void {
  c.steps.forEach((s, k) => {
    for (const p of bn.parameters()) p.zeroGrad();
    expectClose(bn.forward(Tensor.from(s.x)), s.y, 1e-12, `step ${k} y`);
    expectClose(bn.backward(Tensor.from(s.dout)), s.dx, 1e-10, `step ${k} dx`);
    expectClose(bn.gamma.grad, s.dgamma, 1e-12, `step ${k} dγ`);
    expectClose(bn.beta.grad, s.dbeta, 1e-12, `step ${k} dβ`);
    expectClose(bn.runningMean, s.runningMean, 1e-13, `step ${k} running mean`);
    expectClose(bn.runningVar, s.runningVar, 1e-13, `step ${k} running var`);
  });
}

describe("BatchNorm equals torch.nn.BatchNorm1d (3 training steps, then eval)", () => {
  fixture.batchnorm.forEach((c, i) => {
    it(`case ${i}: momentum ${c.momentum}, eps ${c.eps}, batch ${c.steps[0].x.length}×${c.gamma[0].length}`, () => {
      const options = i === 0 ? {} : { momentum: c.momentum, eps: c.eps }; // case 0 checks the defaults
      const bn = withParameters(new BatchNorm(c.gamma[0].length, options), c);
      runSteps(bn, c);
      for (const p of bn.parameters()) p.zeroGrad();
      const e = c.eval;
      expectClose(bn.forward(Tensor.from(e.x), { training: false }), e.y, 1e-12, "eval y");
      expectClose(bn.backward(Tensor.from(e.dout!)), e.dx!, 1e-12, "eval dx");
      expectClose(bn.gamma.grad, e.dgamma!, 1e-12, "eval dγ");
      expectClose(bn.beta.grad, e.dbeta!, 1e-12, "eval dβ");
    });
  });
});

describe('BatchNorm form: "book" equals the book\'s BatchNormalization (numpy)', () => {
  fixture.batchnormBook.forEach((c, i) => {
    it(`case ${i}: momentum 0.9 on the old average, eps 1e-6, biased running variance from zeros`, () => {
      const bn = withParameters(new BatchNorm(c.gamma[0].length, { form: "book" }), c);
      expect([bn.momentum, bn.eps]).toEqual([0.9, 1e-6]);
      expect(Array.from(bn.runningVar.data)).toEqual(new Array(bn.features).fill(0));
      runSteps(bn, c);
      expectClose(bn.forward(Tensor.from(c.eval.x), { training: false }), c.eval.y, 1e-12, "eval y");
    });
  });

  it("the two forms differ only in the running statistics (same training outputs)", () => {
    const x = Tensor.from([
      [1, 2],
      [3, -1],
      [0, 5],
    ]);
    const torchForm = new BatchNorm(2, { eps: 1e-6 }),
      bookForm = new BatchNorm(2, { form: "book" });
    expectClose(torchForm.forward(x), bookForm.forward(x).toArray(), 1e-15);
    expect(torchForm.runningVar.toArray()).not.toEqual(bookForm.runningVar.toArray());
  });
});

describe("BatchNorm behaviour and errors", () => {
  it("normalises each column to mean 0 and (biased) variance 1 with γ = 1, β = 0", () => {
    const y = new BatchNorm(2, { eps: 0 }).forward(
      Tensor.from([
        [1, 10],
        [2, 20],
        [3, 60],
      ]),
    );
    for (let j = 0; j < 2; j++) {
      const col = [0, 1, 2].map((i) => y.get(i, j));
      expect(Math.abs(col.reduce((s, v) => s + v, 0))).toBeLessThan(1e-14);
      expect(col.reduce((s, v) => s + v * v, 0) / 3).toBeCloseTo(1, 14);
    }
  });

  it("keeps the last batch statistics for widgets, and leaves them alone in eval", () => {
    const bn = new BatchNorm(1);
    bn.forward(Tensor.from([[1], [3]]));
    expect(bn.batchMean!.toArray()).toEqual([[2]]);
    expect(bn.batchVar!.toArray()).toEqual([[1]]);
    bn.forward(Tensor.from([[100]]), { training: false });
    expect(bn.batchMean!.toArray()).toEqual([[2]]);
  });

  it("refuses a training batch of one (PyTorch form), bad shapes and bad options", () => {
    const bn = new BatchNorm(3);
    expect(() => bn.forward(Tensor.zeros(1, 3))).toThrow(/training needs more than 1 row per batch/);
    expect(bn.forward(Tensor.zeros(1, 3), { training: false }).shape).toEqual([1, 3]);
    expect(() => bn.forward(Tensor.zeros(4, 2))).toThrow("BatchNorm(3): input has shape [4, 2], expected [N, 3]");
    expect(() => new BatchNorm(3, { momentum: 1.5 })).toThrow("BatchNorm: momentum must be in [0, 1], got 1.5");
    expect(() => new BatchNorm(3, { form: "keras" as never })).toThrow(/form must be "pytorch" or "book"/);
    expect(() => new BatchNorm(3, { moment: 0.1 } as never)).toThrow(/unknown option "moment"/);
  });
});
