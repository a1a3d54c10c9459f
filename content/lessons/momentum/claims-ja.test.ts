/**
 * The numbers the Japanese Momentum chapter (content/ja/lessons/momentum.mdx) states,
 * recomputed with the calls the widget and cells use and found in its text, like
 * claims.test.ts does for English. (The cells are the same files as the English chapter's;
 * claims.test.ts runs each of them in page order.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bookBowl, twoWells, runOptimizer, Momentum, SGD } from "kobai";
import { firstStepBelow, runStatus } from "../../../components/widgets/shared/optimizers/run-status";
import { readCell, runCells } from "../../../src/notebook/cell-testing/lesson-cells";
import { spotTheMistake } from "./spot-mistake";

const mdx = readFileSync(new URL("../../ja/lessons/momentum.mdx", import.meta.url), "utf8").replace(/\s+/g, " ");
const inProse = (s: string) => expect(mdx, `the chapter should say "${s}"`).toContain(s);
const momentum = (options: Record<string, unknown>, steps = 30, landscape = bookBowl) =>
  runOptimizer(landscape, Momentum, { lr: 0.1, ...options }, { steps });
const stepsBelow = (options: Record<string, unknown>, steps = 2000) =>
  firstStepBelow(momentum(options, steps).losses, 0);

describe("Momentum の章(日本語版)の数値", () => {
  it("kobai の既定値は本書と同じ 0.9(torch.optim.SGD は 0)", () => {
    expect(momentum({}).points).toEqual(momentum({ momentum: 0.9 }).points);
    inProse("本書でも kobai でも既定値は 0.9 です。`torch.optim.SGD` の既定値は `momentum=0` なので");
  });

  it("2つの形は 30 回の更新で一致し(差は 1e-15 未満)、本書の速度は PyTorch の −0.1 倍", () => {
    const torch = momentum({}),
      book = momentum({ form: "book" });
    const gap = Math.max(
      ...torch.points.flatMap((p, k) => [Math.abs(p[0] - book.points[k][0]), Math.abs(p[1] - book.points[k][1])]),
    );
    expect(gap).toBeLessThan(1e-15);
    inProse("テストでは 30 回の更新での最大の差を測っています。差は $10^{-15}$ 未満で、丸め誤差にすぎません。");
    for (let k = 1; k <= 30; k++)
      expect(book.states[k].velocity[1]).toBeCloseTo(-0.1 * torch.states[k].velocity[1], 12);
    inProse("本書の速度は PyTorch の $-0.1$ 倍です");
  });

  it("10 回の更新の後で η を半分にすると、20 回の後に約 1.03 離れる", async () => {
    const [out] = await runCells(readCell("momentum", "cell-schedule.ts"));
    expect(JSON.stringify(out.items.find((i) => i.kind === "text" && i.text.includes("distance")))).toMatch(
      /1\.02[5-9]/,
    );
    inProse("20 回の更新の後には、2つは約 1.03 離れています。");
  });

  it("1回目 (−6.93, 1.6) は SGD と同じ、2回目 (−6.7977, 0.92)、v₂ = (−1.323, 6.8)(練習問題 1)", () => {
    const r = momentum({}, 2);
    expect(r.points[1].map((v) => Number(v.toFixed(4)))).toEqual([-6.93, 1.6]);
    expect(runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 1 }).points[1]).toEqual(r.points[1]);
    expect(r.points[2].map((v) => Number(v.toFixed(4)))).toEqual([-6.7977, 0.92]);
    expect(r.states[2].velocity.map((v: number) => Number(v.toFixed(4)))).toEqual([-1.323, 6.8]);
    expect([r.points[2][0] - r.points[1][0], r.points[2][1] - r.points[1][1]].map((v) => v.toFixed(4))).toEqual([
      "0.1323",
      "-0.6800",
    ]);
    inProse("最初の更新は SGD と同じ $(-6.93, 1.6)$ です。");
    inProse(
      "$v_2 = 0.9(-0.7, 4) + (-0.693, 3.2) = (-1.323, 6.8)$ です。 したがって $W_2 = (-6.93, 1.6) - 0.1(-1.323, 6.8) = (-6.7977, 0.92)$ となります。",
    );
    inProse("$v_2 = -0.1\\,v_2 = (0.1323, -0.68)$ で、ちょうど $W_2 - W_1$ に等しくなります。");
  });

  it("30 回の後:Momentum (0.90, 0.088)、f = 0.048。SGD (−5.18, 0.0025)、f = 1.34。83 回と 389 回", () => {
    const m = momentum({});
    expect([m.points[30][0].toFixed(2), m.points[30][1].toFixed(3), m.losses[30].toFixed(3)]).toEqual([
      "0.90",
      "0.088",
      "0.048",
    ]);
    inProse("30 回の更新の後、Momentum は $(0.90, 0.088)$、$f = 0.048$ にいます。");
    const s = runOptimizer(bookBowl, SGD, { lr: 0.1 });
    expect([s.points[30][0].toFixed(2), s.points[30][1].toFixed(4), s.losses[30].toFixed(2)]).toEqual([
      "-5.18",
      "0.0025",
      "1.34",
    ]);
    inProse("まだ $(-5.18, 0.0025)$、$f = 1.34$ までしか来ていません。");
    expect(stepsBelow({}, 1000)).toBe(83);
    expect(firstStepBelow(runOptimizer(bookBowl, SGD, { lr: 0.1 }, { steps: 1000 }).losses, 0)).toBe(389);
    inProse("Momentum は 83 回、この $\\eta$ の SGD は 389 回の更新が必要です。");
  });

  it("行き過ぎ:x は 24 回目の更新で 0 を越え、30 回目には x = 0.90 でまだ増えている", () => {
    const xs = momentum({}).points.map((p) => p[0]);
    expect(xs.findIndex((x) => x > 0)).toBe(24);
    expect(Math.max(...xs)).toBe(xs[30]);
    inProse("24 回目の更新の後の経路を見てください。");
    inProse("30 回の更新の後には $x = 0.90$ と反対側にいて、まだ遠ざかっています。");
  });

  it("η = 0.1 での μ:0.5 → 191 回、0.9 → 83 回、0.95 → 167 回、0.81 → 55 回", () => {
    expect([0.5, 0.9, 0.95, 0.81].map((mu) => stepsBelow({ momentum: mu }))).toEqual([191, 83, 167, 55]);
    inProse("$\\mu = 0.9$ なら 83 回で $f < 0.001$ に届きますが、$\\mu = 0.95$ では 167 回かかります。");
    inProse("$\\mu = 0.5$ では 191 回かかります。");
    inProse("ここでは根はどちらも $0.9$ になり、必要な更新は 55 回です。");
  });

  it("方向ごとの縮み:μ = 0.9 で 0.949、0.95 で 0.975、0.5 で y 0.707・x 0.980、μ = 0.81 で 0.9", () => {
    /** The size of the larger root of r² − (1 + μ − ηλ)r + μ = 0. */
    const radius = (mu: number, etaLambda: number) => {
      const b = 1 + mu - etaLambda,
        d = b * b - 4 * mu;
      return d < 0 ? Math.sqrt(mu) : (Math.abs(b) + Math.sqrt(d)) / 2;
    };
    expect([radius(0.9, 0.01), radius(0.9, 0.2)].map((r) => r.toFixed(3))).toEqual(["0.949", "0.949"]);
    expect([radius(0.95, 0.01), radius(0.95, 0.2)].map((r) => r.toFixed(3))).toEqual(["0.975", "0.975"]);
    expect([radius(0.5, 0.01), radius(0.5, 0.2)].map((r) => r.toFixed(3))).toEqual(["0.980", "0.707"]);
    expect(((1 - Math.sqrt(0.01)) ** 2).toFixed(2)).toBe("0.81");
    expect(radius(0.81, 0.01)).toBeCloseTo(0.9, 6);
    expect(radius(0.81, 0.2)).toBeCloseTo(0.9, 12);
    inProse("ここで $\\eta\\lambda$ は $x$ 方向で $0.01$、$y$ 方向で $0.2$ です。");
    inProse("大きさはどちらも $\\sqrt{\\mu} = 0.949$ です。");
    inProse("どちらの方向も1回あたり $0.975$ 倍にしか縮みません。");
    inProse("$y$ は速く縮みます($0.707$)。しかし $x$ は過減衰で、揺れはないものの、1回あたり $0.980$ 倍で");
    inProse("$\\mu = (1 - \\sqrt{0.01})^2 = 0.81$ です。");
  });

  it("Polyak の重いボール η ≈ 1.34、μ ≈ 0.40 は 17 回目から f < 0.001(練習問題 2)", () => {
    const L = 2,
      m = 0.1;
    const eta = 4 / (Math.sqrt(L) + Math.sqrt(m)) ** 2;
    const mu = ((Math.sqrt(L) - Math.sqrt(m)) / (Math.sqrt(L) + Math.sqrt(m))) ** 2;
    expect([eta.toFixed(2), mu.toFixed(2)]).toEqual(["1.34", "0.40"]);
    expect(firstStepBelow(momentum({ lr: eta, momentum: mu }, 100).losses, 0)).toBe(17);
    inProse("$\\eta \\approx 1.34$、$\\mu \\approx 0.40$ です。17 回目の更新から後は、ずっと $f < 0.001$ を保ちます。");
  });

  it("一定の傾き:更新幅 0.1, 0.19, 0.271 …、100 回目は 0.99997", async () => {
    const [out] = await runCells(readCell("momentum", "cell-steady-slope.ts"));
    const text = JSON.stringify(out.items);
    for (const v of [/0\.19/, /0\.271/, /0\.99997/]) expect(text).toMatch(v);
    inProse("更新幅は 0.1, 0.19, 0.271, … と増え、100 回目は 0.99997 になります。");
  });

  it("2つの谷:μ = 0.95 の Momentum は深い谷へ、同じ η の SGD は近くの谷で止まる", () => {
    const m = momentum({ lr: 0.05, momentum: 0.95 }, 300, twoWells);
    expect(runStatus(twoWells, m)).toMatchObject({ kind: "converged", target: { kind: "global minimum" } });
    const s = runOptimizer(twoWells, SGD, { lr: 0.05 }, { steps: 300 });
    const local = twoWells.criticalPoints[1].point;
    expect(Math.hypot(s.points[300][0] - local[0], s.points[300][1] - local[1])).toBeLessThan(0.1);
  });

  it("μ = 0 は SGD そのもの(予想)", () => {
    expect(momentum({ momentum: 0 }).points).toEqual(runOptimizer(bookBowl, SGD, { lr: 0.1 }).points);
    inProse("2本の経路はぴったり重なり");
  });
});

