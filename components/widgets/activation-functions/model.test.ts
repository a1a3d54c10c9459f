import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { Linear, Sigmoid, Tensor, createRng, numericalGradient } from "kobai";
import { ACTIVATIONS, curvesOf, gradientByLayer, readAt, softmaxPanel } from "./model";
import { readoutText } from "./readout";
import { activationChart, depthChart, softmaxChart } from "./charts";
import { softmaxStatusText, softmaxTableElement, LARGE_LOGITS, BOOK_LOGITS } from "./softmax-view";

const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
const doc = document as unknown as Document;
const sigma = (x: number) => 1 / (1 + Math.exp(-x));

describe("readAt: value from forward, slope from backward", () => {
  it("matches the closed forms of each function and derivative", () => {
    for (const x of [-3, -0.5, 0.7, 2]) {
      expect(readAt("sigmoid", x).y).toBeCloseTo(sigma(x), 14);
      expect(readAt("sigmoid", x).dy).toBeCloseTo(sigma(x) * (1 - sigma(x)), 14);
      expect(readAt("tanh", x).dy).toBeCloseTo(1 - Math.tanh(x) ** 2, 14);
      expect(readAt("relu", x).dy).toBe(x > 0 ? 1 : 0);
      expect(readAt("leaky-relu", x).y).toBeCloseTo(x > 0 ? x : 0.01 * x, 14);
    }
  });

  it("shows the chapter's edge cases: σ′(0) = 1/4, σ′(10) ≈ 4.5e-5, ReLU′(0) = 0, leaky ReLU′(0) = 0.01, step throws", () => {
    expect(readAt("sigmoid", 0)).toEqual({ x: 0, y: 0.5, dy: 0.25 });
    expect(readAt("sigmoid", 10).dy).toBeCloseTo(4.5396e-5, 8);
    expect(readAt("relu", 0).dy).toBe(0);
    expect(readAt("leaky-relu", 0).dy).toBe(0.01);
    expect(readAt("step", 1)).toEqual({
      x: 1,
      y: 1,
      error: expect.stringMatching(/^Step\.backward: a step function's derivative is 0/),
    });
    expect(readoutText("sigmoid", 0)).toBe("At x = 0: sigmoid(x) = 0.5, slope sigmoid′(x) = 0.25.");
    expect(readoutText("sigmoid", 10)).toBe("At x = 10: sigmoid(x) = 0.99995, slope sigmoid′(x) = 4.5e−5.");
    expect(readoutText("sigmoid", 1)).toBe("At x = 1: sigmoid(x) = 0.73106, slope sigmoid′(x) = 0.19661.");
    expect(readoutText("step", -1)).toMatch(/^At x = −1: step\(x\) = 0\. Slope: 0 on both sides/);
  });

  it("derivative curves agree with central differences away from the kinks", () => {
    for (const id of ACTIVATIONS) {
      const { f, df } = curvesOf(id);
      for (const x of [-2.3, -0.4, 0.6, 3.1])
        expect(df(x), `${id} at ${x}`).toBeCloseTo((f(x + 1e-5) - f(x - 1e-5)) / 2e-5, 6);
    }
    expect(curvesOf("step").df(0)).toBeNaN();
  });
});

describe("gradientByLayer: backprop through stacks of core layers", () => {
  it("is the true gradient: equals a numerical gradient of y = Σ outputs w.r.t. the input (sigmoid, 3 layers)", () => {
    const rng = createRng(7);
    const layers = [0, 1, 2].map(() => [new Linear(4, 4, { init: "xavier", rng }), new Sigmoid()] as const);
    const x = Tensor.randn(2, 4, { rng });
    const f = () => {
      let h = x;
      for (const [l, a] of layers) h = a.forward(l.forward(h));
      return h.data.reduce((s, v) => s + v, 0);
    };
    f();
    let g = Tensor.ones(2, 4);
    for (let i = 2; i >= 0; i--) g = layers[i][0].backward(layers[i][1].backward(g));
    const numeric = numericalGradient(f, x);
    for (let i = 0; i < g.data.length; i++) expect(g.data[i]).toBeCloseTo(numeric.data[i], 8);
  });

  it("shrinks through sigmoids, much less through tanh, not through ReLU (seed 0)", () => {
    const s = gradientByLayer("sigmoid", 10),
      th = gradientByLayer("tanh", 10),
      r = gradientByLayer("relu", 10);
    expect(s).toHaveLength(10);
    expect(s[0]).toBeLessThan(1e-6);
    expect(s[0] / s[9]).toBeLessThan(1e-5);
    expect(th[0]).toBeGreaterThan(0.1);
    expect(r[0]).toBeGreaterThan(0.5);
    // Same first layers whatever the depth, and no state left behind: asking twice gives the same.
    expect(gradientByLayer("sigmoid", 10)).toEqual(s);
    expect(() => gradientByLayer("relu", 0)).toThrow(/depth must be a whole number from 1 to 30, got 0/);
  });
});

describe("softmaxPanel: naive vs stable", () => {
  it("agrees on the book's logits (0.3, 2.9, 4.0) → (0.0182, 0.245, 0.737)", () => {
    const p = softmaxPanel(BOOK_LOGITS);
    expect(p.status).toBe("ok");
    [0.01821127, 0.24519181, 0.73659691].forEach((v, k) => {
      expect(p.stable[k]).toBeCloseTo(v, 7);
      expect(p.naive[k]).toBeCloseTo(p.stable[k], 14);
    });
  });

  it("is unchanged by adding a constant, and naive overflows to NaN for (1010, 1000, 990) while stable does not", () => {
    const base = softmaxPanel(BOOK_LOGITS).stable;
    softmaxPanel(BOOK_LOGITS, 1, 500).stable.forEach((v, k) => expect(v).toBeCloseTo(base[k], 12));
    const large = softmaxPanel(LARGE_LOGITS);
    expect(large.status).toBe("overflow");
    expect(large.naive.every(Number.isNaN)).toBe(true);
    expect(large.stable[0]).toBeCloseTo(0.9999546, 7);
    expect(softmaxPanel(BOOK_LOGITS, 1, -1000).status).toBe("underflow");
    expect(softmaxStatusText(large)).toMatch(/Infinity \/ Infinity = NaN/);
    expect(softmaxStatusText(softmaxPanel(BOOK_LOGITS))).toBe("Both agree: the probabilities sum to 1.");
    const table = softmaxTableElement(doc, LARGE_LOGITS, large, 0);
    expect(Array.from(table.querySelectorAll("td[data-naive]"), (td) => td.textContent)).toEqual(["NaN", "NaN", "NaN"]);
  });

  it("sharpens with a low temperature and flattens with a high one", () => {
    expect(softmaxPanel(BOOK_LOGITS, 0.2).stable[2]).toBeGreaterThan(0.99);
    expect(softmaxPanel(BOOK_LOGITS, 10).stable[0]).toBeGreaterThan(0.25);
    expect(() => softmaxPanel(BOOK_LOGITS, 0)).toThrow(/temperature must be a positive number/);
  });
});

describe("charts", () => {
  it("draw with text alternatives holding the key numbers", () => {
    expect(activationChart({ document: doc, id: "sigmoid", x: 0, width: 400 }).caption).toContain(
      "At x = 0: sigmoid = 0.50, slope 0.25.",
    );
    expect(activationChart({ document: doc, id: "step", x: 1, width: 400 }).caption).toContain("step");
    const depth = depthChart({ document: doc, depth: 10, width: 400 });
    expect(depth.caption).toMatch(
      /^Through 10 layers, the gradient reaching the input is 5\.6e−7 for sigmoid, 0\.31 for tanh and 2\.80 for ReLU\./,
    );
    expect(depth.caption).not.toContain("NaN");
    expect(softmaxChart({ document: doc, logits: LARGE_LOGITS, temperature: 1, shift: 0, width: 400 }).caption).toBe(
      "class 1: 1.0. class 2: 4.5e−5. class 3: 2.1e−9.",
    );
  });
});
