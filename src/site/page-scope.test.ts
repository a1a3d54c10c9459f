import { describe, expect, it } from "vitest";
import { isFirstUse, uniqueId } from "./page-scope";

describe("page scope", () => {
  it("reports the first use of a key once per page", () => {
    const pageA = {};
    const pageB = {};
    expect(isFirstUse(pageA, "term:x")).toBe(true);
    expect(isFirstUse(pageA, "term:x")).toBe(false);
    expect(isFirstUse(pageB, "term:x")).toBe(true);
  });

  it("numbers ids per page and per prefix", () => {
    const page = {};
    expect(uniqueId(page, "exercise")).toBe("exercise-1");
    expect(uniqueId(page, "exercise")).toBe("exercise-2");
    expect(uniqueId(page, "pitfall")).toBe("pitfall-1");
    expect(uniqueId({}, "exercise")).toBe("exercise-1");
  });
});
