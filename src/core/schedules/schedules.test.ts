// Schedules and gradient clipping against torch (float64, relative error ≤ 1e-9), and their
// option errors.
import { describe, expect, it } from "vitest";
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";
import { SGD } from "../optim/sgd";
import { Momentum } from "../optim/momentum";
import { Adam } from "../optim/adam";
import type { Optimizer } from "../optim/optimizer";
import { clipGradNorm } from "../gradient/clip-grad-norm";
import { expectClose, loadFixture } from "../testing/fixtures";
import { CosineAnnealingLR, LinearLR, StepLR, type LRScheduler } from "./index";

interface Fixture {
  schedules: { scheduler: string; options: Record<string, number>; lr: number; steps: number; lrs: number[] }[];
  trajectories: {
    optimizer: string;
    options: Record<string, number>;
    scheduler: string;
    schedulerOptions: Record<string, number>;
    steps: number;
    xy: number[][];
  }[];
  clip: {
    grads: number[][][];
    cases: { maxNorm: number; normType: number | "inf"; total: number; clipped: number[][][] }[];
  };
}
const fixture = loadFixture<Fixture>("schedules");

function make(name: string, opt: Optimizer, options: Record<string, number>): LRScheduler {
  if (name === "StepLR") return new StepLR(opt, options as { stepSize: number });
  if (name === "CosineAnnealingLR") return new CosineAnnealingLR(opt, options as { tMax: number });
  if (name === "LinearLR") return new LinearLR(opt, options);
  throw new Error(name);
}

describe("learning-rate schedules equal torch.optim.lr_scheduler", () => {
  for (const c of fixture.schedules) {
    it(`${c.scheduler} ${JSON.stringify(c.options)} from lr ${c.lr}, ${c.steps} steps`, () => {
      const w = new Parameter(Tensor.zeros(1, 1), "w");
      const opt = new SGD([w], { lr: c.lr });
      const sched = make(c.scheduler, opt, c.options);
      const lrs = [opt.lr];
      for (let i = 0; i < c.steps; i++) {
        opt.step();
        sched.step();
        lrs.push(opt.lr);
      }
      expectClose(lrs, c.lrs, 1e-9, "lr after each step");
      expect(sched.lastLr).toBe(opt.lr);
      expect(sched.lastEpoch).toBe(c.steps);
    });
  }

  for (const c of fixture.trajectories) {
    it(`${c.optimizer} with ${c.scheduler} on the book's bowl: the whole path`, () => {
      const xy = new Parameter(Tensor.from([-7, 2]), "xy");
      const opt = c.optimizer === "Adam" ? new Adam([xy], c.options) : new Momentum([xy], c.options);
      const sched = make(c.scheduler, opt, c.schedulerOptions);
      const path: number[][] = [];
      for (let i = 0; i < c.steps; i++) {
        const [x, y] = xy.value.data;
        xy.grad = Tensor.from([x / 10, 2 * y]);
        opt.step();
        sched.step();
        path.push([...xy.value.data]);
      }
      expectClose(path, c.xy, 1e-9, "x, y after each step");
    });
  }

  it("StepLR's closed form: η₀·γ^⌊t/stepSize⌋", () => {
    const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.8 });
    const sched = new StepLR(opt, { stepSize: 3, gamma: 0.5 });
    for (let t = 1; t <= 9; t++) {
      sched.step();
      expect(opt.lr).toBeCloseTo(0.8 * 0.5 ** Math.floor(t / 3), 15);
    }
  });

  it("option errors name the scheduler and the option", () => {
    const opt = () => new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.1 });
    expect(() => new StepLR(opt(), {} as { stepSize: number })).toThrow(/StepLR: option "stepSize" is required/);
    expect(() => new StepLR(opt(), { stepSize: 0 })).toThrow(/StepLR: option "stepSize" must be an integer ≥ 1, got 0/);
    expect(() => new StepLR(opt(), { stepSize: 2, gamma: -1 })).toThrow(/StepLR: option "gamma"/);
    expect(() => new CosineAnnealingLR(opt(), { tMax: 2.5 })).toThrow(/CosineAnnealingLR: option "tMax"/);
    expect(() => new CosineAnnealingLR(opt(), { tMax: 5, etaMin: NaN })).toThrow(/option "etaMin"/);
    expect(() => new LinearLR(opt(), { startFactor: 0 })).toThrow(
      /LinearLR: option "startFactor" must be a number in \(0, 1\]/,
    );
    expect(() => new LinearLR(opt(), { endFactor: 1.5 })).toThrow(/option "endFactor"/);
    expect(() => new LinearLR(opt(), { warmup: 3 } as never)).toThrow(/LinearLR: unknown option "warmup"/);
    expect(() => new LinearLR(null as never)).toThrow(/needs an optimizer/);
  });
});

describe("clipGradNorm equals torch.nn.utils.clip_grad_norm_", () => {
  for (const c of fixture.clip.cases) {
    it(`maxNorm ${c.maxNorm}, normType ${c.normType}`, () => {
      const params = fixture.clip.grads.map((g, i) => {
        const p = new Parameter(Tensor.zeros(g.length, g[0].length), `p${i}`);
        p.grad = Tensor.from(g);
        return p;
      });
      const total = clipGradNorm(params, c.maxNorm, { normType: c.normType === "inf" ? Infinity : c.normType });
      expectClose(total, c.total, 1e-9, "norm before clipping");
      params.forEach((p, i) => expectClose(p.grad, c.clipped[i], 1e-9, `${p.name} after clipping`));
    });
  }

  it("keeps the direction and bounds the length", () => {
    const w = new Parameter(Tensor.zeros(1, 2), "w");
    w.grad = Tensor.from([[30, 40]]);
    expect(clipGradNorm([w], 5)).toBe(50);
    expect(Math.hypot(w.grad.get(0, 0), w.grad.get(0, 1))).toBeCloseTo(5, 6);
    expect(w.grad.get(0, 1) / w.grad.get(0, 0)).toBeCloseTo(4 / 3, 12);
  });

  it("bad arguments say what is wrong", () => {
    const w = new Parameter(Tensor.zeros(1, 1), "w");
    expect(() => clipGradNorm([w], -1)).toThrow(/maxNorm must be a finite number ≥ 0, got -1/);
    expect(() => clipGradNorm([w], 1, { normType: 0 })).toThrow(/option "normType"/);
    expect(() => clipGradNorm([w], 1, { p: 2 } as never)).toThrow(/unknown option "p"/);
    expect(() => clipGradNorm([1] as never, 1)).toThrow(/array of Parameters/);
  });
});
