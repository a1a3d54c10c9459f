import { describe, expect, it } from "vitest";
import { decodeMappings, decodeVlq, originalPosition } from "./sourcemap";

describe("source map decoding", () => {
  it("decodes base-64 VLQ numbers, including negatives and multi-digit ones", () => {
    expect(decodeVlq("AAAA")).toEqual([0, 0, 0, 0]);
    expect(decodeVlq("D")).toEqual([-1]);
    expect(decodeVlq("uGAAwC")).toEqual([103, 0, 0, 40]);
    expect(() => decodeVlq("!")).toThrow(/not a base-64 digit/);
  });

  it("accumulates segments across lines (generated column resets per line)", () => {
    const lines = decodeMappings("AAAA,MAAM;AACA,IAAI");
    expect(lines).toEqual([
      [
        { generatedColumn: 0, originalLine: 0, originalColumn: 0 },
        { generatedColumn: 6, originalLine: 0, originalColumn: 6 },
      ],
      [
        { generatedColumn: 0, originalLine: 1, originalColumn: 6 },
        { generatedColumn: 4, originalLine: 1, originalColumn: 10 },
      ],
    ]);
  });

  it("maps a position inside a token by its distance from the token's start", () => {
    const lines = decodeMappings("AAAA,MAAM,CAAS"); // generated 0→0, 6→6, 7→15
    expect(originalPosition(lines, 0, 7)).toEqual({ line: 0, column: 15 });
    expect(originalPosition(lines, 0, 9)).toEqual({ line: 0, column: 17 });
    expect(originalPosition(lines, 5, 3)).toEqual({ line: 5, column: 3 }); // unmapped line: unchanged
  });
});
