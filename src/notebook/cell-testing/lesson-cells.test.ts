import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { statedIn } from "./lesson-cells";

const lessons = new URL("../../../content/lessons/", import.meta.url);
const untranslated = readdirSync(lessons)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""))
  .find((slug) => !existsSync(new URL(`../ja/lessons/${slug}.mdx`, lessons)));

describe("statedIn", () => {
  it.skipIf(!untranslated)("finds a claim in an English-only chapter, and fails on one it does not state", () => {
    const said = statedIn(untranslated!);
    expect(() => said("## ")).not.toThrow();
    expect(() => said("a sentence no chapter has written")).toThrow(/should say/);
  });

  it("in a chapter with a Japanese twin, wants the Japanese sentence too and checks it", () => {
    const said = statedIn("perceptron");
    expect(() => said("The\n  perceptron", "パーセプトロン")).not.toThrow(); // white space folded
    expect(() => said("perceptron")).toThrow(/needs the sentence/);
    expect(() => said("perceptron", "パーセプトロン")).not.toThrow();
    expect(() => said("perceptron", "書かれていない文")).toThrow(/ja\/lessons\/perceptron\.mdx should say/);
  });
});
