import { describe, expect, it } from "vitest";
import { guessVerdict, sketchPath } from "./predict";
import { t } from "../i18n";

const strings = {
  matched: t("predict.matched", { choice: "{choice}" }),
  missed: t("predict.missed", { choice: "{choice}", correct: "{correct}" }),
};

describe("committed predictions", () => {
  it("says whether the guess matched", () => {
    const options = ["It converges", "It oscillates", "It diverges"];
    expect(guessVerdict(options, 2, 2, strings)).toEqual({ matched: true, text: "Your guess was right: It diverges." });
    expect(guessVerdict(options, 0, 2, strings)).toEqual({
      matched: false,
      text: "Your guess was “It converges”; the answer is “It diverges”.",
    });
    expect(guessVerdict(options, 0, undefined, strings)).toEqual({ matched: undefined, text: "" });
    expect(guessVerdict(options, 0, 7, strings).matched).toBeUndefined();
  });

  it("turns pointer positions into a path", () => {
    expect(
      sketchPath([
        [0, 10],
        [5.04, 8.26],
      ]),
    ).toBe("M0,10L5,8.3");
    expect(sketchPath([])).toBe("");
  });
});
