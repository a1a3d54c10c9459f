// Every number the Momentum chapter states, computed with the calls the widget and cells
// use, and checked to appear in the prose as written, in English and in Japanese.
import { describe, expect, it } from "vitest";
import { bookBowl, twoWells, runOptimizer, Momentum, SGD } from "kobai";
import { firstStepBelow, runStatus } from "../../../components/widgets/shared/optimizers/run-status";
import { runLessonCells, runPageCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { expectYourTurn } from "../../../src/notebook/cell-testing/optimizer-chapters";
import { spotTheMistake } from "./spot-mistake";

const said = statedIn("momentum");
const momentum = (options: Record<string, unknown>, steps = 30, landscape = bookBowl) =>
  runOptimizer(landscape, Momentum, { lr: 0.1, ...options }, { steps });
const stepsBelow = (options: Record<string, unknown>, steps = 2000) =>
  firstStepBelow(momentum(options, steps).losses, 0);

describe("momentum chapter: claims", () => {
  it("kobai's default momentum is the book's 0.9 (torch.optim.SGD's is 0)", () => {
    expect(momentum({}).points).toEqual(momentum({ momentum: 0.9 }).points);
    expect(momentum({}).points).not.toEqual(momentum({ momentum: 0.8 }).points);
    said(
      "0.9 by default in the book and in kobai; `torch.optim.SGD`\ndefaults to `momentum=0`",
      "本書でも kobai でも既定値は 0.9 です。`torch.optim.SGD` の既定値は `momentum=0` なので",
    );
  });

  it("the book's form and PyTorch's take the same 30 steps (gap below 1e-15); book v = −η·torch v", () => {
    const torch = momentum({}),
      book = momentum({ form: "book" });
    const gap = Math.max(
      ...torch.points.flatMap((p, k) => [Math.abs(p[0] - book.points[k][0]), Math.abs(p[1] - book.points[k][1])]),
    );
    expect(gap).toBeLessThan(1e-15);
    said(
      "The tests measure the largest gap over 30 steps: below $10^{-15}$",
      "テストでは 30 回の更新での最大の差を測っています。差は $10^{-15}$ 未満で、丸め誤差にすぎません。",
    );
    for (let k = 0; k <= 30; k++) {
      expect(book.states[k].velocity[0]).toBeCloseTo(-0.1 * torch.states[k].velocity[0], 12);
      expect(book.states[k].velocity[1]).toBeCloseTo(-0.1 * torch.states[k].velocity[1], 12);
    }
    said("the book's is $-0.1$ times PyTorch's", "本書の速度は PyTorch の $-0.1$ 倍です");
  });

  it("halving η after 10 steps splits the forms: about 1.03 apart after 20 steps", async () => {
    const [out] = await runLessonCells("momentum", "cell-schedule.ts");
    const distance = out.items.find((i) => i.kind === "text" && i.text.includes("distance"));
    expect(distance).toBeDefined();
    expect(JSON.stringify(distance)).toMatch(/1\.02[5-9]/);
    said("they are about 1.03 apart", "20 回の更新の後には、2つは約 1.03 離れています。");
  });

  it("first step (−6.93, 1.6) = SGD's; second (−6.7977, 0.92) (exercise 1)", () => {
    const r = momentum({}, 2);
    expect(r.points[1][0]).toBeCloseTo(-6.93, 12);
    expect(r.points[1][1]).toBeCloseTo(1.6, 12);
    expect(runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 1 }).points[1]).toEqual(r.points[1]);
    said("$(-6.93, 1.6)$", "最初の更新は SGD と同じ $(-6.93, 1.6)$ です。");
    expect(r.points[2][0]).toBeCloseTo(-6.7977, 12);
    expect(r.points[2][1]).toBeCloseTo(0.92, 12);
    expect(r.states[2].velocity[0]).toBeCloseTo(-1.323, 12);
    expect(r.states[2].velocity[1]).toBeCloseTo(6.8, 12);
    expect([r.points[2][0] - r.points[1][0], r.points[2][1] - r.points[1][1]].map((v) => v.toFixed(4))).toEqual([
      "0.1323",
      "-0.6800",
    ]);
    said(
      "$v_2 = 0.9(-0.7, 4) + (-0.693, 3.2) = (-1.323, 6.8)$ and $W_2 = (-6.93, 1.6) - 0.1(-1.323, 6.8) = (-6.7977, 0.92)$",
      "$v_2 = 0.9(-0.7, 4) + (-0.693, 3.2) = (-1.323, 6.8)$ です。 したがって $W_2 = (-6.93, 1.6) - 0.1(-1.323, 6.8) = (-6.7977, 0.92)$ となります。",
    );
    said(
      "The book's $v_2 = -0.1\\,v_2 = (0.1323, -0.68)$: exactly $W_2 - W_1$",
      "$v_2 = -0.1\\,v_2 = (0.1323, -0.68)$ で、ちょうど $W_2 - W_1$ に等しくなります。",
    );
  });

  it("after 30 steps: Momentum (0.90, 0.088), f = 0.048; SGD (−5.18, 0.0025), f = 1.34; 83 vs 389 steps", () => {
    const m = momentum({});
    expect(m.points[30][0].toFixed(2)).toBe("0.90");
    expect(m.points[30][1].toFixed(3)).toBe("0.088");
    expect(m.losses[30].toFixed(3)).toBe("0.048");
    said("$(0.90, 0.088)$, $f = 0.048$", "30 回の更新の後、Momentum は $(0.90, 0.088)$、$f = 0.048$ にいます。");
    const s = runOptimizer(bookBowl, SGD, { lr: 0.1 });
    expect(s.points[30][0].toFixed(2)).toBe("-5.18");
    expect(s.points[30][1].toFixed(4)).toBe("0.0025");
    expect(s.losses[30].toFixed(2)).toBe("1.34");
    said("$(-5.18, 0.0025)$, $f = 1.34$", "まだ $(-5.18, 0.0025)$、$f = 1.34$ までしか来ていません。");
    expect(firstStepBelow(momentum({}, 1000).losses, 0)).toBe(83);
    expect(firstStepBelow(runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 1000 }).losses, 0)).toBe(389);
    said(
      "Momentum needs 83 steps, SGD with this $\\eta$ needs 389",
      "Momentum は 83 回、この $\\eta$ の SGD は 389 回の更新が必要です。",
    );
  });

  it("overshoot: x passes 0 at step 24 and is still growing at step 30", () => {
    const xs = momentum({}).points.map((p) => p[0]);
    expect(xs.findIndex((x) => x > 0)).toBe(24);
    expect(Math.max(...xs)).toBe(xs[30]);
    expect(xs[30].toFixed(2)).toBe("0.90");
    said("Look at the path after step 24", "24 回目の更新の後の経路を見てください。");
    said(
      "after 30 steps it is at $x = 0.90$, on the far side, still moving away",
      "30 回の更新の後には $x = 0.90$ と反対側にいて、まだ遠ざかっています。",
    );
  });

  it("μ sweep with η = 0.1: 0.5 → 191, 0.9 → 83, 0.95 → 167, 0.81 → 55 steps to f < 0.001", () => {
    expect([0.5, 0.9, 0.95, 0.81].map((mu) => stepsBelow({ momentum: mu }))).toEqual([191, 83, 167, 55]);
    said(
      "$\\mu = 0.9$ reaches $f < 0.001$ in 83 steps, but $\\mu = 0.95$ needs 167",
      "$\\mu = 0.9$ なら 83 回で $f < 0.001$ に届きますが、$\\mu = 0.95$ では 167 回かかります。",
    );
    said("With $\\mu = 0.5$ it takes 191 steps", "$\\mu = 0.5$ では 191 回かかります。");
  });

  it("Polyak's heavy ball η ≈ 1.34, μ ≈ 0.40 stays below f < 0.001 from step 17 (exercise 2)", () => {
    const L = 2,
      m = 0.1;
    const eta = 4 / (Math.sqrt(L) + Math.sqrt(m)) ** 2;
    const mu = ((Math.sqrt(L) - Math.sqrt(m)) / (Math.sqrt(L) + Math.sqrt(m))) ** 2;
    expect(eta.toFixed(2)).toBe("1.34");
    expect(mu.toFixed(2)).toBe("0.40");
    expect(firstStepBelow(momentum({ lr: eta, momentum: mu }, 100).losses, 0)).toBe(17);
    said(
      "$\\eta \\approx 1.34$ and $\\mu \\approx 0.40$: it stays below $f < 0.001$ from step 17 on",
      "$\\eta \\approx 1.34$、$\\mu \\approx 0.40$ です。17 回目の更新から後は、ずっと $f < 0.001$ を保ちます。",
    );
  });

  it("steady slope: steps 0.1, 0.19, 0.271 … step 100 = 0.99997", async () => {
    const [out] = await runLessonCells("momentum", "cell-steady-slope.ts");
    const text = JSON.stringify(out.items);
    expect(text).toMatch(/0\.19/);
    expect(text).toMatch(/0\.271/);
    expect(text).toMatch(/0\.99997/);
    said(
      "the steps are 0.1, 0.19, 0.271, … and step 100 is 0.99997",
      "更新幅は 0.1, 0.19, 0.271, … と増え、100 回目は 0.99997 になります。",
    );
  });

  it("two wells: Momentum (η 0.05, μ 0.95) reaches the global minimum; SGD with the same η the local one", () => {
    const m = momentum({ lr: 0.05, momentum: 0.95 }, 300, twoWells);
    expect(runStatus(twoWells, m)).toMatchObject({ kind: "converged", target: { kind: "global minimum" } });
    const s = runOptimizer(twoWells, SGD, { lr: 0.05 }, { steps: 300 });
    const local = twoWells.criticalPoints[1].point;
    expect(Math.hypot(s.points[300][0] - local[0], s.points[300][1] - local[1])).toBeLessThan(0.1);
  });

  it("μ = 0 is SGD exactly (the Predict)", () => {
    expect(momentum({ momentum: 0 }).points).toEqual(runOptimizer(bookBowl, SGD, { lr: 0.1 }).points);
    said("the two paths coincide exactly", "2本の経路はぴったり重なり");
  });
});

