import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Softmax, Tensor, softmax } from "kobai";
import { expectClose, loadFixture } from "../testing/fixtures";

interface Case {
  x: number[][];
  dout: number[][];
  y: number[][];
  dx: number[][];
}
const cases = loadFixture<{ activations: { softmax: Case[] } }>("layers").activations.softmax;

describe("Softmax equals torch.softmax(x, dim=1), forward and backward", () => {
  cases.forEach((c, i) => {
    it(`case ${i} (row 0 has logits of ±1000)`, () => {
      const layer = new Softmax();
      expectClose(layer.forward(Tensor.from(c.x)), c.y, 1e-13, "y");
      expectClose(layer.backward(Tensor.from(c.dout)), c.dx, 1e-13, "dx");
    });
  });
});

describe("softmax properties", () => {
  const rows = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 8 });

  it("each entry is in (0, 1] (0 only where e^(x − max) underflows) and each row sums to 1", () => {
    fc.assert(
      fc.property(rows, (row) => {
        const y = softmax(Tensor.from([row])).data;
        const total = y.reduce((s, v) => s + v, 0);
        expect(Math.abs(total - 1)).toBeLessThan(1e-12);
        y.forEach((v, j) => {
          expect(v).toBeLessThanOrEqual(1);
          if (row[j] - Math.max(...row) > -700) expect(v).toBeGreaterThan(0);
          else expect(v).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });

  it("is unchanged by adding a constant to a row (why subtracting the max is allowed)", () => {
    const a = softmax(Tensor.from([[1, 2, 3]])),
      b = softmax(Tensor.from([[1001, 1002, 1003]]));
    expectClose(b, a.toArray(), 1e-14);
  });

  it("backward of a constant dout is 0 (the rows always sum to 1)", () => {
    const layer = new Softmax();
    layer.forward(
      Tensor.from([
        [0.3, -2, 5],
        [1, 1, 1],
      ]),
    );
    layer.backward(Tensor.full(2, 3, 7)).data.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-14));
  });
});
