// The explorer's logic against the core: the formula under the chart redoes each step and
// must land on the core's point; the status, presets, URL round trip and caption.
import { describe, expect, it } from "vitest";
import {
  bookBowl,
  rosenbrock,
  saddle,
  twoWells,
  tiltedBowl,
  runOptimizer,
  SGD,
  Momentum,
  Nesterov,
  AdaGrad,
  type Landscape,
} from "kobai";
import {
  OPTIMIZER_NAMES,
  OPTIMIZERS,
  coreDefaults,
  coreOptions,
  hyperLabel,
  type Hypers,
} from "../shared/optimizers/optimizer-specs";
import { stepFormula, ruleTex, texNumber } from "../shared/optimizers/formula";
import { runStatus, firstStepBelow, oscillatingAxis } from "../shared/optimizers/run-status";
import { overlayAt } from "../shared/optimizers/overlay";
import {
  applyPreset,
  bookPreset,
  computeExplorer,
  FALLBACK_HYPERS,
  initialSettings,
  parseExplorerConfig,
  startingHypers,
  switchForm,
} from "../shared/optimizers/explorer-model";
import { captionText, statusText } from "../shared/optimizers/explorer-view";
import { explorerSchema, settingsFromUrl, settingsToUrl } from "../shared/optimizers/explorer-url";
import { parseUrlState, serializeUrlState } from "../../../src/widgets/url-state";

const hypersFor = (h: Partial<Hypers>): Hypers => ({ ...FALLBACK_HYPERS, lr: 0.1, ...h });

describe("stepFormula: the numbers shown arrive at the core's point", () => {
  const cases: [Landscape, Partial<Hypers>][] = [
    [bookBowl, { lr: 0.3 }],
    [bookBowl, { lr: 0.1, weightDecay: 0.05 }],
    [rosenbrock, { lr: 0.001 }],
    [tiltedBowl, { lr: 0.2, momentum: 0.5 }],
  ];
  for (const name of OPTIMIZER_NAMES) {
    for (const form of ["pytorch", "book"] as const) {
      it(`${name}, ${form} form`, () => {
        for (const [landscape, h] of cases) {
          const hypers = { ...startingHypers(name, form), ...h };
          const run = runOptimizer(landscape, OPTIMIZERS[name].ctor, coreOptions(name, form, hypers), { steps: 12 });
          expect(run.diverged).toBe(false);
          for (let k = 1; k < run.points.length; k++) {
            const { tex, result } = stepFormula({
              name,
              form,
              hypers,
              landscape,
              points: run.points,
              states: run.states,
              k,
            });
            expect(result[0]).toBeCloseTo(run.points[k][0], 12);
            expect(result[1]).toBeCloseTo(run.points[k][1], 12);
            expect(tex).not.toMatch(/NaN|undefined/);
          }
        }
      });
    }
  }

  /** The formula of SGD's step k (PyTorch form) on the book's bowl. */
  const sgdStep = (run: ReturnType<typeof runOptimizer>, hypers: Parameters<typeof hypersFor>[0], k: number) =>
    stepFormula({
      name: "SGD",
      form: "pytorch",
      hypers: hypersFor(hypers),
      landscape: bookBowl,
      points: run.points,
      states: run.states,
      k,
    });

  it("shows the book's first SGD step of 図6-3 with its numbers", () => {
    const run = runOptimizer(bookBowl, SGD, { lr: 0.95 });
    const f = sgdStep(run, { lr: 0.95 }, 1);
    expect(f.tex).toContain(
      "&= \\begin{pmatrix}-7\\\\2\\end{pmatrix} - 0.95\\,\\begin{pmatrix}-0.7\\\\4\\end{pmatrix} = \\begin{pmatrix}-6.335\\\\-1.8\\end{pmatrix}",
    );
    expect(f.tex).toContain("W_{1} &= W_{0}");
  });

  it("writes the weight-decay term only when λ > 0, and refuses step 0", () => {
    const run = runOptimizer(bookBowl, SGD, { lr: 0.1, weightDecay: 0.1 }, { steps: 2 });
    const f = sgdStep(run, { weightDecay: 0.1 }, 1);
    expect(f.tex).toContain("\\lambda W_{0}");
    expect(() => sgdStep(run, {}, 0)).toThrow(/k must be a step from 1 to 2/);
  });

  it("has a symbolic rule for every optimizer and form, and formats numbers for TeX", () => {
    for (const name of OPTIMIZER_NAMES)
      for (const form of ["pytorch", "book"] as const) expect(ruleTex(name, form)).toMatch(/^\\begin\{aligned\}.*W_k/);
    expect(ruleTex("Momentum", "book")).toContain("\\alpha v_{k-1} - \\eta");
    expect(texNumber(-6.33499)).toBe("-6.335");
    expect(texNumber(1e-7)).toBe("1\\times10^{-7}");
    expect(texNumber(123456)).toBe("1.23\\times10^{5}");
  });
});

