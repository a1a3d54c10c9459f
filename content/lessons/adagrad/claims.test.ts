// Every number the AdaGrad chapter states, computed with the calls the widget and cells
// use, and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { bookBowl, tiltedBowl, runOptimizer, AdaGrad, SGD } from "kobai";
import { firstStepBelow, runStatus } from "../../../components/widgets/shared/optimizers/run-status";
import { runPageCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { chapterRuns, expectYourTurn, largestGap } from "../../../src/notebook/cell-testing/optimizer-chapters";
import { spotTheMistake } from "./spot-mistake";
import { sparseComparison, sparseData, trainSparse } from "./sparse-features";

const said = statedIn("adagrad");
const ada = chapterRuns(AdaGrad, { lr: 1.5 });

describe("adagrad chapter: claims", () => {
  it("first step: each coordinate moves by η, to (−5.5, 0.5)", () => {
    const p = ada({}, 1).points[1];
    expect(p[0]).toBeCloseTo(-5.5, 8);
    expect(p[1]).toBeCloseTo(0.5, 8);
    said("lands at $(-5.5, 0.5)$", "最初の更新で $(-5.5, 0.5)$ に着きます。");
  });

  it("step sizes 2.14 (x) and 0.375 (y) at step 1; y: 2 → 0.5 → 0.14 → 0.037 without changing sign", () => {
    const r = ada();
    expect(r.states[1].effectiveLr[0].toFixed(2)).toBe("2.14");
    expect(r.states[1].effectiveLr[1].toFixed(3)).toBe("0.375");
    said("$2.14$ for $x$ and $0.375$ for $y$", "1回目の更新での歩幅は、$x$ が $2.14$、$y$ が $0.375$ です。");
    expect(r.points.slice(0, 4).map((p) => Number(p[1].toPrecision(2)))).toEqual([2, 0.5, 0.14, 0.037]);
    expect(r.points.every((p) => p[1] >= 0)).toBe(true);
    said("$2 \\to 0.5 \\to 0.14 \\to 0.037$", "$y$ は符号を変えずに $2 \\to 0.5 \\to 0.14 \\to 0.037$ と進み");
  });

  it("after 30 steps: (−0.12, 0.0000), f = 0.00072, converged from step 29; SGD η = 1.5 diverges at step 7", () => {
    const r = ada();
    expect([r.points[30][0].toFixed(2), r.points[30][1].toFixed(4), r.losses[30].toFixed(5)]).toEqual([
      "-0.12",
      "0.0000",
      "0.00072",
    ]);
    expect(r.points[30][1].toFixed(2)).toBe("0.00");
    said("$(-0.12, 0.00)$ with $f = 0.00072$", "AdaGrad は $(-0.12, 0.00)$ にあり、$f = 0.00072$ です。");
    expect(runStatus(bookBowl, r)).toMatchObject({ kind: "converged", from: 29 });
    said("from step 29 on", "ステップ 29 以降は、ずっと $f < 0.001$ です。");
    expect(runStatus(bookBowl, runOptimizer(bookBowl, SGD, { lr: 1.5 }))).toEqual({ kind: "diverged", step: 7 });
    said("diverged at step 7", "キャプションには「ステップ 7 で発散しました」と出ます。");
  });

  it("η = 0.1 stalls: (−3.24, 0.016), f = 0.53 after 500 steps; SGD reached f < 0.001 at step 389", () => {
    const r = ada({ lr: 0.1 }, 500);
    expect([r.points[500][0].toFixed(2), r.points[500][1].toFixed(3), r.losses[500].toFixed(2)]).toEqual([
      "-3.24",
      "0.016",
      "0.53",
    ]);
    said("$(-3.24, 0.016)$ with $f = 0.53$", "AdaGrad はまだ $(-3.24, 0.016)$ にあり、$f = 0.53$ です。");
    expect(runStatus(bookBowl, r).kind).toBe("stalled");
    expect(firstStepBelow(runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 500 }).losses, 0)).toBe(389);
    said("at step 389", "ステップ 389 で $f < 0.001$ に届いていました。");
  });

  it("the forms (ε 1e-10 vs 1e-7, both outside the root) differ by at most 3.7e-7 over 30 steps", () => {
    const gap = largestGap(ada().points, ada({ form: "book" }).points);
    expect(gap).toBeLessThan(3.75e-7);
    expect(gap).toBeGreaterThan(3.65e-7);
    said("$3.7 \\times 10^{-7}$", "2つの形の経路の差は最大でも $3.7 \\times 10^{-7}$ です。");
  });

  it("a tiny gradient: from (−7, 1e-8) y goes to −1.49 (PyTorch) or −0.25 (book)", () => {
    expect(ada({}, 1, [-7, 1e-8]).points[1][1].toFixed(2)).toBe("-1.49");
    expect(ada({ form: "book" }, 1, [-7, 1e-8]).points[1][1].toFixed(2)).toBe("-0.25");
    said("throws $y$ to $-1.49$", "1回目の更新で $y$ を $-1.49$ まで飛ばします。");
    said("it moves to $-0.25$", "では、$-0.25$ まで動きます。");
  });

  it("L2 weight decay λ = 0.1 moves the path by at most 1.9e-10", () => {
    const gap = largestGap(ada().points, ada({ weightDecay: 0.1 }).points);
    expect(gap).toBeLessThan(1.95e-10);
    expect(gap).toBeGreaterThan(1.8e-10);
    said("$1.9 \\times 10^{-10}$", "経路は最大でも $1.9 \\times 10^{-10}$ しか動きません。");
  });

  it("exercise 1: W₂ ≈ (−4.573, 0.136)", () => {
    const p = ada({}, 2).points[2];
    expect(p[0].toFixed(3)).toBe("-4.573");
    expect(p[1].toFixed(3)).toBe("0.136");
    said("(-4.573, 0.136)", "= (-4.573, 0.136)$ となります。");
  });

  it("the tilted bowl (Predict): y first goes to −3.5; f = 0.085 after 30 steps; still moving", () => {
    const r = ada({}, 30, undefined, tiltedBowl);
    expect(r.points[1][1]).toBeCloseTo(-3.5, 8);
    expect(r.losses[30].toFixed(3)).toBe("0.085");
    expect(runStatus(tiltedBowl, r).kind).toBe("moving");
    said("from $-2$ to $-3.5$", "$y$ が逆向きに、$-2$ から $-3.5$ へ動いてしまいます。");
    said("after 30 steps $f = 0.085$", "30 回更新した時点で $f = 0.085$(本書のお椀では $0.00072$)");
  });
});

