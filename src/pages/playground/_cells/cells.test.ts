/**
 * The playground's cells run as they are on the page (same runtime as the worker), and
 * the "your turn" cell fails until the reader writes the derivative, then passes.
 */
import { describe, expect, it } from "vitest";
import { nodeNotebook } from "../../../notebook/testing";
import tensors from "./tensors.ts?raw";
import usesPrevious from "./uses-previous.ts?raw";
import descentChart from "./descent-chart.ts?raw";
import yourTurn from "./your-turn.ts?raw";
import train from "./train.ts?raw";

describe("playground cells", () => {
  it("tensors → uses-previous share x", async () => {
    const notebook = nodeNotebook();
    const first = await notebook.run("tensors", tensors);
    expect(first.result).toEqual({ ok: true });
    expect(first.items[0]).toEqual({
      kind: "table",
      table: {
        shape: [2, 2],
        source: "tensor",
        label: "x",
        rows: [
          ["1", "2"],
          ["3", "4"],
        ],
      },
    });
    expect(first.texts).toEqual(["x · w has shape [2, 3]"]);
    const second = await notebook.run("uses-previous", usesPrevious);
    expect(second.texts).toEqual(["sum of x: 10", "mean of each column: [[2, 3]]"]);
  });

  it("descent-chart draws an SVG and converges towards 0", async () => {
    const { result, items, texts } = await nodeNotebook().run("descent-chart", descentChart);
    expect(result).toEqual({ ok: true });
    const chart = items.find((i) => i.kind === "plot");
    expect(chart && chart.kind === "plot" && chart.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    // x ← x − η·2x = 0.8·x, applied once per step 0…30: x = 4 · 0.8³¹.
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^after 31 steps: x = /);
    expect(Number(texts[0].split("= ")[1])).toBeCloseTo(4 * 0.8 ** 31, 15);
  });

  it("your-turn fails as given and passes with the derivative written in", async () => {
    const notebook = nodeNotebook();
    const asGiven = await notebook.run("your-turn", yourTurn);
    expect(asGiven.verdicts).toEqual([
      {
        kind: "verdict",
        ok: false,
        label: "df(x) matches the numerical derivative",
        detail: expect.stringMatching(/^At \[0\]: expected -4, got 0/),
      },
    ]);
    const solved = await notebook.run(
      "your-turn",
      yourTurn.replace("return 0; // ← replace with the derivative", "return 2 * x;"),
    );
    expect(solved.verdicts.map((v) => v.ok)).toEqual([true]);
  });

  it("train reports progress and a falling loss (two epochs of it)", async () => {
    const short = train.replace("const epochs = 160;", "const epochs = 2;");
    expect(short).not.toBe(train);
    const { result, texts, progress } = await nodeNotebook().run("train", short);
    expect(result).toEqual({ ok: true });
    expect(progress).toBe(1);
    const losses = texts.map((t) => Number(t.split("mean loss ")[1]));
    expect(losses).toHaveLength(2);
    expect(losses[1]).toBeLessThan(losses[0]);
  });
});
