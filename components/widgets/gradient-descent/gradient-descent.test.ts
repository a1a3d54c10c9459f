// The gradient-descent widgets' logic against PyTorch (src/core/__fixtures__/foundations.json,
// from scripts/fixtures/foundations.py) and against what the chapter says they do.
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { loadFixture, expectClose } from "../../../src/core/testing/fixtures";
import { DATA_SIZE, Neuron, identityCurvature, makeData } from "./fit-model";
import { descentStatus, gradientGlyph, runDescent } from "./descent";
import { computeDescent, PRESETS, statusText, viewFor } from "./descent-model";
import { drawLandscape, gradientRows, gradientTableHtml } from "./descent-view";
import { runBatches } from "./batch-compare";
import { batchRuns, batchTableHtml, DEFAULT_BATCH } from "./batch-view";

const fixture = loadFixture("foundations").gradientDescent;
const data = makeData();
const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("the data set", () => {
  it("is the one the PyTorch fixture was made from (seed 1, 40 points)", () => {
    expect(data.x.rows).toBe(DATA_SIZE);
    expect(Array.from(data.x.data)).toEqual(fixture.data.x);
    expect(Array.from(data.t.data)).toEqual(fixture.data.t);
    expect(Array.from(makeData().t.data)).toEqual(fixture.data.t); // deterministic
  });
  it("rejects a bad size", () => expect(() => makeData(1, 0)).toThrow(/positive integer/));
});

describe("Neuron", () => {
  it("backprop and central differences agree for both activations", () => {
    for (const activation of ["identity", "sigmoid"] as const) {
      for (const start of [
        [-1.2, -1.2],
        [2, 0.5],
        [-1.5, 2],
      ] as [number, number][]) {
        const n = new Neuron(activation, start);
        const [dw, db] = n.gradient(data);
        const [nw, nb] = n.numericalGradient(data);
        expect(Math.abs(dw - nw)).toBeLessThan(1e-8);
        expect(Math.abs(db - nb)).toBeLessThan(1e-8);
      }
    }
  });
  it("names a bad activation", () => expect(() => new Neuron("relu" as never)).toThrow(/identity" or "sigmoid/));
});

describe("runDescent equals torch.optim.SGD on the same loss", () => {
  for (const ref of fixture.runs) {
    it(`${ref.activation}, η = ${ref.lr}, from (${ref.start})`, () => {
      const d =
        ref.points.length === 21 && ref.start[0] === -3
          ? computeDescent({ activation: "identity", dataset: "book", lr: ref.lr, steps: ref.steps, w0: -3, b0: 4 }).run
          : runDescent({ activation: ref.activation, data, start: ref.start, lr: ref.lr, steps: ref.steps });
      const n = d.points.length;
      expect(n).toBeGreaterThan(10);
      expectClose(d.points, ref.points.slice(0, n), 1e-9, "points");
      expectClose(d.losses, ref.losses.slice(0, n), 1e-9, "losses");
      expectClose(d.gradients, ref.gradients.slice(0, n), 1e-9, "gradients");
    });
  }
});

describe("descentStatus", () => {
  const run = (lr: number, steps = 30) => runDescent({ activation: "identity", data, start: [-1.2, -1.2], lr, steps });
  it("η = 0.1 descends, η = 0.3 zigzags from step 2", () => {
    expect(descentStatus(run(0.1))).toEqual({ kind: "descending" });
    expect(descentStatus(run(0.3))).toEqual({ kind: "zigzag", step: 2 });
  });
  it("η = 0.4 oscillates from step 2 and diverges at step 27 (said once step 26 is on show)", () => {
    const r = run(0.4, 45);
    expect(r.divergedAt).toBe(27);
    expect(r.points.length).toBe(27);
    expect(descentStatus(r, 10)).toEqual({ kind: "oscillating", step: 2 });
    expect(descentStatus(r)).toEqual({ kind: "diverged", step: 27 });
    expect(statusText(computeDescent(PRESETS.find((p) => p.id === "diverge")!.settings), 26).text).toMatch(
      /^Diverged at step 27/,
    );
  });
  it("rejects a bad learning rate", () => expect(() => run(-1)).toThrow(/learning rate/));
});

describe("identityCurvature", () => {
  it("matches numpy's Hessian eigenvalues and least-squares line", () => {
    const c = identityCurvature(data);
    expectClose([c.lambdaMin, c.lambdaMax], fixture.hessian_eigenvalues, 1e-12);
    expectClose(c.minimum, fixture.least_squares, 1e-10);
    expect(c.critical).toBeCloseTo(2 / c.lambdaMax, 15);
  });
});

describe("gradientGlyph", () => {
  it("points down the gradient and draws the tangent perpendicular to it", () => {
    const g = gradientGlyph([1, 2], [3, -4], 1)!;
    const arrow = [g.arrow[1][0] - 1, g.arrow[1][1] - 2];
    expect(arrow[0]).toBeCloseTo(-0.6, 12);
    expect(arrow[1]).toBeCloseTo(0.8, 12);
    const tangent = [g.tangent[1][0] - g.tangent[0][0], g.tangent[1][1] - g.tangent[0][1]];
    expect(tangent[0] * 3 + tangent[1] * -4).toBeCloseTo(0, 12);
    expect(Math.hypot(tangent[0], tangent[1])).toBeCloseTo(1, 12);
    expect(gradientGlyph([0, 0], [0, 0], 1)).toBeUndefined();
  });
});

