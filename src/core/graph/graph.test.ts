import { describe, expect, it } from "vitest";
import { AddLayer, MulLayer } from "kobai";

describe("MulLayer and AddLayer: the book's shopping example (5.4)", () => {
  it("図5-16: two apples at 100 yen with tax 1.1 cost 220; ∂/∂price 2.2, ∂/∂count 110, ∂/∂tax 200", () => {
    const mulApple = new MulLayer(),
      mulTax = new MulLayer();
    const applePrice = mulApple.forward(100, 2);
    const price = mulTax.forward(applePrice, 1.1);
    expect(price).toBeCloseTo(220, 12);
    const [dApplePrice, dTax] = mulTax.backward(1);
    const [dApple, dAppleNum] = mulApple.backward(dApplePrice);
    expect(dApple).toBeCloseTo(2.2, 12);
    expect(dAppleNum).toBeCloseTo(110, 12);
    expect(dTax).toBe(200);
  });

  it("図5-17: apples and oranges cost 715; gradients 2.2, 110, 3.3, 165, 650", () => {
    const mulApple = new MulLayer(),
      mulOrange = new MulLayer(),
      add = new AddLayer(),
      mulTax = new MulLayer();
    const total = mulTax.forward(add.forward(mulApple.forward(100, 2), mulOrange.forward(150, 3)), 1.1);
    expect(total).toBeCloseTo(715, 12);
    const [dSum, dTax] = mulTax.backward(1);
    const [dApplePrice, dOrangePrice] = add.backward(dSum);
    const [dApple, dAppleNum] = mulApple.backward(dApplePrice);
    const [dOrange, dOrangeNum] = mulOrange.backward(dOrangePrice);
    expect([dApple, dAppleNum, dOrange, dOrangeNum, dTax].map((v) => Number(v.toPrecision(12)))).toEqual([
      2.2, 110, 3.3, 165, 650,
    ]);
  });

  it("agrees with central differences on random inputs", () => {
    const h = 1e-6;
    for (const [x, y] of [
      [0.3, -2],
      [5, 7],
      [-1.5, 0.25],
    ]) {
      const [dx, dy] = (() => {
        const m = new MulLayer();
        m.forward(x, y);
        return m.backward(1);
      })();
      expect(dx).toBeCloseTo(((x + h) * y - (x - h) * y) / (2 * h), 8);
      expect(dy).toBeCloseTo((x * (y + h) - x * (y - h)) / (2 * h), 8);
    }
    expect(new AddLayer().backward(3)).toEqual([3, 3]);
  });

  it("says what is wrong: backward before forward, non-finite inputs", () => {
    expect(() => new MulLayer().backward(1)).toThrow("MulLayer: backward called before forward");
    expect(() => new MulLayer().forward(Number.NaN, 1)).toThrow(
      "MulLayer: forward needs two finite numbers, got NaN and 1",
    );
    expect(() => new AddLayer().forward(1, Infinity)).toThrow(/AddLayer/);
  });
});
