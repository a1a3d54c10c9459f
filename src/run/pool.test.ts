import { describe, expect, it } from "vitest";
import { defaultPoolSize, runPool } from "./pool";
import { startInProcess } from "./in-process";
import { sampleTrials, trialLabel } from "./search";
import { validateSpec, type TrainingSpec } from "./spec";
import { TrainLoop } from "./train-loop";
import { loadTrainingData } from "./data";
import type { HandleEvent } from "./handle";
import { smallSpec } from "./testing";

const base: TrainingSpec = smallSpec({ weightDecay: 0 });

describe("defaultPoolSize", () => {
  it("one worker per core, at least 1, at most 4", () => {
    expect([1, 2, 3, 4, 5, 8, 64].map(defaultPoolSize)).toEqual([1, 2, 3, 4, 4, 4, 4]);
  });
});

describe("sampleTrials", () => {
  it("draws lr and λ log-uniformly in range, one seed per trial, one data split for all", () => {
    const trials = sampleTrials(base, { lr: { log10: [-6, -2] }, weightDecay: { log10: [-8, -4] } }, 200, 5);
    const lrs = trials.map((t) => Math.log10(t.params.lr!));
    const wds = trials.map((t) => Math.log10(t.params.weightDecay!));
    expect(Math.min(...lrs)).toBeGreaterThanOrEqual(-6);
    expect(Math.max(...lrs)).toBeLessThanOrEqual(-2);
    expect(Math.min(...wds)).toBeGreaterThanOrEqual(-8);
    expect(Math.max(...wds)).toBeLessThanOrEqual(-4);
    // Log-uniform: about half the exponents below the middle.
    expect(lrs.filter((e) => e < -4).length).toBeGreaterThan(70);
    expect(lrs.filter((e) => e < -4).length).toBeLessThan(130);
    expect(new Set(trials.map((t) => t.spec.seed)).size).toBe(200);
    expect(trials.every((t) => (t.spec.data as { seed?: number }).seed === 0)).toBe(true);
    expect(trials[3].spec.optimizer.options!.lr).toBe(trials[3].params.lr);
    expect(trials[3].spec.weightDecay).toBe(trials[3].params.weightDecay);
    trials.forEach((t) => validateSpec(t.spec));
    expect(sampleTrials(base, { lr: { log10: [-6, -2] } }, 3, 5).map((t) => t.params.lr)).not.toEqual(
      trials.slice(0, 3).map((t) => t.params.lr),
    );
    expect(trialLabel({ lr: 0.00123, weightDecay: 3.4e-6 })).toBe("lr 1.2e-3 · λ 3.4e-6");
    expect(() => sampleTrials(base, { lr: { log10: [-2, -6] } }, 3, 0)).toThrow(
      /space\.lr\.log10 must be \[lo, hi\] with lo ≤ hi/,
    );
  });

  it("trials share the validation split", async () => {
    const [a, b] = sampleTrials(base, { lr: { log10: [-3, -1] } }, 2, 0);
    const da = await loadTrainingData(a.spec.data, a.spec.seed),
      db = await loadTrainingData(b.spec.data, b.spec.seed);
    expect(Array.from(da.evaluation!.x.data)).toEqual(Array.from(db.evaluation!.x.data));
  });
});

describe("runPool with the in-process runner", () => {
  it("runs every trial, reports each as it ends, and gets the results a lone run gets", async () => {
    const trials = sampleTrials(base, { lr: { log10: [-3, -0.5] } }, 5, 1).map((t) => t.spec);
    const ended: number[] = [];
    const slots = new Set<number>();
    const pool = runPool(trials, (spec) => startInProcess(spec, { chunkMs: 5 }), {
      size: 2,
      onTrialStart: (_i, slot) => slots.add(slot),
      onTrialDone: (i) => ended.push(i),
    });
    const results = await pool.done;
    expect([...ended].sort()).toEqual([0, 1, 2, 3, 4]);
    expect([...slots].sort()).toEqual([0, 1]);
    const alone = new TrainLoop(trials[2], await loadTrainingData(trials[2].data, trials[2].seed)).runToEnd();
    expect(results[2]!.fingerprint).toBe(alone.fingerprint);
    expect(results[2]!.runs[0].losses).toEqual(alone.runs[0].losses);
  });

  it("stop() stops the running trials and starts no more", async () => {
    const trials = sampleTrials({ ...base, epochs: 400 }, { lr: { log10: [-3, -1] } }, 6, 2).map((t) => t.spec);
    let pool: ReturnType<typeof runPool>;
    pool = runPool(trials, (spec) => startInProcess(spec, { chunkMs: 5 }), {
      size: 2,
      onTrialStart: (i, _slot, handle) => {
        if (i === 1) setTimeout(() => pool.stop(), 30);
        void handle;
      },
    });
    const results = await pool.done;
    expect(results.slice(0, 2).map((r) => r?.reason)).toEqual(["stopped", "stopped"]);
    expect(results.slice(0, 2).every((r) => r!.step < r!.totalSteps)).toBe(true);
    expect(results.slice(2)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("startInProcess (the handle a worker job also gives)", () => {
  it("pauses, resumes and finishes with the same result as an uninterrupted run", async () => {
    const long = { ...base, epochs: 300 };
    const events: HandleEvent[] = [];
    const handle = startInProcess(long, { chunkMs: 1, onEvent: (e) => events.push(e) });
    while (!events.some((e) => e.type === "progress")) await new Promise((r) => setTimeout(r, 1));
    handle.pause();
    const pausedAt = events.filter((e) => e.type === "progress").length;
    await new Promise((r) => setTimeout(r, 30));
    expect(events.filter((e) => e.type === "progress").length).toBe(pausedAt); // nothing while paused
    expect(events.at(-1)!.type).toBe("paused");
    handle.resume();
    const result = await handle.done;
    const straight = new TrainLoop(long, await loadTrainingData(long.data, long.seed)).runToEnd();
    expect(result.reason).toBe("finished");
    expect(result.runs[0].losses).toEqual(straight.runs[0].losses);
    expect(events[0].type).toBe("loading");
    expect(events.at(-1)!.type).toBe("done");
  });

  it("reports a data error through done and an error event", async () => {
    const events: HandleEvent[] = [];
    const bad = { ...base, data: { name: "moons", validation: 0.001, n: 10 } } as TrainingSpec;
    await expect(startInProcess(bad, { onEvent: (e) => events.push(e) }).done).rejects.toThrow(
      /validation 0.001 of 10 samples leaves 0 for validation/,
    );
    expect(events.at(-1)).toMatchObject({ type: "error" });
  });
});
