import { describe, expect, it } from "vitest";
import { Dropout, Tensor, createRng, seed } from "kobai";
import { expectClose, loadFixture, type Matrices } from "../testing/fixtures";

interface Case extends Matrices<
  "x" | "dout" | "mask" | "invertedTrainY" | "invertedTrainDx" | "bookTrainY" | "bookTrainDx" | "bookEvalY"
> {
  p: number;
}
const cases = loadFixture<{ dropout: Case[] }>("layers").dropout;

/** A Dropout whose next training forward uses the given mask. */
function withMask(p: number, mask: number[][], inverted: boolean): Dropout {
  const drop = new Dropout(p, { inverted });
  drop.lastMask = Tensor.from(mask);
  drop.holdMask = true;
  return drop;
}

describe("Dropout with a given mask follows the formulas (numpy, the book's Dropout)", () => {
  cases.forEach((c, i) => {
    it(`case ${i}, p = ${c.p}: inverted y = x⊙m/(1−p); book y = x⊙m, eval x·(1−p)`, () => {
      const inverted = withMask(c.p, c.mask, true);
      expectClose(inverted.forward(Tensor.from(c.x)), c.invertedTrainY, 1e-15, "inverted y");
      expectClose(inverted.backward(Tensor.from(c.dout)), c.invertedTrainDx, 1e-15, "inverted dx");
      expect(inverted.forward(Tensor.from(c.x), { training: false }).toArray()).toEqual(c.x);
      expect(inverted.backward(Tensor.from(c.dout)).toArray()).toEqual(c.dout);

      const book = withMask(c.p, c.mask, false);
      expectClose(book.forward(Tensor.from(c.x)), c.bookTrainY, 1e-15, "book y");
      expectClose(book.backward(Tensor.from(c.dout)), c.bookTrainDx, 1e-15, "book dx");
      expectClose(book.forward(Tensor.from(c.x), { training: false }), c.bookEvalY, 1e-15, "book eval y");
    });
  });
});

describe("Dropout statistics (fixed seeds)", () => {
  for (const p of [0.2, 0.5, 0.8]) {
    it(`p = ${p}: keeps ≈ ${1 - p} of the units; inverted keeps the mean, the book's eval matches its training mean`, () => {
      const x = Tensor.full(200, 250, 3); // 50 000 units
      const inverted = new Dropout(p, { rng: createRng(5) });
      const y = inverted.forward(x);
      const kept = inverted.lastMask!.data.reduce((s, v) => s + v, 0) / x.size;
      expect(Math.abs(kept - (1 - p))).toBeLessThan(0.01);
      const mean = y.data.reduce((s, v) => s + v, 0) / y.size;
      expect(Math.abs(mean / 3 - 1)).toBeLessThan(0.03); // E[x⊙m/(1−p)] = x

      const book = new Dropout(p, { inverted: false, rng: createRng(6) });
      const trainMean = book.forward(x).data.reduce((s, v) => s + v, 0) / x.size;
      const evalValue = book.forward(x, { training: false }).get(0, 0); // x·(1 − p)
      expect(Math.abs(trainMean / evalValue - 1)).toBeLessThan(0.03);
    });
  }

  it("draws masks from the seeded generator: same seed, same mask", () => {
    seed(9);
    const a = new Dropout(0.5);
    a.forward(Tensor.ones(4, 4));
    seed(9);
    const b = new Dropout(0.5);
    b.forward(Tensor.ones(4, 4));
    expect(a.lastMask!.toArray()).toEqual(b.lastMask!.toArray());
    b.forward(Tensor.ones(4, 4));
    expect(b.lastMask!.toArray()).not.toEqual(a.lastMask!.toArray());
  });

  it("p = 0 keeps everything, p = 1 drops everything (no NaN)", () => {
    expect(new Dropout(0).forward(Tensor.from([[1, 2]])).toArray()).toEqual([[1, 2]]);
    expect(new Dropout(1).forward(Tensor.from([[1, 2]])).toArray()).toEqual([[0, 0]]);
  });

  it("rejects a bad p, a bad option and a held mask of the wrong shape", () => {
    expect(() => new Dropout(1.2)).toThrow("Dropout: p must be in [0, 1], got 1.2");
    expect(() => new Dropout(0.5, { invert: false } as never)).toThrow(
      /unknown option "invert" \(known: rng, inverted\)/,
    );
    const drop = withMask(0.5, [[1, 0]], true);
    expect(() => drop.forward(Tensor.ones(2, 2))).toThrow(/held mask has shape \[1, 2\] and the input \[2, 2\]/);
  });
});
