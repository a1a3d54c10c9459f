import { describe, expect, it } from "vitest";
import { createPlayer, MAX_STEPS_PER_FRAME, stepsDue } from "./player";

describe("stepsDue", () => {
  it("turns elapsed time into whole steps and carries the rest", () => {
    expect(stepsDue(100, 10)).toEqual({ steps: 1, carry: 0 });
    const a = stepsDue(16, 30); // 0.48 of a step
    expect(a.steps).toBe(0);
    expect(a.carry).toBeCloseTo(0.48, 12);
    const b = stepsDue(20, 30, a.carry); // 0.48 + 0.6
    expect(b.steps).toBe(1);
    expect(b.carry).toBeCloseTo(0.08, 12);
  });
  it("caps the steps of one frame and ignores negative time", () => {
    expect(stepsDue(60_000, 100).steps).toBe(MAX_STEPS_PER_FRAME);
    expect(stepsDue(-5, 10)).toEqual({ steps: 0, carry: 0 });
  });
});

describe("createPlayer", () => {
  function fakeFrames() {
    const queue: ((t: number) => void)[] = [];
    return {
      requestFrame: (cb: (t: number) => void) => queue.push(cb),
      cancelFrame: (id: number) => {
        queue[id - 1] = () => {};
      },
      run(time: number) {
        const cbs = queue.splice(0);
        cbs.forEach((cb) => cb(time));
      },
      get pending() {
        return queue.length;
      },
    };
  }

  it("plays at the set speed, pauses, steps and resets", () => {
    const frames = fakeFrames();
    let x = 0;
    const changes: boolean[] = [];
    const player = createPlayer({
      step: () => {
        x++;
      },
      onReset: () => {
        x = 0;
      },
      onChange: (s) => changes.push(s.playing),
      stepsPerSecond: 20,
      ...frames,
    });
    player.play();
    frames.run(0); // first frame: one step right away
    expect(x).toBe(1);
    frames.run(100); // 100 ms at 20/s = 2 steps
    expect(x).toBe(3);
    expect(player.steps).toBe(3);
    player.pause();
    frames.run(500);
    expect(x).toBe(3);
    expect(frames.pending).toBe(0);
    player.stepOnce();
    expect(x).toBe(4);
    player.reset();
    expect(x).toBe(0);
    expect(player.steps).toBe(0);
    expect(changes[0]).toBe(true);
    expect(changes.at(-1)).toBe(false);
  });

  it("stops by itself when step() returns false (finished or diverged)", () => {
    const frames = fakeFrames();
    let n = 0;
    const player = createPlayer({ step: () => ++n < 5, stepsPerSecond: 1000, ...frames });
    player.play();
    frames.run(0);
    frames.run(1000);
    expect(n).toBe(5);
    expect(player.playing).toBe(false);
    expect(frames.pending).toBe(0);
  });
});
