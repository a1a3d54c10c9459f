/**
 * The @example blocks on /reference/ are code a learner copies into a cell, so they must
 * run, and the values their comments promise must be true. Each top-level example runs as
 * a cell would (transpiled by the notebook, with every export of "kobai" in scope and
 * `seed(0)` first); a line `expression; // 6.45 …` whose comment starts with a literal (a
 * number, a "string", an [array], true/false/null) is checked against that literal
 * (numbers to 1e-9 relative). Comments that start with words or "≈" are prose, not claims.
 *
 * A few examples are fragments of a lesson (they use the lesson's `model`, `x`, `dout`…)
 * or need a browser; they are listed in FRAGMENTS with the reason, and checked only to parse.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as kobai from "kobai";
import { allEntries, extractReference } from "./extract";
import { transpileCell } from "../notebook/transpile";
import { nodeDataSource } from "../data/node-source";

/** Examples that use names from the surrounding lesson or a browser, and why. */
const FRAGMENTS: Record<string, string> = {
  matmulTransposeA: "uses the lesson's x and dout",
  matmulTransposeB: "uses the lesson's dout and w",
  add: "uses the lesson's xW and b",
  sub: "uses the lesson's y and t",
  mul: "uses the lesson's dout and mask",
  div: "uses the lesson's x and std",
  scale: "uses the lesson's grad and lr",
  CrossEntropyLoss: "uses the lesson's model, x and labels",
  MSELoss: "uses the lesson's y and t",
  GradientCheckRow: "uses the lesson's model, loss, x and t",
  GradientCheckOptions: "uses the lesson's model, loss, x and t",
  gradientCheck: "show() is the code cell's",
  Optimizer: "shows calls on an optimizer `opt` the lesson made",
  mnistImage: "uses the lesson's train",
  setMatmulKernel: "myFasterKernel is the reader's own",
  AdaGradOptions: "uses the lesson's net",
  AdamOptions: "uses the lesson's net",
  AdamWOptions: "uses the lesson's net",
  MomentumOptions: "uses the lesson's net",
  NesterovOptions: "uses the lesson's net",
  RMSPropOptions: "uses the lesson's net",
  SGDOptions: "uses the lesson's net",
  OptimizerForm: "uses the lesson's net",
  BaseOptions: "uses the lesson's net",
  ForwardOptions: "uses the lesson's x",
  BatchNormOptions: "a constructor call, nothing to check",
  DropoutOptions: "a constructor call, nothing to check",
  BatchOptions: "uses the lesson's x and y",
  Labels: "a declaration, nothing to check",
  OptimizerLike: "uses the lesson's model, loss, x and y",
  LoopOptions: "uses the lesson's model, loss, opt and train",
  LoopStep: "uses the lesson's loop",
  StepReport: "uses the lesson's model, loss, opt and data",
  EpochReport: "uses the lesson's model, loss, opt and data",
  History: "uses the lesson's model, loss, opt, x and y",
  FitOptions: "uses the lesson's model, loss, opt, train and test",
  batches: "uses the lesson's x, y, loss and model",
  MnistManifest: "fetches the site's /data/mnist.json",
  setDataSource: "fetches from a web server",
  LoadProgress: "sets the page's progress bar",
  map: "uses the lesson's x",
  Dropout: "uses the lesson's x",
  predict: "uses the lesson's model and x",
  accuracy: "uses the lesson's model and test data",
};

const names = Object.keys(kobai);
const entries = allEntries(extractReference());

/** A literal at the start of a comment: number, "string", [array], true, false, null. */
function leadingLiteral(comment: string): { value: unknown } | undefined {
  const text = comment.trim();
  const number = /^-?\d+(\.\d+)?(e[-+]?\d+)?(?![\w.])/i.exec(text);
  // "0.1414…" or "10 · ⌈N / 32⌉": an approximation or a formula, not a value to check.
  if (number) return /^\s*[…·×*/+^−-]/.test(text.slice(number[0].length)) ? undefined : { value: Number(number[0]) };
  const word = /^(true|false|null)\b/.exec(text);
  if (word) return { value: JSON.parse(word[1]) };
  if (text.startsWith('"')) {
    const end = text.indexOf('"', 1);
    return end > 0 ? { value: text.slice(1, end) } : undefined;
  }
  if (text.startsWith("[")) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "[") depth++;
      if (text[i] === "]" && --depth === 0) {
        try {
          return { value: JSON.parse(text.slice(0, i + 1)) };
        } catch {
          return undefined; // e.g. [["0", …]]: prose
        }
      }
    }
  }
  return undefined;
}