describe("runStatus", () => {
  it("SGD η = 0.95 (図6-3) still oscillates along y after 30 steps and converges from step 43", () => {
    const r30 = runOptimizer(bookBowl, SGD, { lr: 0.95 });
    expect(runStatus(bookBowl, r30)).toEqual({ kind: "oscillating", axis: "y" });
    const r100 = runOptimizer(bookBowl, SGD, { lr: 0.95 }, { steps: 100 });
    expect(runStatus(bookBowl, r100)).toMatchObject({
      kind: "converged",
      from: 43,
      target: { kind: "global minimum" },
    });
  });

  it("says where a run diverged (SGD η = 1.05: y is multiplied by −1.1 each step)", () => {
    const run = runOptimizer(bookBowl, SGD, { lr: 1.05 }, { steps: 500 });
    const status = runStatus(bookBowl, run);
    expect(status).toEqual({ kind: "diverged", step: run.points.length });
    expect(status.kind === "diverged" && status.step).toBe(51);
  });

  it("AdaGrad with η = 0.1 stalls far from the minimum over 500 steps", () => {
    const run = runOptimizer(bookBowl, AdaGrad, { lr: 0.1 }, { steps: 500 });
    expect(runStatus(bookBowl, run)).toMatchObject({ kind: "stalled" });
    expect(run.points[500][0]).toBeLessThan(-3);
  });

  it("names the local minimum on the two wells, and only moves on the saddle", () => {
    const sgd = runOptimizer(twoWells, SGD, { lr: 0.5 }, { steps: 300 });
    expect(runStatus(twoWells, sgd)).toMatchObject({ kind: "converged", target: { kind: "local minimum" } });
    expect(runStatus(saddle, runOptimizer(saddle, SGD, { lr: 0.01 }, { steps: 30 })).kind).toBe("moving");
  });

  it("helpers: the first step from which f stays below the tolerance; an alternating axis", () => {
    expect(firstStepBelow([5, 0.1, 0.0001, 0.002, 0.0005], 0)).toBe(4);
    expect(firstStepBelow([5, 1], 0)).toBe(-1);
    expect(
      oscillatingAxis([
        [0, 1],
        [0.1, -1],
        [0.2, 1],
        [0.3, -1],
        [0.4, 1],
      ]),
    ).toBe("y");
    expect(
      oscillatingAxis([
        [0, 1],
        [0.1, 0.9],
        [0.2, 0.8],
        [0.3, 0.7],
        [0.4, 0.6],
      ]),
    ).toBeUndefined();
  });
});

