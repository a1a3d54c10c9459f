import { describe, expect, it } from "vitest";
import { Tensor } from "kobai";
import { buildNet, droppedUnits, INPUT, layout, netState } from "./dropout-net";

describe("the dropout network widget's model", () => {
  it("the masks it shows are the core's Dropout.lastMask of real forward passes", () => {
    const state = netState({ seed: 0, p: 0.5, inverted: true, step: 3 });
    const { net, drops } = buildNet(0, 0.5, true);
    const x = Tensor.from([[...INPUT]]);
    for (let k = 0; k < 3; k++) net.forward(x, { training: true });
    expect(state.masks).toEqual(drops.map((d) => Array.from(d.lastMask!.data)));
  });

  it("a dropped unit's value is 0 and a kept one is scaled by 1/(1 − p) (inverted)", () => {
    const p = 0.5;
    const state = netState({ seed: 1, p, inverted: true, step: 1 });
    const plain = netState({ seed: 1, p: 0, inverted: true, step: 1 });
    // With p = 0 nothing drops; hidden 1 values before dropout are the same linear+ReLU.
    state.masks[0].forEach((m, j) => {
      if (m === 0) expect(state.values[1][j]).toBe(0);
      else expect(state.values[1][j]).toBeCloseTo(plain.values[1][j] / (1 - p), 12);
    });
    expect(state.scale).toBe(2);
  });

  it("the book's form does not scale while training and scales by 1 − p at inference", () => {
    expect(netState({ seed: 0, p: 0.2, inverted: false, step: 1 }).scale).toBe(1);
    const inference = netState({ seed: 0, p: 0.2, inverted: false, step: 1, training: false });
    expect(inference.scale).toBeCloseTo(0.8, 15);
    expect(inference.masks.flat().every((m) => m === 1)).toBe(true);
  });

  it("each step draws new masks, and the same seed and step give the same masks", () => {
    const a = netState({ seed: 0, p: 0.5, inverted: true, step: 1 });
    const b = netState({ seed: 0, p: 0.5, inverted: true, step: 2 });
    expect(a.masks).not.toEqual(b.masks);
    expect(netState({ seed: 0, p: 0.5, inverted: true, step: 2 }).masks).toEqual(b.masks);
  });

  it("over many steps about a fraction p of the units drop", () => {
    let dropped = 0,
      total = 0;
    for (let step = 1; step <= 200; step++) {
      const s = netState({ seed: 4, p: 0.3, inverted: true, step });
      dropped += droppedUnits(s).flat().length;
      total += 12;
    }
    expect(dropped / total).toBeGreaterThan(0.25);
    expect(dropped / total).toBeLessThan(0.35);
  });

  it("layout: 18 nodes, dead edges exactly at dropped units", () => {
    const s = netState({ seed: 0, p: 0.5, inverted: true, step: 1 });
    const { nodes, edges } = layout(s, 560, 300);
    expect(nodes).toHaveLength(18);
    expect(edges).toHaveLength(4 * 6 + 6 * 6 + 6 * 2);
    for (const e of edges) expect(e.live).toBe(!e.from.dropped && !e.to.dropped);
  });

  it("rejects p outside [0, 1)", () => {
    expect(() => netState({ seed: 0, p: 1, inverted: true, step: 1 })).toThrow(
      /dropout ratio p must be in \[0, 1\), got 1/,
    );
  });
});