describe("the presets", () => {
  it("Reproduce 図4-10: (−3, 4) × 0.8^k on the book's f = w² + b²", () => {
    const r = computeDescent(PRESETS.find((p) => p.id === "book")!.settings);
    r.run.points.forEach(([w, b], k) => {
      expect(w).toBeCloseTo(-3 * 0.8 ** k, 12);
      expect(b).toBeCloseTo(4 * 0.8 ** k, 12);
      expect(r.run.losses[k]).toBeCloseTo(w * w + b * b, 12);
    });
  });
  it("every preset starts inside its view box", () => {
    for (const p of PRESETS) {
      const v = viewFor(p.settings.dataset, p.settings.activation);
      expect(p.settings.w0).toBeGreaterThanOrEqual(v.x[0]);
      expect(p.settings.w0).toBeLessThanOrEqual(v.x[1]);
      expect(p.settings.b0).toBeGreaterThanOrEqual(v.y[0]);
      expect(p.settings.b0).toBeLessThanOrEqual(v.y[1]);
    }
  });
});

describe("the drawing", () => {
  it("draws the contour with the path and a caption with real numbers", () => {
    const r = computeDescent(PRESETS[0].settings);
    const chart = drawLandscape(r, 30, { document: doc(), width: 500 });
    expect(chart.svg.querySelectorAll("path").length).toBeGreaterThan(5);
    expect(chart.caption).toMatch(/30 steps from \(−1\.20, −1\.20\)/);
    expect(chart.caption).not.toMatch(/NaN/);
    expect(chart.svg.getAttribute("data-x-scale")).toBeTruthy();
  });
  it("tabulates backprop and numerical gradients with a tiny difference", () => {
    const r = computeDescent(PRESETS[0].settings);
    const { rows } = gradientRows(r, 0);
    expect(rows[0].dw).toBeCloseTo(-6.428732, 6);
    expect(rows[2].dw).toBeLessThan(1e-9);
    expect(rows[2].db).toBeLessThan(1e-9);
    expect(gradientTableHtml(r, 0)).toContain("−6.42873");
  });
});

describe("batches: full, mini and online", () => {
  it("takes ⌈N/B⌉ updates per epoch and is reproducible with its seed", () => {
    for (const [B, per] of [
      [40, 1],
      [10, 4],
      [7, 6],
      [1, 40],
    ] as const) {
      const r = runBatches({ activation: "sigmoid", data, start: [-1.5, 2], lr: 1, batchSize: B, epochs: 3, seed: 0 });
      expect(r.updatesPerEpoch).toBe(per);
      expect(r.losses.length).toBe(3 * per + 1);
      expect(r.epochs.at(-1)).toBeCloseTo(3, 12);
    }
    const a = runBatches({ activation: "sigmoid", data, start: [-1.5, 2], lr: 1, batchSize: 10, epochs: 5, seed: 4 });
    const b = runBatches({ activation: "sigmoid", data, start: [-1.5, 2], lr: 1, batchSize: 10, epochs: 5, seed: 4 });
    expect(a.losses).toEqual(b.losses);
  });
  it("full batch never makes the loss rise here; online does, often", () => {
    const runs = batchRuns(DEFAULT_BATCH);
    expect(runs.map((r) => r.run.rises)).toEqual([0, 6, 384]);
    expect(batchTableHtml(runs)).toContain("<td>800</td>");
  });
  it("one full-batch run equals 20 steps of runDescent", () => {
    const r = runBatches({ activation: "sigmoid", data, start: [-1.5, 2], lr: 1, batchSize: 40, epochs: 20, seed: 0 });
    const d = runDescent({ activation: "sigmoid", data, start: [-1.5, 2], lr: 1, steps: 20 });
    expectClose(r.losses, d.losses, 1e-12);
  });
});

describe("the status sentence never reads 6.39 → 6.39 or “1 steps”", () => {
  it("shows enough digits to tell a tiny fall apart, and one step in the singular", () => {
    const r = computeDescent({ ...PRESETS[0].settings, lr: 1e-4, steps: 1 });
    const text = statusText(r, 1).text;
    expect(text).toMatch(/^Descending: the loss fell at every step, (\S+) → (\S+) after 1 step\.$/);
    const [, from, to] = /, (\S+) → (\S+) after/.exec(text)!;
    expect(from).not.toBe(to);
    expect(Number(from)).toBeCloseTo(r.run.losses[0], 2);
  });
  it("says the loss barely moved when six digits still read the same", () => {
    const r = computeDescent({ ...PRESETS[0].settings, lr: 1e-10, steps: 3 });
    expect(statusText(r, 3).text).toBe(
      `Barely moving: the loss fell at every step, but so little that it still reads ${r.run.losses[3].toPrecision(6)} to six digits after 3 steps.`,
    );
  });
});