describe("Momentum の章(日本語版):間違い探し(w ← γw − η∇)", () => {
  const spot = spotTheMistake();
  const shifted = (p: readonly number[]) => (p[0] - 6) ** 2 / 20 + (p[1] - 2) ** 2;

  it("本書のお椀では 34 回で f < 0.001、Momentum は 83 回", () => {
    const f = (p: readonly number[]) => p[0] ** 2 / 20 + p[1] ** 2;
    expect(spot.onBookBowl.wrong.findIndex((p) => f(p) < 1e-3)).toBe(34);
    expect(firstStepBelow(spot.onBookBowl.right.losses, 0)).toBe(83);
    inProse("34 回で $f < 0.001$ に届きます。Momentum では 83 回かかるところです。");
  });

  it("(6, 2) に動かしたお椀では (0.545, 1.333)、f = 1.93 で止まる。λ = 1 の Weight decay 付き SGD と 2.2e-16 以内で一致", () => {
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
    inProse("Momentum は (6.00, 2.00) で終わり、w ← γw − η∇ は (0.545, 1.333)、f = 1.93 で止まります。");
    inProse("1行の式は $(0.545, 1.333)$、$f = 1.93$ で止まり、そこから動きません。");
    inProse("$\\lambda = (1 - \\gamma)/\\eta = 1$ を付けたただの SGD です。");
    inProse("$2.2 \\times 10^{-16}$ 以内で同じ更新をします。");
    // γ = 0.9 pulls the weights 10 % of the way toward 0 at every step.
    expect(Math.round(100 * (1 - 0.9))).toBe(10);
    inProse("どの更新も重みを 0 のほうへ 10 % 引き寄せます。");
  });
});