describe("momentum chapter: cells (run in page order, one notebook)", () => {
  it("all cells run; your turn fails at step 2 with SGD's step and passes with the solution", async () => {
    const { "cell-your-turn.ts": start } = await runPageCells("momentum");
    await expectYourTurn(start, "momentum", { failsAt: "step 2, x", optimizer: "Momentum" });
  });
});

describe("momentum chapter: spot the mistake (w ← γw − η∇)", () => {
  const spot = spotTheMistake();
  const shifted = (p: readonly number[]) => (p[0] - 6) ** 2 / 20 + (p[1] - 2) ** 2;
  it("on the book's bowl the one-line rule reaches f < 0.001 in 34 steps, Momentum in 83", () => {
    const f = (p: readonly number[]) => p[0] ** 2 / 20 + p[1] ** 2;
    expect(spot.onBookBowl.wrong.findIndex((p) => f(p) < 1e-3)).toBe(34);
    expect(spot.onBookBowl.wrong.slice(34).every((p) => f(p) < 1e-3)).toBe(true);
    expect(firstStepBelow(spot.onBookBowl.right.losses, 0)).toBe(83);
    said(
      "it\nreaches $f < 0.001$ in 34 steps, where Momentum needs 83",
      "34 回で $f < 0.001$ に届きます。Momentum では 83 回かかるところです。",
    );
  });

  it("on the bowl moved to (6, 2) it stops at (0.545, 1.333), f = 1.93: SGD with weight decay λ = 1", () => {
    expect(spot.right.points[200].map((v) => v.toFixed(2))).toEqual(["6.00", "2.00"]);
    expect(spot.wrong[200].map((v) => v.toFixed(3))).toEqual(["0.545", "1.333"]);
    expect(shifted(spot.wrong[200]).toFixed(2)).toBe("1.93");
    expect(spot.lambda).toBeCloseTo(1, 12);
    const gap = Math.max(
      ...spot.wrong.flatMap((p, k) => [
        Math.abs(p[0] - spot.asWeightDecay.points[k][0]),
        Math.abs(p[1] - spot.asWeightDecay.points[k][1]),
      ]),
    );
    expect(gap).toBeLessThanOrEqual(2.3e-16);
    expect(spot.penalised.map((v) => v.toFixed(3))).toEqual(["0.545", "1.333"]);
    said(
      "Momentum ends at (6.00, 2.00); w ← γw − η∇ stops at (0.545, 1.333) with f = 1.93",
      "Momentum は (6.00, 2.00) で終わり、w ← γw − η∇ は (0.545, 1.333)、f = 1.93 で止まります。",
    );
    said(
      "the one-line rule stops at $(0.545, 1.333)$ with $f = 1.93$",
      "1行の式は $(0.545, 1.333)$、$f = 1.93$ で止まり、そこから動きません。",
    );
    said(
      "$\\lambda = (1 - \\gamma)/\\eta = 1$: kobai's `SGD({ lr: 0.1, weightDecay: 1 })`",
      "$\\lambda = (1 - \\gamma)/\\eta = 1$ を付けたただの SGD です。",
    );
    said("takes the same\nsteps to within $2.2 \\times 10^{-16}$", "$2.2 \\times 10^{-16}$ 以内で同じ更新をします。");
    // γ = 0.9 pulls the weights 10 % of the way toward 0 at every step.
    expect(Math.round(100 * (1 - 0.9))).toBe(10);
    said("Every step pulls the weights 10 % of the way toward 0", "どの更新も重みを 0 のほうへ 10 % 引き寄せます。");
  });

  it("the cell prints the same three end points (run in page order, one notebook)", async () => {
    const { "cell-spot-mistake.ts": out } = await runPageCells("momentum");
    const tables = Object.fromEntries(
      out.items.flatMap((i) => (i.kind === "table" ? [[i.table.label, i.table.rows[0]]] : [])),
    );
    expect(tables["Momentum after 200 steps"]).toEqual(["6.00003", "2.00005"]);
    expect(tables["w ← γw − η∇ after 200 steps"]).toEqual(["0.545455", "1.33333"]);
    expect(tables["SGD with weightDecay (1 − γ)/η after 200 steps"]).toEqual(["0.545455", "1.33333"]);
  });
});

