import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellsOnPage, readCell, runLessonCells, runPageCells, statedIn } from "./lesson-cells";
import { expectYourTurn, largestGap, solutionShown } from "./optimizer-chapters";

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

describe("largestGap", () => {
  it("is the largest coordinate difference at any point of two paths", () => {
    expect(
      largestGap(
        [
          [0, 0],
          [1, 2],
        ],
        [
          [0, 0],
          [1, 2],
        ],
      ),
    ).toBe(0);
    expect(
      largestGap(
        [
          [0, 0],
          [1, 2],
          [3, 3],
        ],
        [
          [0, -0.5],
          [1.25, 2],
          [3, 3],
        ],
      ),
    ).toBe(0.5);
  });
});

describe("expectYourTurn and solutionShown", () => {
  it("reads the solution the chapter shows (the same code in both editions)", () => {
    expect(solutionShown("sgd")).toBe("return [w[0] - eta * grad[0], w[1] - eta * grad[1]];");
    expect(solutionShown("momentum").split("\n")).toHaveLength(2);
  });

  it("passes when the start fails as named and the chapter's solution passes", async () => {
    const [start] = await runLessonCells("sgd", "cell-your-turn.ts");
    await expectYourTurn(start, "sgd", { failsAt: "step 1, x", optimizer: "SGD" });
  });

  it("fails when the start fails elsewhere, or the verdicts are not the ones named", async () => {
    const [start] = await runLessonCells("sgd", "cell-your-turn.ts");
    const expectations = { failsAt: "step 1, x", optimizer: "SGD" };
    await expect(expectYourTurn(start, "sgd", { ...expectations, failsAt: "step 2, x" })).rejects.toThrow();
    await expect(expectYourTurn(start, "sgd", { ...expectations, detail: "Expected 0, got 1." })).rejects.toThrow();
    await expect(expectYourTurn(start, "sgd", { ...expectations, optimizer: "Momentum" })).rejects.toThrow();
    await expect(expectYourTurn(start, "sgd", { ...expectations, steps: 3 })).rejects.toThrow();
    // Momentum's solution does not make SGD's cell pass (it needs a velocity the SGD cell lacks).
    await expect(expectYourTurn(start, "momentum", expectations)).rejects.toThrow();
  });
});

describe("runLessonCells", () => {
  it("runs a chapter's cell files in one notebook, in order, each outcome with its source", async () => {
    const [reproduce, yourTurn] = await runLessonCells("sgd", "cell-reproduce.ts", "cell-your-turn.ts");
    expect(reproduce.source).toBe(readCell("sgd", "cell-reproduce.ts"));
    expect(reproduce.ok).toBe(true);
    expect(yourTurn.verdicts).toHaveLength(1);
  });

  it("fails naming the file when a cell throws (the eval-mode cell alone has no trained model)", async () => {
    await expect(runLessonCells("dropout", "cell-eval-mode.ts")).rejects.toThrow(
      "content/lessons/dropout/cell-eval-mode.ts",
    );
  });
});

describe("runPageCells and cellsOnPage", () => {
  it("reads a chapter's cells in page order (the <CodeCell> order, not the imports') and runs them all", async () => {
    const page = new URL("../../../content/lessons/sgd.mdx", import.meta.url).pathname;
    expect(cellsOnPage(page).map(({ id, file }) => [id, file.slice(file.lastIndexOf("/") + 1)])).toEqual([
      ["sgd-spot-mistake", "cell-spot-mistake.ts"],
      ["sgd-reproduce", "cell-reproduce.ts"],
      ["sgd-your-turn", "cell-your-turn.ts"],
    ]);
    const cells = await runPageCells("sgd");
    expect(Object.keys(cells)).toEqual(["cell-spot-mistake.ts", "cell-reproduce.ts", "cell-your-turn.ts"]);
    expect(cells["cell-reproduce.ts"].source).toBe(readCell("sgd", "cell-reproduce.ts"));
  });
});
