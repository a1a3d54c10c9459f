/**
 * Every number the schedules chapter states, recomputed with the core and found in
 * schedules.mdx, and its cells run as the page runs them.
 */
import { describe, expect, it } from "vitest";
import { CosineAnnealingLR, Parameter, SGD, StepLR, Tensor } from "kobai";
import { nodeNotebook } from "../../../src/notebook/testing";
import { runLessonCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import {
  firstBelow,
  lrCurve,
  rmspropRuns,
  sgdRun,
  stepsAtOrAbove,
} from "../../../components/widgets/schedules/schedule-model";
import cellClip from "./cell-clip.ts?raw";
import cellYourCosine from "./cell-your-cosine.ts?raw";

const said = statedIn("schedules");

describe("schedules chapter: SGD past the limit", () => {
  it("constant η = 1.05: y × (−1.1) per step, diverged at step 51 (f past 10⁴ × 6.45)", () => {
    const run = sgdRun("constant", 1.05, 100);
    expect(run.diverged).toBe(true);
    expect(run.losses.length).toBe(51);
    expect(run.losses[0]).toBeCloseTo(6.45, 12);
    expect(run.points[41][1] / run.points[40][1]).toBeCloseTo(-1.1, 12);
    expect(Math.abs(run.points[50][0])).toBeLessThan(Math.abs(run.points[0][0]));
    said(
      "at step 51 $f$ passes $10^4$ times its start: kobai calls the run diverged there and stops it",
      "ステップ 51 で $f$ が初期値の $10^4$ 倍を超え、kobai はそこで発散したと判断して実行を止めます",
    );
    said("every step multiplies $y$ by $1 - 2.1 = -1.1$", "どのステップでも、$y$ は $1 - 2.1 = -1.1$ 倍になります");
    said(
      "the run is stopped as diverged at step 51, when $f$ passes $10^4$ times its start of 6.45",
      "ステップ 51 で $f$ が初期値 6.45 の $10^4$ 倍を超え、発散したとして実行が止まります",
    );
  });

  it("cosine over 100 steps: f climbs to 26.4 at step 14, below 0.001 at step 41", () => {
    const run = sgdRun("cosine", 1.05, 100);
    const peak = Math.max(...run.losses);
    expect(peak.toFixed(1)).toBe("26.4");
    expect(run.losses.indexOf(peak)).toBe(14);
    expect(firstBelow(run.losses)).toBe(41);
    said("$f$ first climbs (to 26.4 at step 14)", "$f$ ははじめ増えていきます(ステップ 14 で 26.4)");
    said("below 0.001 at step 41", "$f$ はステップ 41 で 0.001 を下回ります");
  });

  it("Exercise 1: cosine from 1.05 is below 1 from step 15 (t > 14.0)", () => {
    const lrs = lrCurve("cosine", 1.05, 100);
    expect(lrs[14]).toBeGreaterThan(1);
    expect(lrs[15]).toBeLessThan(1);
    const t = (100 / Math.PI) * Math.acos(2 / 1.05 - 1);
    expect(t.toFixed(1)).toBe("14.0");
    expect((2 / 1.05 - 1).toFixed(3)).toBe("0.905");
    said(
      "$\\cos(\\pi t / 100) < 2/1.05 - 1 = 0.905$, so $\\pi t/100 > 0.440$ and $t > 14.0$: the rate is below 1 from step 15 on",
      "$\\cos(\\pi t / 100) < 2/1.05 - 1 = 0.905$ なので、$\\pi t/100 > 0.440$、つまり $t > 14.0$ です。 学習率は、ステップ 15 から 1 を下回ります",
    );
  });

  it("Exercise 2: StepLR from 0.8, stepSize 3, γ 0.5", () => {
    const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.8 });
    const schedule = new StepLR(opt, { stepSize: 3, gamma: 0.5 });
    const lrs: number[] = [];
    for (let t = 0; t < 8; t++) {
      lrs.push(opt.lr);
      schedule.step();
    }
    expect(lrs).toEqual([0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2]);
    said("0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2", "順に 0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2 です");
  });
});

describe("schedules chapter: RMSProp over 3,000 steps", () => {
  it("constant: 1,872 steps at or above 0.001; halved every 300: 55, max 0.005 after step 100, none after 1,136", () => {
    const { constant, halved } = rmspropRuns();
    expect(stepsAtOrAbove(constant.losses)).toBe(1872);
    expect(stepsAtOrAbove(halved.losses)).toBe(55);
    expect(Math.max(...halved.losses.slice(100)).toFixed(3)).toBe("0.005");
    expect(halved.losses.findLastIndex((f) => f >= 1e-3)).toBe(1136);
    said(
      "1,872 of its first 3,000 steps have $f \\ge 0.001$",
      "最初の 3,000 ステップのうち、1,872 ステップで $f \\ge 0.001$ になります",
    );
    said(
      "only 55 steps are at or above 0.001, the largest $f$ after step 100 is 0.005, and after step 1,136 it never reaches 0.001 again",
      "$f$ が 0.001 以上になるのは、55 ステップだけです。 ステップ 100 より後の $f$ の最大値は 0.005 で、ステップ 1,136 より後は一度も 0.001 に届きません",
    );
    said(
      "1,872 of the 3,000 steps have f ≥ 0.001. Halving η every 300 steps leaves 55 such steps, and none after step 1,136.",
      "3,000 ステップのうち 1,872 ステップで f ≥ 0.001 です。300 ステップごとに η を半分にすると、そうしたステップは 55 になり、ステップ 1,136 より後には1つもありません。",
    );
  });
});