describe("overlayAt", () => {
  it("draws Momentum's velocity as the displacement it carries, the same in both forms", () => {
    const h = hypersFor({ lr: 0.1 });
    const torch = runOptimizer(bookBowl, Momentum, { lr: 0.1 }, { steps: 3 });
    const book = runOptimizer(bookBowl, Momentum, { lr: 0.1, form: "book" }, { steps: 3 });
    const a = overlayAt("Momentum", "pytorch", h, bookBowl, torch.states, 3).arrows[0].vector;
    const b = overlayAt("Momentum", "book", h, bookBowl, book.states, 3).arrows[0].vector;
    expect(a[0]).toBeCloseTo(b[0], 12);
    expect(a[1]).toBeCloseTo(b[1], 12);
    // Momentum's step is exactly its velocity: the arrow at step 3 is W₃ − W₂.
    expect(b[0]).toBeCloseTo(book.points[3][0] - book.points[2][0], 12);
    expect(
      overlayAt("Nesterov", "pytorch", h, bookBowl, runOptimizer(bookBowl, Nesterov, { lr: 0.1 }).states, 0).arrows,
    ).toEqual([]);
  });

  it("draws AdaGrad's step sizes as an ellipse wider along x, shrinking as h grows", () => {
    const run = runOptimizer(bookBowl, AdaGrad, { lr: 1.5 }, { steps: 30 });
    const h = hypersFor({ lr: 1.5, eps: 1e-10 });
    const first = overlayAt("AdaGrad", "pytorch", h, bookBowl, run.states, 1).ellipse!;
    const later = overlayAt("AdaGrad", "pytorch", h, bookBowl, run.states, 10).ellipse!;
    expect(first[0]).toBeCloseTo(2, 10); // a tenth of the 20-wide view for the larger axis at step 1
    expect(first[0] / first[1]).toBeCloseTo(4 / 0.7, 6); // η/|g| per axis: 1.5/0.7 vs 1.5/4
    expect(later[0]).toBeLessThan(first[0]);
    expect(later[1]).toBeLessThan(first[1]);
  });
});

describe("settings, presets and the URL", () => {
  it("starts from the book's settings for the optimizer, with the core's defaults for the rest", () => {
    const s = initialSettings(parseExplorerConfig({ optimizer: "AdaGrad" }));
    expect(s).toMatchObject({
      optimizer: "AdaGrad",
      landscape: "book",
      form: "pytorch",
      lr: 1.5,
      eps: 1e-10,
      steps: 30,
      x0: -7,
      y0: 2,
    });
    expect(coreDefaults("AdaGrad", "book").eps).toBe(1e-7);
    expect(
      initialSettings(parseExplorerConfig({ optimizer: "SGD", options: { lr: 0.3 }, start: [1, 1] })),
    ).toMatchObject({ lr: 0.3, x0: 1, y0: 1 });
  });

  it("names bad props", () => {
    expect(() => parseExplorerConfig({ optimizer: "Adamax" })).toThrow(/optimizer must be one of SGD, Momentum/);
    expect(() => parseExplorerConfig({ landscape: "moon" })).toThrow(/unknown landscape "moon"/);
    expect(() => parseExplorerConfig({ options: { learningRate: 1 } })).toThrow(
      /unknown hyperparameter "learningRate"/,
    );
    expect(() => parseExplorerConfig({ steps: 0 })).toThrow(/steps must be a whole number from 1 to 500/);
    expect(() => parseExplorerConfig({ presets: [{ label: "" }] })).toThrow(/needs a label/);
  });

  it("the book preset loads the script's rates, form and start; switching form moves ε only if untouched", () => {
    const base = initialSettings(parseExplorerConfig({ optimizer: "Momentum", options: { lr: 0.02 }, start: [3, 3] }));
    const book = applyPreset(base, bookPreset("Momentum"));
    expect(book).toMatchObject({ lr: 0.1, momentum: 0.9, form: "book", x0: -7, y0: 2, steps: 30 });
    expect(bookPreset("SGD").options!.lr).toBe(0.95);
    expect(bookPreset("AdaGrad").options).toMatchObject({ lr: 1.5, eps: 1e-7 });
    expect(bookPreset("Adam").options!.lr).toBe(0.3);
    expect(bookPreset("RMSProp").fromBook).toBe(false);
    const ada = initialSettings(parseExplorerConfig({ optimizer: "AdaGrad" }));
    expect(switchForm(ada, "book").eps).toBe(1e-7);
    expect(switchForm({ ...ada, eps: 1e-3 }, "book").eps).toBe(1e-3);
  });

  it("round-trips through the URL, writing only what differs from the start", () => {
    const config = parseExplorerConfig({ optimizer: "Nesterov", optimizers: ["Nesterov", "Momentum"] });
    const start = initialSettings(config);
    const schema = explorerSchema(config, start);
    expect(serializeUrlState("", "nag", schema, settingsToUrl(start))).toBe("");
    const changed = { ...start, lr: 0.05, form: "book" as const, x0: 4, otherForm: true };
    const search = serializeUrlState("", "nag", schema, settingsToUrl(changed));
    expect(search).toBe("?w.nag.form=book&w.nag.lr=0.05&w.nag.x=4&w.nag.other=1");
    expect(settingsFromUrl(parseUrlState(search, "nag", schema).values)).toEqual(changed);
    expect(parseUrlState("?w.nag.lr=-1", "nag", schema).problems[0].key).toBe("lr");
  });

  it("labels: η exactly, and the book's α for Momentum", () => {
    expect(hyperLabel("SGD", "pytorch", "lr")).toBe("opt.hyper.lr");
    expect(hyperLabel("Momentum", "book", "momentum")).toBe("opt.hyper.momentum.book");
    expect(hyperLabel("Nesterov", "book", "momentum")).toBe("opt.hyper.momentum");
  });
});

