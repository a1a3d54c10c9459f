import { describe, expect, it } from "vitest";
import { EtaEstimator } from "./eta";
import { formatDuration } from "../site/duration";

describe("EtaEstimator", () => {
  it("is unknown before the first measurement, then (total − step) / rate", () => {
    const eta = new EtaEstimator(0.5);
    expect(eta.secondsLeft(1000)).toBeNull();
    eta.update(100, 1000); // 100 steps per second
    expect(eta.stepsPerSecond()).toBeCloseTo(100, 12);
    expect(eta.secondsLeft(1000)).toBeCloseTo(9, 12);
  });

  it("smooths the rate exponentially: a slow chunk moves the estimate by α of the change", () => {
    const eta = new EtaEstimator(0.5);
    eta.update(100, 1000); // 100 /s
    eta.update(150, 2000); // this chunk: 50 /s → smoothed 75 /s
    expect(eta.stepsPerSecond()).toBeCloseTo(75, 12);
    expect(eta.secondsLeft(300)).toBeCloseTo(150 / 75, 12);
    eta.update(150, 2500); // no new steps: ignored
    expect(eta.stepsPerSecond()).toBeCloseTo(75, 12);
    eta.update(1000, 3000); // past the end: never negative
    expect(eta.secondsLeft(300)).toBe(0);
  });

  it("rejects a bad α", () => {
    expect(() => new EtaEstimator(0)).toThrow(/alpha must be in \(0, 1\]/);
  });

  it("formats durations", () => {
    expect(formatDuration(4.4)).toBe("4 s");
    expect(formatDuration(185)).toBe("3 min 05 s");
    expect(formatDuration(3720)).toBe("1 h 02 min");
    expect(formatDuration(-3)).toBe("0 s");
  });
});
