import { describe, expect, it } from "vitest";
import { CrossEntropyLoss, MSELoss, Sequential, Tensor } from "kobai";
import { expectClose, loadFixture } from "../testing/fixtures";
import { layerFromFixture, type FixtureLayer } from "../testing/networks";

interface Case {
  name: string;
  spec: FixtureLayer[];
  loss: "ce" | "mse";
  x: number[][];
  target: number[] | number[][];
  params: Record<string, number[][]>;
  output: number[][];
  lossValue: number;
  grads: Record<string, number[][]>;
  dx: number[][];
}
const cases = loadFixture<{ cases: Case[] }>("mlp").cases;

describe("whole networks: loss, every parameter gradient and ∂L/∂x equal PyTorch", () => {
  for (const c of cases) {
    it(c.name, () => {
      const model = new Sequential(c.spec.map(layerFromFixture));
      const params = model.parameters();
      expect(params.map((p) => p.name).sort()).toEqual(Object.keys(c.params).sort());
      for (const p of params) p.value.data.set(c.params[p.name].flat());

      const loss = c.loss === "ce" ? new CrossEntropyLoss() : new MSELoss();
      const target = c.loss === "ce" ? (c.target as number[]) : Tensor.from(c.target as number[][]);
      const x = Tensor.from(c.x);
      const output = model.forward(x);
      expectClose(output, c.output, 1e-12, "output");
      expectClose(loss.forward(output, target), c.lossValue, 1e-12, "loss");
      const dx = model.backward(loss.backward());
      expectClose(dx, c.dx, 1e-9, "dx");
      for (const p of params) expectClose(p.grad, c.grads[p.name], 1e-9, p.name);
    });
  }
});
