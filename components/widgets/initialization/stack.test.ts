import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { runStack, scaleStd } from "./stack";
import { activationChart, gradientChart } from "./charts";
import { BOOK_FIGURES } from "./figures";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

describe("the five-layer stack of 6.2 (seed 0, 1000 × 100)", () => {
  it("σ for each scale name: 1, 0.01, 1/√100 = 0.1, √(2/100), custom", () => {
    expect(scaleStd("1", 100)).toBe(1);
    expect(scaleStd("0.01", 100)).toBe(0.01);
    expect(scaleStd("xavier", 100)).toBeCloseTo(0.1, 15);
    expect(scaleStd("he", 100)).toBeCloseTo(Math.SQRT2 / 10, 15);
    expect(scaleStd("custom", 100, 0.3)).toBe(0.3);
    expect(() => scaleStd("custom", 100, -1)).toThrow(/positive/);
  });

  it("sigmoid with σ = 1 piles the activations at 0 and 1 (図6-10): most of layer 1 is saturated", () => {
    const { stats } = runStack({ activation: "sigmoid", scale: "1" });
    expect(stats[0].saturated).toBeGreaterThan(0.6);
    for (const s of stats) expect(s.saturated).toBeGreaterThan(0.45);
  });

  it("sigmoid with σ = 0.01 collapses every layer onto 0.5 (図6-11)", () => {
    const { stats } = runStack({ activation: "sigmoid", scale: "0.01" });
    for (const s of stats) {
      expect(Math.abs(s.mean - 0.5)).toBeLessThan(0.005);
      expect(s.std).toBeLessThan(0.03);
      expect(s.saturated).toBe(0);
    }
  });

  it("ReLU: σ = 0.01 vanishes, Xavier shrinks layer by layer, He keeps the spread (図6-14)", () => {
    const small = runStack({ activation: "relu", scale: "0.01" }).stats;
    expect(small[4].std).toBeLessThan(1e-4);
    const xavier = runStack({ activation: "relu", scale: "xavier" }).stats;
    for (let l = 1; l < 5; l++) expect(xavier[l].std).toBeLessThan(xavier[l - 1].std);
    expect(xavier[4].std / xavier[0].std).toBeLessThan(0.3);
    const he = runStack({ activation: "relu", scale: "he" }).stats;
    for (const s of he) expect(s.std / he[0].std).toBeGreaterThan(0.85);
    for (const s of he) expect(s.std / he[0].std).toBeLessThan(1.15);
    // About half of ReLU's outputs are exactly 0, whatever the scale.
    for (const s of he) expect(s.saturated).toBeGreaterThan(0.4);
  });

  it("the sigmoid's gradient shrinks towards the input even with Xavier; tanh's and He-ReLU's do not", () => {
    const ratio = (a: "sigmoid" | "tanh" | "relu", s: "xavier" | "he") => {
      const { stats } = runStack({ activation: a, scale: s });
      return stats[0].gradRms / stats[4].gradRms;
    };
    expect(ratio("sigmoid", "xavier")).toBeLessThan(0.02);
    expect(ratio("tanh", "xavier")).toBeGreaterThan(0.8);
    expect(ratio("relu", "he")).toBeGreaterThan(0.8);
  });

  it("every scale uses the same random draws: custom σ = 0.01 is exactly the 0.01 setting", () => {
    const a = runStack({ activation: "tanh", scale: "0.01" });
    const b = runStack({ activation: "tanh", scale: "custom", customStd: 0.01 });
    expect(Array.from(b.activations[4].data)).toEqual(Array.from(a.activations[4].data));
    const c = runStack({ activation: "tanh", scale: "0.01", seed: 1 });
    expect(c.activations[0].data[0]).not.toBe(a.activations[0].data[0]);
  });
});

describe("the histogram charts", () => {
  it("caption states each layer's numbers; no NaN anywhere", () => {
    for (const f of BOOK_FIGURES) {
      const result = runStack({ activation: f.activation, scale: f.scale, samples: 200 });
      for (const range of ["natural", "book"] as const) {
        const chart = activationChart({ result, activation: f.activation, range, document: doc });
        expect(chart.caption).toMatch(/Layer 5: mean/);
        expect(chart.element.outerHTML).not.toMatch(/NaN/);
      }
      const grad = gradientChart({ result, activation: f.activation, document: doc });
      expect(grad.caption).toMatch(/layer 1's RMS is .* × layer 5's/);
      expect(grad.element.outerHTML).not.toMatch(/NaN/);
    }
  });

  it("ReLU's natural view leaves out the zeros and says how many there were", () => {
    const result = runStack({ activation: "relu", scale: "he", samples: 200 });
    const chart = activationChart({ result, activation: "relu", document: doc });
    expect(chart.element.textContent).toMatch(/Layer 1 · \d+\.\d% at 0/);
  });
});
