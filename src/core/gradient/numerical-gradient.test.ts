import { describe, expect, it } from "vitest";
import { Parameter, Tensor, numericalGradient } from "kobai";

describe("numericalGradient (central differences)", () => {
  it("finds ∂f/∂w of f(w) = w₀² + 3w₁ (the book's function_2-style example)", () => {
    const w = new Parameter(Tensor.from([[3, 4]]), "w");
    const f = () => w.value.get(0, 0) ** 2 + 3 * w.value.get(0, 1);
    const g = numericalGradient(f, w);
    expect(g.get(0, 0)).toBeCloseTo(6, 9); // central differences are exact for a quadratic, up to rounding
    expect(g.get(0, 1)).toBeCloseTo(3, 9);
    expect(w.value.toArray()).toEqual([[3, 4]]);
  });

  it("has an O(h²) error: for f = w³ at w = 1 it is exactly h²", () => {
    const w = new Parameter(Tensor.from([[1]]));
    const f = () => w.value.data[0] ** 3;
    for (const h of [1e-2, 1e-3]) expect(numericalGradient(f, w, h).data[0] - 3).toBeCloseTo(h * h, 10);
  });

  it("accepts a plain tensor, as the book's numerical_gradient(f, x) does", () => {
    const x = Tensor.from([[1, 2, 3]]);
    const g = numericalGradient(() => x.data.reduce((s, v) => s + v * v, 0), x);
    g.data.forEach((v, i) => expect(v).toBeCloseTo(2 * x.data[i], 8));
  });

  it("puts every value back, even when f throws", () => {
    const w = new Parameter(Tensor.from([[0.1, 0.2]]));
    let calls = 0;
    const f = () => {
      if (++calls === 2) throw new Error("boom");
      return 0;
    };
    expect(() => numericalGradient(f, w)).toThrow("boom");
    expect(w.value.toArray()).toEqual([[0.1, 0.2]]);
  });

  it("says which element gave a non-finite loss, and rejects a bad h", () => {
    const w = new Parameter(Tensor.from([[1, -1]]), "fc.weight");
    expect(() => numericalGradient(() => Math.log(w.value.get(0, 1)), w)).toThrow(/element \(0, 0\) of "fc.weight"/);
    expect(() => numericalGradient(() => 0, w, 0)).toThrow("numericalGradient: h must be a positive number, got 0");
  });
});
