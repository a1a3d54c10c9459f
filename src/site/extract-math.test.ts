import { describe, expect, it } from "vitest";
import { extractMath } from "./extract-math";

describe("extractMath", () => {
  it("finds inline and display formulas with their lines", () => {
    const source = "Let $x^2$ be small.\n\n$$\n\\frac{1}{2} \\lambda\n$$\nand $y$.";
    expect(extractMath(source)).toEqual([
      { tex: "x^2", display: false, line: 1 },
      { tex: "\\frac{1}{2} \\lambda", display: true, line: 3 },
      { tex: "y", display: false, line: 6 },
    ]);
  });

  it("skips frontmatter, fenced code, inline code and escaped dollars", () => {
    const source = [
      "---",
      "title: Costs $5",
      "---",
      "It costs \\$5 and `echo $HOME` prints a path.",
      "```ts",
      "const price = `$${cost}`;",
      "```",
      "Only $a + b$ is math.",
    ].join("\n");
    expect(extractMath(source)).toEqual([{ tex: "a + b", display: false, line: 8 }]);
  });

  it("reports an unclosed formula with its line", () => {
    expect(() => extractMath("ok $x$\n\nbroken $y\n\nmore")).toThrow(/unclosed \$ at line 3/);
  });

  it("keeps braces and pipes inside formulas", () => {
    expect(extractMath("$\\lVert W \\rVert_2^2 = \\sum_{i,j} w_{ij}^2$")[0]!.tex).toBe(
      "\\lVert W \\rVert_2^2 = \\sum_{i,j} w_{ij}^2",
    );
  });
});
