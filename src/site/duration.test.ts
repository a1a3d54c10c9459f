import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  // Whole seconds, minutes and hours: src/run/eta.test.ts.
  it("milliseconds and tenths with `fine` (a cell's run time, as src/notebook/render.ts had it)", () => {
    expect(formatDuration(0.12, { fine: true })).toBe("120 ms");
    expect(formatDuration(4.21, { fine: true })).toBe("4.2 s");
    expect(formatDuration(42, { fine: true })).toBe("42 s");
    expect(formatDuration(125, { fine: true })).toBe("2 min 05 s");
  });
});
