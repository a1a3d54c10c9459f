import { describe, expect, it } from "vitest";
import { actionForKey, clampSection, progressFraction, sectionFromUrl, step, urlForSection } from "./navigation";
import { elapsedMs, formatClock, idleTimer, isOverTime, pauseTimer, startTimer } from "./timer";

describe("walkthrough navigation", () => {
  it("reads the section from ?present=k or #present-k", () => {
    expect(sectionFromUrl("https://k.example/lessons/sgd/?present=3")).toBe(3);
    expect(sectionFromUrl("https://k.example/lessons/sgd/?w.a.lr=0.1&present=12#cell=a:zAA")).toBe(12);
    expect(sectionFromUrl("https://k.example/lessons/sgd/#present-2")).toBe(2);
    expect(sectionFromUrl("https://k.example/lessons/sgd/?present=abc")).toBe(1);
    expect(sectionFromUrl("https://k.example/lessons/sgd/?present=-4")).toBe(1);
    // Any number past the end clamps alike: 1e308 and 1e999 (∞) are as far past it as 999.
    expect(clampSection(sectionFromUrl("https://k.example/lessons/sgd/?present=1e308")!, 7)).toBe(7);
    expect(clampSection(sectionFromUrl("https://k.example/lessons/sgd/?present=1e999")!, 7)).toBe(7);
    expect(clampSection(sectionFromUrl("https://k.example/lessons/sgd/?present=999")!, 7)).toBe(7);
    expect(sectionFromUrl("https://k.example/lessons/sgd/?present=3abc")).toBe(3);
    expect(sectionFromUrl("https://k.example/lessons/sgd/#exercises")).toBeUndefined();
    expect(sectionFromUrl("https://k.example/lessons/sgd/")).toBeUndefined();
  });

  it("writes the section into the query and keeps widget settings and shared cells", () => {
    expect(urlForSection("https://k.example/lessons/sgd/?w.bowl.lr=0.9#present-2", 4)).toBe(
      "https://k.example/lessons/sgd/?w.bowl.lr=0.9&present=4",
    );
    expect(urlForSection("https://k.example/lessons/sgd/?present=4&w.bowl.lr=0.9#cell=a:zQQ", 5)).toBe(
      "https://k.example/lessons/sgd/?present=5&w.bowl.lr=0.9#cell=a:zQQ",
    );
    expect(urlForSection("https://k.example/lessons/sgd/?present=4&w.bowl.lr=0.9", undefined)).toBe(
      "https://k.example/lessons/sgd/?w.bowl.lr=0.9",
    );
  });

  it("clamps to the sections that exist", () => {
    expect(clampSection(9, 5)).toBe(5);
    expect(clampSection(0, 5)).toBe(1);
    expect(clampSection(Number.NaN, 5)).toBe(1);
    expect(clampSection(Number.POSITIVE_INFINITY, 5)).toBe(5);
    expect(clampSection(Number.NEGATIVE_INFINITY, 5)).toBe(1);
    expect(() => clampSection(1, 0)).toThrow(/at least one section/);
  });

  it("maps arrow keys, a clicker's Page Up/Down, Space and Escape", () => {
    expect(actionForKey({ key: "ArrowRight" }, "page")).toBe("next");
    expect(actionForKey({ key: "ArrowLeft" }, "page")).toBe("previous");
    expect(actionForKey({ key: "PageDown" }, "page")).toBe("next");
    expect(actionForKey({ key: "PageUp" }, "page")).toBe("previous");
    expect(actionForKey({ key: " " }, "page")).toBe("next");
    expect(actionForKey({ key: " ", shiftKey: true }, "page")).toBe("previous");
    expect(actionForKey({ key: "Home" }, "page")).toBe("first");
    expect(actionForKey({ key: "End" }, "page")).toBe("last");
    expect(actionForKey({ key: "Escape" }, "page")).toBe("exit");
    expect(actionForKey({ key: "a" }, "page")).toBeUndefined();
    expect(actionForKey({ key: "ArrowRight", ctrlKey: true }, "page")).toBeUndefined();
  });

  it("leaves keys to a focused slider or a code editor", () => {
    expect(actionForKey({ key: "ArrowRight" }, "control")).toBeUndefined();
    expect(actionForKey({ key: " " }, "control")).toBeUndefined();
    expect(actionForKey({ key: "PageDown" }, "control")).toBe("next"); // the clicker still works
    expect(actionForKey({ key: "PageDown" }, "text")).toBeUndefined();
    expect(actionForKey({ key: "Escape" }, "text")).toBeUndefined();
    expect(actionForKey({ key: "Escape" }, "control")).toBe("exit");
  });

  it("steps within the chapter and reports progress", () => {
    expect(step(3, "next", 5)).toBe(4);
    expect(step(5, "next", 5)).toBe(5);
    expect(step(1, "previous", 5)).toBe(1);
    expect(step(3, "first", 5)).toBe(1);
    expect(step(3, "last", 5)).toBe(5);
    expect(progressFraction(1, 4)).toBe(0.25);
    expect(progressFraction(4, 4)).toBe(1);
  });
});

describe("section timer", () => {
  it("banks time across pauses and ignores a second start", () => {
    let timer = startTimer(idleTimer(), 1_000);
    timer = startTimer(timer, 5_000); // already running: the start time stays
    expect(elapsedMs(timer, 4_000)).toBe(3_000);
    timer = pauseTimer(timer, 4_000);
    expect(elapsedMs(timer, 60_000)).toBe(3_000); // paused: the clock stands still
    timer = startTimer(timer, 70_000);
    expect(elapsedMs(timer, 72_500)).toBe(5_500);
  });

  it("formats m:ss and flags overtime only against a suggestion", () => {
    expect(formatClock(75_400)).toBe("1:15");
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(10 * 60_000 + 5_000)).toBe("10:05");
    expect(isOverTime(6 * 60_000, 5)).toBe(true);
    expect(isOverTime(4 * 60_000, 5)).toBe(false);
    expect(isOverTime(6 * 60_000, undefined)).toBe(false);
  });
});
