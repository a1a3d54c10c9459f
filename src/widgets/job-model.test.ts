import { describe, expect, it } from "vitest";
import { isActive, jobControls, redrawDelay, withTimeLeft, REDRAW_MS, type JobPhase } from "./job-model";

describe("jobControls: one set of button rules for every long job", () => {
  it("idle: only Start; settings free", () => {
    expect(jobControls("idle")).toEqual({
      startDisabled: false,
      pauseDisabled: true,
      pauseHidden: false,
      resumeHidden: true,
      pauseLabel: "pause",
      stopDisabled: true,
      locked: false,
    });
  });
  it("loading: Stop works, Pause waits for the first step; settings locked", () => {
    expect(jobControls("loading")).toMatchObject({
      startDisabled: true,
      pauseDisabled: true,
      stopDisabled: false,
      locked: true,
    });
  });
  it("running: Pause and Stop; paused: Resume shows instead of Pause", () => {
    expect(jobControls("running")).toMatchObject({
      startDisabled: true,
      pauseDisabled: false,
      pauseHidden: false,
      resumeHidden: true,
      pauseLabel: "pause",
      stopDisabled: false,
      locked: true,
    });
    expect(jobControls("paused")).toMatchObject({
      startDisabled: true,
      pauseDisabled: false,
      pauseHidden: true,
      resumeHidden: false,
      pauseLabel: "resume",
      stopDisabled: false,
      locked: true,
    });
  });
  it("after the end (done, stopped, error) Start is back and the settings are free", () => {
    for (const phase of ["done", "stopped", "error"] as JobPhase[]) {
      expect(isActive(phase)).toBe(false);
      expect(jobControls(phase)).toMatchObject({
        startDisabled: false,
        pauseDisabled: true,
        stopDisabled: true,
        locked: false,
      });
    }
  });
});

describe("redrawDelay", () => {
  it("waits out the rest of the interval, or none when urgent or overdue", () => {
    expect(redrawDelay(1100, 1000, false)).toBe(REDRAW_MS - 100);
    expect(redrawDelay(1100, 1000, true)).toBe(0);
    expect(redrawDelay(5000, 1000, false)).toBe(0);
  });
});

describe("withTimeLeft", () => {
  it("adds the time left while running or paused, “estimating” before the rate is known", () => {
    expect(withTimeLeft("Step 1 of 3", "running", 185)).toBe("Step 1 of 3 · about 3 min 05 s left");
    expect(withTimeLeft("Step 1 of 3", "paused", 12)).toBe("Step 1 of 3 · about 12 s left");
    expect(withTimeLeft("Step 1 of 3", "running", null)).toBe("Step 1 of 3 · estimating time left…");
    expect(withTimeLeft("Step 3 of 3", "done", 0)).toBe("Step 3 of 3");
  });
});
