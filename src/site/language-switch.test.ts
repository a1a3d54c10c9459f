import { describe, expect, it } from "vitest";
import { prefersJapanese, sectionFromHash, switchHref } from "./language-switch";
import { localeOfPath, localizePath } from "../i18n/locale";

describe("the language switch", () => {
  it("carries the query and the section's position", () => {
    expect(switchHref("/ja/lessons/sgd/", "?present=2&w.bowl.lr=0.9", 3)).toBe(
      "/ja/lessons/sgd/?present=2&w.bowl.lr=0.9#section-3",
    );
    expect(switchHref("/lessons/sgd/", "", undefined)).toBe("/lessons/sgd/");
  });

  it("reads only #section-N with N ≥ 1", () => {
    expect(sectionFromHash("#section-12")).toBe(12);
    expect(sectionFromHash("#section-0")).toBeUndefined();
    expect(sectionFromHash("#momentum")).toBeUndefined();
    expect(sectionFromHash("#section-1e308")).toBeUndefined();
  });

  it("offers Japanese only when it is the browser's first language", () => {
    expect(prefersJapanese(["ja-JP", "en"])).toBe(true);
    expect(prefersJapanese(["ja"])).toBe(true);
    expect(prefersJapanese(["en-US", "ja"])).toBe(false);
    expect(prefersJapanese([])).toBe(false);
  });
});

describe("edition paths", () => {
  it("map each page to its twin and back", () => {
    expect(localizePath("/", "ja")).toBe("/ja/");
    expect(localizePath("/lessons/sgd/", "ja")).toBe("/ja/lessons/sgd/");
    expect(localizePath("/ja/lessons/sgd/", "en")).toBe("/lessons/sgd/");
    expect(localizePath("/ja/", "en")).toBe("/");
    expect(localizePath("/ja/glossary/#epoch", "ja")).toBe("/ja/glossary/#epoch");
    expect(localizePath("/japan/", "ja")).toBe("/ja/japan/");
  });

  it("tell the edition from the path", () => {
    expect(localeOfPath("/ja/")).toBe("ja");
    expect(localeOfPath("/ja")).toBe("ja");
    expect(localeOfPath("/japan/")).toBe("en");
    expect(localeOfPath("/lessons/sgd/")).toBe("en");
  });
});
