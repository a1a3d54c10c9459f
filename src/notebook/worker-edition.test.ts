import { afterEach, describe, expect, it } from "vitest";
import { setLocale, t } from "../i18n";
import { ja } from "../i18n/ja";
import { adoptEdition, editionMessage } from "./worker-edition";

afterEach(() => setLocale("en"));

describe("the cells' worker speaks the page's edition", () => {
  it("a Japanese page's message makes the trajectory check Japanese", () => {
    adoptEdition({ locale: "ja", strings: ja });
    expect(t("cell.trajectory.step", { step: 1, axis: "x" })).toBe("ステップ 1 の x:kobai の値と一致すること");
    expect(editionMessage()).toEqual({ locale: "ja", strings: ja });
  });

  it("an English page sends no table and stays English; a message without a table changes nothing", () => {
    expect(editionMessage()).toEqual({ locale: "en" });
    adoptEdition({ locale: "en" });
    expect(t("cell.trajectory.step", { step: 1, axis: "x" })).toBe("step 1, x: yours should equal kobai's");
    adoptEdition({ locale: "ja" });
    adoptEdition(undefined);
    expect(t("cell.trajectory.step", { step: 1, axis: "x" })).toBe("step 1, x: yours should equal kobai's");
  });
});
