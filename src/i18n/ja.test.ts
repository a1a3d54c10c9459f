// The Japanese edition's strings: every key is one of English's, every placeholder matches,
// and (for each area already translated) no key is missing or left in English.
import { afterEach, describe, expect, it } from "vitest";
import { en } from "./en";
import { ja } from "./ja";
import { installStrings, setLocale, t } from "./index";
import { site as siteEn } from "./en/site";
import { charts as chartsEn } from "./en/charts";
import { reference as referenceEn } from "./en/reference";
import { forward as forwardEn, schedules as schedulesEn } from "./en/forward";
import { notebook as notebookEn } from "./en/notebook";
import { types as typesEn } from "./en/types";
import { walkthrough as walkthroughEn } from "./en/walkthrough";
import { room as roomEn } from "./en/room";
import { run as runEn } from "./en/run";
import { optimizers as optimizersEn } from "./en/optimizers";
import { comparison as comparisonEn } from "./en/comparison";
import { perceptron as perceptronEn } from "./en/perceptron";
import { foundations as foundationsEn } from "./en/foundations";
import { activations as activationsEn } from "./en/activations";
import { initialization as initializationEn } from "./en/initialization";
import { backprop as backpropEn } from "./en/backprop";
import { batchnorm as batchnormEn } from "./en/batchnorm";
import { regularization as regularizationEn } from "./en/regularization";

/** Areas whose Japanese module is complete; the test holds each to every English key. */
const COMPLETE_AREAS: Record<string, Record<string, string>> = {
  site: siteEn,
  charts: chartsEn,
  reference: referenceEn,
  forward: forwardEn,
  schedules: schedulesEn,
  notebook: notebookEn,
  types: typesEn,
  walkthrough: walkthroughEn,
  room: roomEn,
  run: runEn,
  optimizers: optimizersEn,
  comparison: comparisonEn,
  perceptron: perceptronEn,
  foundations: foundationsEn,
  activations: activationsEn,
  initialization: initializationEn,
  backprop: backpropEn,
  batchnorm: batchnormEn,
  regularization: regularizationEn,
};

/** Values that are the same in both editions (names, not words). */
const SAME_IN_BOTH = new Set(["kobai", "English"]);

/** Hiragana, katakana or CJK ideographs. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the Japanese strings", () => {
  afterEach(() => setLocale("en"));

  it("cover every English key: the whole UI has a Japanese edition", () => {
    expect(Object.keys(en).filter((key) => !(key in ja))).toEqual([]);
  });

  it("use only keys that English has", () => {
    const stale = Object.keys(ja).filter((key) => !(key in en));
    expect(stale).toEqual([]);
  });

  it("keep every placeholder of the English string", () => {
    const wrong = Object.entries(ja)
      .filter(
        ([key, value]) =>
          JSON.stringify(placeholders(value!)) !== JSON.stringify(placeholders(en[key as keyof typeof en])),
      )
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  for (const [area, english] of Object.entries(COMPLETE_AREAS)) {
    it(`translate every key of "${area}", none left in English`, () => {
      const missing = Object.keys(english).filter((key) => !(key in ja));
      // Left in English: a value with English words but no kana or kanji, not a shared name.
      const untranslated = Object.keys(english).filter((key) => {
        const value = ja[key as keyof typeof ja];
        const words = value?.replace(/\{\w+\}/g, "").trim();
        return words !== undefined && /[A-Za-z]{2,}/.test(words) && !JAPANESE.test(words) && !SAME_IN_BOTH.has(words);
      });
      expect({ missing, untranslated }).toEqual({ missing: [], untranslated: [] });
    });
  }

  it("write brackets and colons one way, as the Japanese chapters do: ASCII ( ) and :, not （）：", () => {
    const fullWidth = Object.entries(ja)
      .filter(([, value]) => /[（）：]/u.test(value!))
      .map(([key]) => key);
    expect(fullWidth).toEqual([]);
  });

  it("are what t() returns on a Japanese page, with English as the fallback", () => {
    installStrings("ja", ja);
    setLocale("ja");
    expect(t("lesson.chapterOf", { n: 3, total: 20 })).toBe("全20章中 第3章");
    expect(t("glossary.title")).toBe("用語集");
    setLocale("en");
    expect(t("glossary.title")).toBe("Glossary");
  });
});