describe("schedules chapter: cells", () => {
  it("warmup + cosine 0.9445 against constant 0.9370 on 2,000 test digits", async () => {
    const [run] = await runLessonCells("schedules", "cell-warmup.ts");
    expect(run.texts[0]).toMatch(/^constant η = 0\.01: {2}test accuracy 0\.9370, /);
    expect(run.texts[1]).toMatch(/^warmup \+ cosine: {4}test accuracy 0\.9445, /);
    said(
      "the constant rate reaches 0.9370 and warmup plus cosine 0.9445",
      "一定の学習率で 0.9370、ウォームアップとコサインで 0.9445 です",
    );
    said(
      "a warmup over 40 steps times a cosine over all 400",
      "40 ステップのウォームアップと、400 ステップ全体にわたるコサインを掛け合わせます",
    );
  }, 120_000);

  it("the cliff: norm 50.8 throws x to 40.8, below 0.001 at step 65; clipped: no overshoot, step 41", async () => {
    const [run] = await runLessonCells("schedules", "cell-clip.ts");
    expect(run.texts).toEqual([
      "without clipping: a gradient of norm 50.8 throws x to 40.8, 40.8 past the minimum; f first falls below 0.001 at step 65",
      "clipped to norm 1: x overshoots the minimum by 0.0; f first falls below 0.001 at step 41",
    ]);
    said(
      "meets a gradient of norm 50.8 there and is thrown to $x = 40.8$, far past the minimum; $f$ first falls below 0.001 at step 65",
      "そこでノルム 50.8 の勾配を受け、最小値をはるかに越えて $x = 40.8$ まで飛ばされます。 $f$ が初めて 0.001 を下回るのは、ステップ 65 です",
    );
    said(
      "never passes the minimum, and is below 0.001 at step 41",
      "最小値を一度も越えずに、ステップ 41 で 0.001 を下回ります",
    );
  });

  it("Exercise 3: a clip norm of 100 never clips; 0.01 barely moves", async () => {
    const with100 = await nodeNotebook().run("sched-clip", cellClip.replace("clipped = run(1)", "clipped = run(100)"));
    expect(with100.texts[1]).toBe(
      "clipped to norm 1: x overshoots the minimum by 40.8; f first falls below 0.001 at step 65",
    );
    const tiny = await nodeNotebook().run("sched-clip", cellClip.replace("clipped = run(1)", "clipped = run(0.01)"));
    expect(tiny.texts[1]).toMatch(/f first falls below 0\.001 at step 0$/);
    said(
      "The largest gradient norm is 50.8, so a clip norm of 100 never clips",
      "勾配のノルムの最大値は 50.8 なので、上限 100 のクリッピングは一度も働きません",
    );
  });

  it("your turn: as given, t = 15 gives 0.4700 against 0.2550 and fails; with π it passes", async () => {
    const [given] = await runLessonCells("schedules", "cell-your-cosine.ts");
    expect(given.texts).toEqual(["t = 15: yours 0.4700, kobai's 0.2550"]);
    expect(given.verdicts.map((v) => v.ok)).toEqual([false]);
    said(
      "at $t = 15$ your rate is 0.4700 where it should be 0.2550",
      "$t = 15$ での学習率が 0.4700 になります。正しい値は 0.2550 です",
    );
    const solved = cellYourCosine.replace("Math.cos(t / tMax)", "Math.cos((Math.PI * t) / tMax)");
    expect(solved).not.toBe(cellYourCosine);
    const run = await nodeNotebook().run("sched-your-turn", solved);
    expect(run.verdicts.map((v) => v.ok)).toEqual([true]);
  });

  it("CosineAnnealingLR equals the closed form in the chapter's formula", () => {
    const opt = new SGD([new Parameter(Tensor.zeros(1, 1))], { lr: 0.5 });
    const schedule = new CosineAnnealingLR(opt, { tMax: 30, etaMin: 0.01 });
    for (let t = 0; t <= 30; t++) {
      expect(opt.lr).toBeCloseTo(0.01 + (0.49 * (1 + Math.cos((Math.PI * t) / 30))) / 2, 12);
      schedule.step();
    }
  });
});
