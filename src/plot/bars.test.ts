import { describe, expect, it } from "vitest";
import { barChart } from "./bars";
import { buildDocument } from "./testing";

const document = buildDocument();

describe("barChart", () => {
  it("draws one bar per finite value and names every value in the caption", () => {
    const r = barChart({
      document,
      bars: [
        { name: "a", value: 0.25 },
        { name: "b", value: 0.75 },
      ],
      yDomain: [0, 1],
    });
    expect(r.svg.querySelectorAll("g[data-mark=bar] rect")).toHaveLength(2);
    expect(r.caption).toBe("a: 0.25. b: 0.75.");
  });

  it("leaves out NaN bars and says so instead of drawing 0", () => {
    const r = barChart({
      document,
      bars: [
        { name: "a", value: NaN },
        { name: "b", value: 1 },
      ],
    });
    expect(r.svg.querySelectorAll("g[data-mark=bar] rect")).toHaveLength(1);
    expect(r.caption).toContain("a: NaN (no bar).");
    expect(() => barChart({ document, bars: [] })).toThrow(/non-empty array/);
  });
});