describe("adagrad chapter: cells (page order, one notebook)", () => {
  it("all cells run; your turn fails at step 1 with SGD's step and passes with the solution", async () => {
    const { "cell-sparse.ts": sparseCell, "cell-your-turn.ts": start } = await runPageCells("adagrad");
    // The sparse cell prints the module's runs (the chart's numbers), rounded to 3 decimals.
    const { sgd, fastSgd, adagrad } = sparseComparison();
    const rounded = (w: number[]) => w.map((v) => Number(v.toFixed(3)));
    const tables = sparseCell.items.filter((i) => i.kind === "table");
    expect(tables).toHaveLength(3);
    [sgd, fastSgd, adagrad].forEach((run, k) => {
      const cells = JSON.stringify(tables[k]);
      for (const v of rounded(run.weights[100])) expect(cells).toContain(String(v));
    });
    expect(JSON.stringify(tables[0])).toContain("SGD η = 0.3");
    await expectYourTurn(start, "adagrad", { failsAt: "step 1, x", optimizer: "AdaGrad" });
  });
});

describe("adagrad chapter: spot the mistake (h ← h + η)", () => {
  const spot = spotTheMistake();
  it("the sum of learning rates is SGD with step size √(η/k): y to −2.90, f = 0.22 after 30, 0.0031 after 200; AdaGrad 29 steps", () => {
    // The literal reading, h ← h + η, W ← W − η/√h·∇, takes the same steps as the core's SGD with the schedule.
    let h = 0;
    let w: [number, number] = [-7, 2];
    for (let k = 1; k <= 30; k++) {
      h += 1.5;
      const g = bookBowl.gradient(w[0], w[1]);
      w = [w[0] - (1.5 / Math.sqrt(h)) * g[0], w[1] - (1.5 / Math.sqrt(h)) * g[1]];
      expect(spot.wrong[k][0]).toBeCloseTo(w[0], 12);
      expect(spot.wrong[k][1]).toBeCloseTo(w[1], 12);
    }
    expect([1, 2, 3].map((k) => Math.sqrt(1.5 / k).toFixed(2))).toEqual(["1.22", "0.87", "0.71"]);
    expect((1 - 2 * Math.sqrt(1.5)).toFixed(2)).toBe("-1.45");
    expect(spot.wrong[1][1].toFixed(2)).toBe("-2.90");
    // y changes sign at each of the first five steps, then sits at the floor.
    const ys = spot.wrong.slice(0, 6).map((p) => p[1]);
    ys.slice(1).forEach((y, k) => expect(Math.sign(y)).toBe(-Math.sign(ys[k])));
    expect(spot.wrong[30].map((v) => v.toFixed(2))).toEqual(["-2.10", "0.00"]);
    expect(spot.wrongLosses[30].toFixed(2)).toBe("0.22");
    expect(spot.wrongLosses[200].toFixed(4)).toBe("0.0031");
    expect(firstStepBelow(spot.right.losses, 0)).toBe(29);
    said(
      "$y$ jumps from 2 to $-2.90$, further from\nthe minimum than it started, and zig-zags for five steps",
      "$y$ は 2 から $-2.90$ へ跳び、始めよりも最小値から遠ざかります。その後も5回の更新のあいだ、ジグザグに進みます。",
    );
    said(
      "after 30 steps the point is at $(-2.10, 0.00)$ with $f = 0.22$, and after 200\nsteps $f$ is still 0.0031. AdaGrad reaches $f < 0.001$ in 29 steps",
      "30 回の更新の後の点は $(-2.10, 0.00)$、$f = 0.22$ で、200 回の更新の後も $f$ はまだ 0.0031 です。\nAdaGrad は 29 回の更新で $f < 0.001$ に届きます。",
    );
    said(
      "AdaGrad reaches f < 0.001 at step 29; h ← h + η is at f = 0.22 after 30 steps and still at 0.0031 after 200.",
      "AdaGrad はステップ 29 で f < 0.001 に届きます。h ← h + η は、30 回更新した時点で f = 0.22、200 回更新してもまだ 0.0031 です。",
    );
  });

  it("the cell runs in page order and prints the same f after 30 steps", async () => {
    const { "cell-spot-mistake.ts": spotCell } = await runPageCells("adagrad");
    expect(spotCell.texts).toContain(`h ← h + η: f after 30 steps: ${Number(spot.wrongLosses[30].toPrecision(6))}`);
  });
});

