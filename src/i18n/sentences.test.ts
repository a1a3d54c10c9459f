import { describe, expect, it } from "vitest";
import { joinSentences } from "./sentences";

describe("joinSentences", () => {
  it("puts one space between English sentences and skips empty parts", () => {
    expect(joinSentences(["Step 3.", "", undefined, "f = 0.2."])).toBe("Step 3. f = 0.2.");
  });

  it("puts no space after a Japanese full stop or closing mark", () => {
    expect(joinSentences(["3 ステップです。", "f = 0.2 です。", "「発散」！", "次へ"])).toBe(
      "3 ステップです。f = 0.2 です。「発散」！次へ",
    );
  });

  it("keeps the space after an English sentence inside a Japanese page (a code name, a number)", () => {
    expect(joinSentences(["学習係数は 0.1", "です。"])).toBe("学習係数は 0.1 です。");
  });
});
