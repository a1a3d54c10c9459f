import { describe, expect, it } from "vitest";
import { t, strings } from "./index";
import { mergeStrings } from "./merge";

describe("t", () => {
  it("returns the English string for a key", () => {
    expect(t("glossary.title")).toBe("Glossary");
  });

  it("fills {placeholders} from params", () => {
    expect(t("lesson.chapterOf", { n: 3, total: 17 })).toBe("Chapter 3 of 17");
  });

  it("throws when a placeholder has no value", () => {
    expect(() => t("lesson.chapterOf", { n: 3 })).toThrow(/needs a value for \{total\}/);
  });

  it("throws on an unknown key", () => {
    // @ts-expect-error: deliberately not a key
    expect(() => t("no.such.key")).toThrow(/unknown string key "no.such.key"/);
  });

  it("has no empty strings", () => {
    for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe("");
  });
});

describe("mergeStrings", () => {
  it("merges tables from different areas", () => {
    expect(mergeStrings({ "a.x": "X" }, { "b.y": "Y" })).toEqual({ "a.x": "X", "b.y": "Y" });
  });

  it("refuses a key defined twice", () => {
    expect(() => mergeStrings({ "a.x": "X" }, { "a.x": "other" })).toThrow(/"a.x" is defined in two string modules/);
  });
});

describe("tCount", () => {
  it("picks the singular for 1 and the plural otherwise", async () => {
    const { tCount } = await import("./index");
    expect(tCount("count.steps", 1)).toBe("1 step");
    expect(tCount("count.steps", 0)).toBe("0 steps");
    expect(tCount("count.steps", 30)).toBe("30 steps");
  });
});