describe("computeExplorer and its words", () => {
  it("recomputes the run with ghosts, and the caption gives start, steps, end and f", () => {
    const s = { ...initialSettings(parseExplorerConfig({ optimizer: "Nesterov" })), compareSgd: true, otherForm: true };
    const r = computeExplorer(s);
    expect(r.run.points).toHaveLength(31);
    expect(r.ghosts.map((g) => g.kind)).toEqual(["sgd", "form"]);
    expect(r.ghosts[0].run.points[1]).toEqual(runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 1 }).points[1]);
    // The other form: the book's Nesterov, whose first step is (1 + μ + μ²)·η·∇.
    expect(r.ghosts[1].run.points[1][1]).toBeCloseTo(2 - 2.71 * 0.1 * 4, 12);
    const caption = captionText(r, 30);
    expect(caption).toContain(
      "Nesterov (PyTorch form) with η = 0.10, μ = 0.90 on the book's bowl x²/20 + y²: 30 steps from (−7, 2) to (0.69",
    );
    expect(caption).toContain("SGD with the same η ends at");
    expect(captionText(r, 5)).toContain("Showing step 5:");
  });

  it("says diverged at step N in the status line", () => {
    const s = { ...initialSettings(parseExplorerConfig({ optimizer: "SGD", options: { lr: 1.05 } })), steps: 500 };
    expect(statusText(computeExplorer(s))).toEqual({ message: "Diverged at step 51.", tone: "error" });
  });
});

describe("breakAfterSymbols", () => {
  it("puts the numbers of a long line on their own line, ignoring = inside parentheses", async () => {
    const { breakAfterSymbols } = await import("../shared/optimizers/formula");
    expect(breakAfterSymbols("W_{1} &= W_{0} - \\eta\\,\\nabla = A = B")).toEqual([
      "W_{1} &= W_{0} - \\eta\\,\\nabla",
      "&= A = B",
    ]);
    expect(breakAfterSymbols("r &= A \\quad (\\varepsilon = 1)")).toEqual(["r &= A \\quad (\\varepsilon = 1)"]);
    expect(breakAfterSymbols("no alignment = here")).toEqual(["no alignment = here"]);
  });
});