describe("momentum chapter: per direction of the bowl (83, 167, 191 steps)", () => {
  /** The size of the larger root of r² − (1 + μ − ηλ)r + μ = 0: the per-step shrink along one direction. */
  const radius = (mu: number, etaLambda: number) => {
    const b = 1 + mu - etaLambda,
      d = b * b - 4 * mu;
    return d < 0 ? Math.sqrt(mu) : (Math.abs(b) + Math.sqrt(d)) / 2;
  };
  it("μ = 0.9: 0.949 both ways; 0.95: 0.975; 0.5: y 0.707, x overdamped 0.980; μ = 0.81: 0.9, 55 steps", () => {
    expect([radius(0.9, 0.01), radius(0.9, 0.2)].map((r) => r.toFixed(3))).toEqual(["0.949", "0.949"]);
    expect([radius(0.95, 0.01), radius(0.95, 0.2)].map((r) => r.toFixed(3))).toEqual(["0.975", "0.975"]);
    expect([radius(0.5, 0.01), radius(0.5, 0.2)].map((r) => r.toFixed(3))).toEqual(["0.980", "0.707"]);
    expect((1 + 0.5 - 0.01) ** 2 - 4 * 0.5).toBeGreaterThan(0); // x is overdamped at μ = 0.5
    expect(((1 - Math.sqrt(0.01)) ** 2).toFixed(2)).toBe("0.81");
    expect(radius(0.81, 0.01)).toBeCloseTo(0.9, 6);
    expect(radius(0.81, 0.2)).toBeCloseTo(0.9, 12);
    // The core's runs shrink x at those rates (the envelope of |x| from step 200 to step 300).
    for (const mu of [0.5, 0.9, 0.95]) {
      const r = momentum({ momentum: mu }, 600);
      const envelope = (a: number) => Math.max(...r.points.slice(a, a + 20).map((p) => Math.abs(p[0])));
      expect((envelope(300) / envelope(200)) ** (1 / 100)).toBeCloseTo(radius(mu, 0.01), 2);
    }
    expect(firstStepBelow(momentum({ momentum: 0.81 }, 500).losses, 0)).toBe(55);
    said(
      "with $\\eta\\lambda = 0.01$ along $x$ and $0.2$ along $y$",
      "ここで $\\eta\\lambda$ は $x$ 方向で $0.01$、$y$ 方向で $0.2$ です。",
    );
    said("both of size $\\sqrt{\\mu} = 0.949$", "大きさはどちらも $\\sqrt{\\mu} = 0.949$ です。");
    said(
      "With $\\mu = 0.95$ both shrink by only $0.975$ per step",
      "どちらの方向も1回あたり $0.975$ 倍にしか縮みません。",
    );
    said(
      "$y$ shrinks fast ($0.707$), but $x$ is overdamped: no swing, a crawl\nat $0.980$ per step",
      "$y$ は速く縮みます($0.707$)。しかし $x$ は過減衰で、揺れはないものの、1回あたり $0.980$ 倍で",
    );
    said(
      "$\\mu = (1 - \\sqrt{0.01})^2 = 0.81$, where both roots are $0.9$: it needs 55 steps",
      "$\\mu = (1 - \\sqrt{0.01})^2 = 0.81$ です。",
    );
    said(
      "where both roots are $0.9$: it needs 55 steps",
      "ここでは根はどちらも $0.9$ になり、必要な更新は 55 回です。",
    );
  });
});
