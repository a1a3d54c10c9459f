import { describe, expect, it } from "vitest";
import { HistoryRecorder, type HandleEvent } from "./handle";
import { loadTrainingData } from "./data";
import type { ProgressEvent, TrainResult } from "./events";
import { startInProcess } from "./in-process";
import { presetSpec } from "./presets";
import { mergeResults, splitRuns, startSplit } from "./split";
import type { TrainingSpec } from "./spec";
import { TrainLoop } from "./train-loop";
import { smallSpec } from "./testing";

/** The serial lockstep job: every run in one loop. */
async function serial(spec: TrainingSpec): Promise<TrainResult> {
  return new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
}

/** The same job split over `size` in-process "workers", and every event it reported. */
async function parallel(spec: TrainingSpec, size: number) {
  const events: HandleEvent[] = [];
  const slotsUsed = new Set<number>();
  const job = startSplit(
    spec,
    (part, slot, onEvent) => {
      slotsUsed.add(slot);
      return startInProcess(part, { chunkMs: 5, onEvent });
    },
    { size, onEvent: (e) => events.push(e) },
  );
  return { result: await job.done, events, slotsUsed };
}

const race: TrainingSpec = {
  ...presetSpec("optimizer-comparison", "lesson", { seed: 3 }),
  data: { name: "mnist", train: 300, test: 0 },
  iterations: 24,
  batchSize: 16,
};

/** The small spec (moons, 10 epochs of 4 steps) with these runs in lockstep. */
const small = (runs: TrainingSpec["runs"]): TrainingSpec => smallSpec({ seed: 1, runs });

describe("splitRuns", () => {
  it("one spec per run, each the lockstep spec with that run alone", () => {
    const parts = splitRuns(race);
    expect(parts.map((p) => p.runs!.map((r) => r.label))).toEqual([["SGD"], ["Momentum"], ["AdaGrad"], ["Adam"]]);
    expect(parts.every((p) => p.seed === 3 && p.iterations === 24 && p.data === race.data)).toBe(true);
    const single = { ...race, runs: undefined };
    expect(splitRuns(single)).toEqual([single]);
  });
});

describe("a lockstep job split over workers gives the serial job's numbers", () => {
  it("the MNIST optimizer race: every loss and evaluation bit for bit, the same fingerprint, the events rebuild it", async () => {
    const expected = await serial(race);
    const { result, events, slotsUsed } = await parallel(race, 2);
    expect(slotsUsed).toEqual(new Set([0, 1]));
    expect(result.fingerprint).toBe(expected.fingerprint);
    expect(result.runs).toEqual(expected.runs); // toEqual compares the doubles exactly
    expect([result.reason, result.step, result.totalSteps]).toEqual(["finished", 24, 24]);

    // The page's recorder, fed the merged events, holds the same history as the result.
    const recorder = new HistoryRecorder();
    const progress = events.filter((e): e is ProgressEvent => e.type === "progress");
    progress.forEach((e) => recorder.add(e));
    expect(recorder.result(race, "finished").fingerprint).toBe(expected.fingerprint);
    expect(progress.every((e) => e.runs.map((r) => r.label).join() === "SGD,Momentum,AdaGrad,Adam")).toBe(true);
    // The step grows with the work done and ends at the last step; one "loading", one "done".
    const steps = progress.map((e) => e.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(24);
    expect(events.filter((e) => e.type === "loading")).toHaveLength(1);
    expect(events.at(-1)).toEqual({ type: "done", result });
  }, 180_000);

  it("diverging runs end as in the serial loop (one diverged: finished; all diverged: diverged, at the last one's step)", async () => {
    const blowUp = (label: string, lr: number) => ({ label, optimizer: { name: "SGD" as const, options: { lr } } });
    const oneDiverges = small([{ label: "fine" }, blowUp("boom", 1e6)]);
    const allDiverge = small([blowUp("boom", 1e6), blowUp("bang", 1e3)]);
    for (const spec of [oneDiverges, allDiverge]) {
      const expected = await serial(spec);
      const { result } = await parallel(spec, 2);
      expect(result.runs).toEqual(expected.runs);
      expect([result.reason, result.step, result.fingerprint]).toEqual([
        expected.reason,
        expected.step,
        expected.fingerprint,
      ]);
    }
    expect((await serial(allDiverge)).reason).toBe("diverged");
  });

  it("more runs than workers: the queued runs start as others end; stop() ends the job with what ran", async () => {
    const three = small([
      { label: "a" },
      { label: "b", optimizer: { name: "Adam", options: { lr: 0.01 } } },
      { label: "c" },
    ]);
    const { result } = await parallel(three, 1);
    expect(result.fingerprint).toBe((await serial(three)).fingerprint);

    const long = { ...three, epochs: 25_000 };
    const job = startSplit(long, (part, _slot, onEvent) => startInProcess(part, { chunkMs: 5, onEvent }), { size: 2 });
    setTimeout(() => job.stop(), 50);
    const stopped = await job.done;
    expect(stopped.reason).toBe("stopped");
    expect(stopped.runs.map((r) => r.label)).toEqual(["a", "b", "c"]);
    expect(stopped.runs[2].losses).toEqual([]); // never started
  });

  it("pauses as one job: one 'paused' once every running part has paused, nothing after it, then the same result", async () => {
    const events: HandleEvent[] = [];
    const job = startSplit(race, (part, _slot, onEvent) => startInProcess(part, { chunkMs: 5, onEvent }), {
      size: 2,
      onEvent: (e) => events.push(e),
    });
    await new Promise<void>((resolve) => {
      const wait = () => (events.some((e) => e.type === "progress") ? resolve() : setTimeout(wait, 5));
      wait();
    });
    job.pause();
    await new Promise((r) => setTimeout(r, 200));
    const paused = events.findIndex((e) => e.type === "paused");
    expect(events.filter((e) => e.type === "paused")).toHaveLength(1);
    expect(events.slice(paused + 1)).toEqual([]);
    job.resume();
    expect((await job.done).fingerprint).toBe((await serial(race)).fingerprint);
  }, 180_000);

  it("mergeResults keeps run order and spreads the time over the slots", () => {
    const part = (label: string, elapsedMs: number): TrainResult => ({
      seed: 0,
      spec: race,
      reason: "finished",
      step: 40,
      totalSteps: 40,
      elapsedMs,
      runs: [{ label, losses: [1], evals: [] }],
      fingerprint: "",
    });
    const merged = mergeResults(
      race,
      [part("SGD", 100), part("Momentum", 300), part("AdaGrad", 200), part("Adam", 200)],
      2,
    );
    expect(merged.runs.map((r) => r.label)).toEqual(["SGD", "Momentum", "AdaGrad", "Adam"]);
    expect(merged.elapsedMs).toBe(400);
  });
});