describe("adagrad chapter: where AdaGrad shines (sparse features)", () => {
  const { sgd, fastSgd, adagrad } = sparseComparison();
  it("the data: 100 examples; the features are non-zero in 100, 20, 5 and 1 of them; curvatures 1.6 and 0.02", () => {
    const { x } = sparseData();
    const rows = x.toArray();
    expect(rows).toHaveLength(100);
    expect([0, 1, 2, 3].map((j) => rows.filter((r) => r[j] !== 0).length)).toEqual([100, 20, 5, 1]);
    const curvature = (j: number) => (2 / 100) * rows.reduce((s, r) => s + r[j] * r[j], 0);
    expect([curvature(0).toFixed(1), curvature(3).toFixed(2)]).toEqual(["1.6", "0.02"]);
    said(
      "The first feature is non-zero in every one of 100 examples; the others only in 20, 5 and 1\nof them.",
      "1つ目の特徴量は、100 件の例のすべてで 0 以外の値をとります。ほかの3つが 0 以外になるのは、それぞれ 20 件、5 件、1 件だけです。",
    );
    said(
      "the curvature along the rarest weight is 0.02, against 1.6 along\nthe common one",
      "いちばんまれな重みの方向の曲率は 0.02 で、よく出る重みの方向では 1.6 です。",
    );
  });
  it("SGD's limit 2/λmax = 1.23; η = 0.3: rarest 0.45, 5 % one 0.94; η = 1.2: rarest 0.90; above the limit it blows up", () => {
    const { x } = sparseData();
    const rows = x.toArray();
    // λmax of H = (2/N) XᵀX by power iteration.
    const H = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (2 / 100) * rows.reduce((s, r) => s + r[i] * r[j], 0)));
    let v = [1, 1, 1, 1],
      lambda = 0;
    for (let k = 0; k < 200; k++) {
      const u = H.map((row) => row.reduce((s, h, j) => s + h * v[j], 0));
      lambda = Math.hypot(...u);
      v = u.map((q) => q / lambda);
    }
    expect((2 / lambda).toFixed(2)).toBe("1.23");
    said(
      "the common weight caps it at $2/\\lambda_{\\max} = 1.23$",
      "よく出る特徴量の重みによって $2/\\lambda_{\\max} = 1.23$ に抑えられます。",
    );
    expect([sgd.weights[100][3].toFixed(2), sgd.weights[100][2].toFixed(2)]).toEqual(["0.45", "0.94"]);
    expect(fastSgd.weights[100][3].toFixed(2)).toBe("0.90");
    said(
      "after 100 steps of $\\eta = 0.3$ the rarest is at 0.45 and the 5 % one at 0.94",
      "$\\eta = 0.3$ で 100 回更新しても、いちばんまれな重みは 0.45、5 % の特徴量の重みは 0.94 にとどまります。",
    );
    said(
      "even at $\\eta = 1.2$, just below the limit, the rarest is only at 0.90",
      "上限のすぐ下の $\\eta = 1.2$ でも、いちばんまれな重みは 0.90 にしか届きません。",
    );
    const over = trainSparse("SGD", 1.25);
    expect(over.losses[100]).toBeGreaterThan(1000 * over.losses[0]);
  });
  it("AdaGrad, η = 0.3: every weight moves by η at step 1; all four within 0.001 of 1 from step 30", () => {
    for (const w of adagrad.weights[1]) expect(w).toBeCloseTo(0.3, 6);
    const within = adagrad.weights.findIndex((w) => w.every((v) => Math.abs(v - 1) < 1e-3));
    expect(within).toBe(30);
    for (const w of adagrad.weights.slice(30)) for (const v of w) expect(Math.abs(v - 1)).toBeLessThan(1e-3);
    expect(adagrad.weights[100][3].toFixed(2)).toBe("1.00");
    said(
      "all four weights are\nwithin 0.001 of 1 after 30 steps",
      "30 回更新した時点で、4つの重みはすべて 1 との差が 0.001 以内に収まります。",
    );
    said(
      "After 100 steps: SGD η = 0.3 at 0.45, SGD η = 1.2 at 0.90, AdaGrad η = 0.3 at 1.00 (within 0.001 from step 30).",
      "100 回の更新の後、SGD η = 0.3 は 0.45、SGD η = 1.2 は 0.90、AdaGrad η = 0.3 は 1.00 です(ステップ 30 以降は 1 との差が 0.001 以内)。",
    );
  });
});