/** Rewrites `expr; // literal …` lines into checks; returns the JavaScript and the claim count. */
function withClaims(js: string, source: string): { code: string; claims: number } {
  const sourceLines = source.split("\n");
  let claims = 0;
  const lines = js.split("\n").map((line, i) => {
    const comment = /\/\/(.*)$/.exec(sourceLines[i] ?? "");
    const statement = /^(\s*)(.+?);?\s*(\/\/.*)?$/.exec(line);
    if (!comment || !statement) return line;
    if (
      /^\s*(const|let|var|for|while|if|function|class|import|export|return|try|\}|\{)\b/.test(statement[2]) ||
      /^\s*[\w.]+\s*=[^=]/.test(statement[2])
    )
      return line;
    // A comment after several statements (`seed(7); currentSeed() // 7`) checks the last.
    const parts = statement[2].split(/;\s*/);
    const literal = leadingLiteral(comment[1]);
    if (!literal) return line;
    claims++;
    const last = parts.pop()!;
    return `${statement[1]}${parts.map((p) => p + "; ").join("")}__claim(${last}, ${JSON.stringify(literal.value)}, ${JSON.stringify(sourceLines[i]!.trim())});`;
  });
  return { code: lines.join("\n"), claims };
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "number")
    return (
      typeof actual === "number" &&
      (actual === expected || Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))
    );
  if (Array.isArray(expected)) {
    // A Tensor compares by its rows ([[4, 6]]), a typed array by its numbers.
    const list =
      actual instanceof kobai.Tensor
        ? actual.toArray()
        : ArrayBuffer.isView(actual)
          ? Array.from(actual as unknown as ArrayLike<number>)
          : actual;
    return Array.isArray(list) && list.length === expected.length && expected.every((e, i) => sameValue(list[i], e));
  }
  return actual === expected;
}

async function runExample(source: string): Promise<number> {
  const { js } = transpileCell(source);
  const { code, claims } = withClaims(js, source);
  const failures: string[] = [];
  const claim = (actual: unknown, expected: unknown, line: string) => {
    if (!sameValue(actual, expected)) failures.push(`${line}\n    got ${JSON.stringify(actual)}`);
  };
  const require = (module: string) => {
    if (module === "kobai") return kobai;
    throw new Error(`an example imports "${module}"`);
  };
  const body = `const { ${names.join(", ")} } = kobai;\nreturn (async () => {\n${code}\n})();`;
  await new Function("kobai", "require", "__claim", body)(kobai, require, claim);
  expect(failures, failures.join("\n")).toEqual([]);
  return claims;
}

afterEach(() => {
  kobai.seed(0);
  kobai.setDataSource(nodeDataSource);
  kobai.setMatmulKernel(kobai.typedArrayKernel);
});

describe("reference examples", () => {
  it("names only real exports as fragments", () => {
    const known = new Set(entries.map((e) => e.name));
    expect(Object.keys(FRAGMENTS).filter((name) => !known.has(name))).toEqual([]);
  });

  it("checks literal claims in comments (the checker itself)", async () => {
    expect(leadingLiteral(' "[2, 3]"')).toEqual({ value: "[2, 3]" });
    expect(leadingLiteral(" [4, 0]: ∂L/∂x skipped")).toEqual({ value: [4, 0] });
    expect(leadingLiteral(" 6.45 = f(-7, 2)")).toEqual({ value: 6.45 });
    expect(leadingLiteral(" ≈ 0.9")).toBeUndefined();
    expect(leadingLiteral(" 10 · ⌈N / 32⌉")).toBeUndefined();
    expect(leadingLiteral(" 0.1414…")).toBeUndefined();
    await expect(runExample("Tensor.ones(1, 2).shape; // [1, 2]")).resolves.toBe(1);
    await expect(runExample("Tensor.ones(1, 2).shape; // [2, 1]")).rejects.toThrow(/got \[1,2\]/);
  });

  for (const entry of entries) {
    entry.examples.forEach((example, k) => {
      const label = `${entry.name}${entry.examples.length > 1 ? ` #${k + 1}` : ""} (${entry.file})`;
      if (entry.name in FRAGMENTS) {
        it(`${label} parses (a fragment: ${FRAGMENTS[entry.name]})`, () => {
          expect(() => transpileCell(example)).not.toThrow();
        });
      } else {
        it(`${label} runs and its commented values hold`, async () => {
          kobai.seed(0);
          await runExample(example);
        }, 60_000);
      }
    });
  }
});
