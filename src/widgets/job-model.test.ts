import { describe, expect, it } from "vitest";
import { isActive, jobControls, redrawDelay, withTimeLeft, REDRAW_MS, type JobPhase } from "./job-model";

describe("jobControls: one set of button rules for every long job", () => {
  // Each phase with what the buttons and settings do then (all fields for idle, the rest those that matter).
  it.each([
    {
      phase: "idle",
      says: "only Start; settings free",
      controls: {
        startDisabled: false,
        pauseDisabled: true,
        pauseHidden: false,
        resumeHidden: true,
        pauseLabel: "pause",
        stopDisabled: true,
        locked: false,
      },
    },
    {
      phase: "loading",
      says: "Stop works, Pause waits for the first step; settings locked",
      controls: { startDisabled: true, pauseDisabled: true, stopDisabled: false, locked: true },
    },
    {
      phase: "running",
      says: "Pause and Stop",
      controls: {
        startDisabled: true,
        pauseDisabled: false,
        pauseHidden: false,
        resumeHidden: true,
        pauseLabel: "pause",
        stopDisabled: false,
        locked: true,
      },
    },
    {
      phase: "paused",
      says: "Resume shows instead of Pause",
      controls: {
        startDisabled: true,
        pauseDisabled: false,
        pauseHidden: true,
        resumeHidden: false,
        pauseLabel: "resume",
        stopDisabled: false,
        locked: true,
      },
    },
  ] as const)("$phase: $says", ({ phase, controls }) => {
    expect(jobControls(phase)).toMatchObject(controls);
    if (phase === "idle") expect(jobControls(phase)).toEqual(controls);
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