describe("runStatus: stalled is AdaGrad's shrinking step size, not SGD slowing down", () => {
  it("SGD η = 0.5 from (4, −3) is still moving after 30 steps, not stalled", () => {
    expect(runStatus(bookBowl, runOptimizer(bookBowl, SGD, { lr: 0.5 }, { start: [4, -3], steps: 30 })).kind).toBe(
      "moving",
    );
    expect(runStatus(bookBowl, runOptimizer(bookBowl, SGD, { lr: 0.01 }, { steps: 500 })).kind).toBe("moving");
  });
});

describe("formatHyper (captions of decay rates)", () => {
  it("keeps the short form unless it would round the value away", async () => {
    const { initialSettings, parseExplorerConfig } = await import("../shared/optimizers/explorer-model");
    const { formatHyper, hyperSummary } = await import("../shared/optimizers/explorer-view");
    expect(formatHyper(0.9)).toBe("0.90");
    expect(formatHyper(0.999)).toBe("0.999");
    expect(hyperSummary(initialSettings(parseExplorerConfig({ optimizer: "Adam" })))).toContain("β₂ = 0.999");
  });
});

describe("drawablePoints", () => {
  it("cuts a diverging path where it leaves the far box, keeping the last segment's direction", async () => {
    const { drawablePoints } = await import("../shared/optimizers/explorer-view");
    expect(
      drawablePoints(
        [
          [0, 0],
          [1, 1],
          [1, 1e9],
          [2, 2],
        ],
        bookBowl,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
      [1, 50],
    ]);
    expect(
      drawablePoints(
        [
          [-7, 2],
          [-6, 1],
        ],
        bookBowl,
      ),
    ).toEqual([
      [-7, 2],
      [-6, 1],
    ]);
    const diverged = runOptimizer(bookBowl, SGD, { lr: 1.5 }).points;
    const drawn = drawablePoints(diverged, bookBowl);
    expect(drawn.length).toBeLessThan(diverged.length);
    expect(drawn.flat().every((v) => Math.abs(v) <= 50)).toBe(true);
  });
});

describe("the status says what the reader cannot see", () => {
  it("Adam at η = 10, β₂ = 0, ε = 1e-12 flies out of the bowl: diverged, not “still moving”", () => {
    const s = { ...initialSettings(parseExplorerConfig({ optimizer: "Adam" })), lr: 10, beta2: 0, eps: 1e-12 };
    // 30 steps (the default): f climbs from 6.45 to 24521, short of the one divergence rule.
    const short = computeExplorer(s);
    expect(short.status).toEqual({ kind: "rising" });
    expect(statusText(short)).toEqual({
      message: "Moving away from the minimum: f rose from 6.45 to 24521 in 30 steps. More steps, and it diverges.",
      tone: "warning",
    });
    // 100 steps: past 10⁴ × its start, the core's rule stops it.
    const r = computeExplorer({ ...s, steps: 100 });
    expect(r.run.diverged).toBe(true);
    expect(Math.max(...r.run.losses)).toBeGreaterThan(3e4);
    expect(r.status).toEqual({ kind: "diverged", step: 61 });
    expect(statusText(r)).toEqual({ message: "Diverged at step 61.", tone: "error" });
  });
  it("a start far outside the chart says so in the status line, not only in the caption", () => {
    const s = { ...initialSettings(parseExplorerConfig({ optimizer: "SGD" })), x0: 10000, y0: -10000 };
    const st = statusText(computeExplorer(s));
    expect(st.tone).toBe("warning");
    expect(st.message).toContain(
      "None of this path is inside the chart (x from −10 to 10, y from −10 to 10), so none of it is drawn",
    );
  });
  it("one step is “1 step”", () => {
    const s = { ...initialSettings(parseExplorerConfig({ optimizer: "SGD" })), steps: 1 };
    expect(statusText(computeExplorer(s)).message).toMatch(/after 1 step\.$/);
    expect(captionText(computeExplorer(s), 1)).toContain(": 1 step from (−7, 2)");
  });
});
