import { describe, expect, it } from "vitest";
import { TrainLoop } from "./train-loop";
import { loadTrainingData } from "./data";
import { canonicalText, checkpoints, fingerprint, fnv1a32Text } from "./fingerprint";
import type { TrainingSpec } from "./spec";
import type { RunResult } from "./events";
import { smallSpec } from "./testing";

const spec: TrainingSpec = smallSpec({ seed: 7, optimizer: { name: "Momentum", options: { lr: 0.05 } } });

async function train(s: TrainingSpec) {
  return new TrainLoop(s, await loadTrainingData(s.data, s.seed)).runToEnd();
}

describe("fingerprint", () => {
  it("is 8 hex digits, the same for the same seed, different for another seed or setting", async () => {
    const a = await train(spec),
      b = await train(spec);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    const otherSeed = await train({ ...spec, seed: 8 });
    const otherLr = await train({ ...spec, optimizer: { name: "Momentum", options: { lr: 0.051 } } });
    expect(new Set([a.fingerprint, otherSeed.fingerprint, otherLr.fingerprint]).size).toBe(3);
  });

  it("ignores differences far below 6 significant digits (a last-bit difference of Math.exp between engines)", () => {
    const run: RunResult = {
      label: "a",
      losses: [2.302585092994046, 1.1, 0.5],
      evals: [{ step: 3, epoch: 1, trainAcc: 0.9, testAcc: 0.85 }],
    };
    const nudged: RunResult = { ...run, losses: run.losses.map((v) => v * (1 + 1e-12)) };
    expect(fingerprint([nudged])).toBe(fingerprint([run]));
    const changed: RunResult = { ...run, losses: [2.302585092994046, 1.1001, 0.5] };
    expect(fingerprint([changed])).not.toBe(fingerprint([run]));
    expect(fingerprint([{ ...run, label: "renamed" }])).toBe(fingerprint([run])); // labels are display only
    expect(canonicalText([run])).toBe("kobai-fp1\n3|-|1:2.30259,2:1.10000,3:0.500000|3:0.900000/0.850000");
  });

  it("takes ≤ 32 evenly spread checkpoints ending at the last step", () => {
    expect(checkpoints(5)).toEqual([0, 1, 2, 3, 4]);
    const picks = checkpoints(2000);
    expect(picks).toHaveLength(32);
    expect(picks[0]).toBe(62); // round(2000/32) − 1
    expect(picks.at(-1)).toBe(1999);
    expect(picks.every((p, i) => i === 0 || p > picks[i - 1])).toBe(true);
  });

  it("hashes with FNV-1a (the reference value of the string 'a')", () => {
    expect(fnv1a32Text("a")).toBe("e40c292c");
    expect(fnv1a32Text("")).toBe("811c9dc5");
  });
});
