import { describe, expect, it } from "vitest";
import { formatDistinct } from "./text";

describe("formatDistinct", () => {
  it("keeps the short form when the two numbers already read differently", () => {
    expect(formatDistinct(0.5, 0.02)).toEqual(["0.50", "0.020"]);
    expect(formatDistinct(6.39, 0.02)).toEqual(["6.39", "0.020"]);
  });
  it("adds digits until they differ", () => {
    expect(formatDistinct(6.3912, 6.3897)).toEqual(["6.391", "6.390"]);
    expect(formatDistinct(-6.39121, -6.39118)).toEqual(["−6.39121", "−6.39118"]);
  });
  it("is undefined when six digits still read the same", () => {
    expect(formatDistinct(1, 1 + 1e-9)).toBeUndefined();
    expect(formatDistinct(6.391234, 6.391231)).toBeUndefined();
  });
});
