import { describe, expect, it } from "vitest";
import { nodeNotebook } from "./testing";
import { CellRuntime } from "./runtime";
import type { OutputItem } from "./protocol";
import { installStrings, setLocale } from "../i18n";
import { notebook as japaneseCellStrings } from "../i18n/ja/notebook";

const notebook = nodeNotebook;

describe("CellRuntime: a shared scope across cells", () => {
  it("lets a cell use what earlier cells defined, imports included", async () => {
    const { run } = notebook();
    expect(
      (
        await run(
          "a",
          'import { Tensor } from "kobai";\nconst w: Tensor = Tensor.ones(2, 3);\nfunction double(x: number) { return 2 * x; }\nclass Box { v = 7 }',
        )
      ).result,
    ).toEqual({ ok: true });
    const { result, texts } = await run("b", "console.log(w.shape, double(21), new Box().v, Tensor.zeros(1, 1).cols);");
    expect(result).toEqual({ ok: true });
    expect(texts).toEqual(["[2, 3] 42 7 1"]);
  });

  it("saves reassigned variables back, keeps const const, and lets a cell redeclare its own names", async () => {
    const { run } = notebook();
    await run("a", "let step = 0;\nconst lr = 0.1;");
    await run("b", "step += 1;");
    await run("b", "step += 1;");
    expect((await run("c", "console.log(step)")).texts).toEqual(["2"]);
    const reassign = await run("d", "lr = 1;");
    expect(reassign.result).toMatchObject({ ok: false, error: { name: "TypeError", line: 1, column: 4 } });
    // Rerunning cell a redeclares its own names: fine, and it resets step.
    expect((await run("a", "let step = 10;\nconst lr = 0.5;")).result).toEqual({ ok: true });
    expect((await run("c", "console.log(step, lr)")).texts).toEqual(["10 0.5"]);
  });

  it("keeps the names a failed cell defined before it failed", async () => {
    const { run } = notebook();
    const failed = await run("a", "const before = 1;\nthrow new Error('midway');\nconst after = 2;");
    expect(failed.result).toMatchObject({ ok: false, error: { message: "midway", line: 2 } });
    expect((await run("b", "console.log(typeof before, typeof after)")).texts).toEqual(["number undefined"]);
  });

  it("restart clears what cells defined", async () => {
    const { run, runtime } = notebook();
    await run("a", "const x = 1;");
    runtime.restart();
    const after = await run("b", "console.log(x)");
    expect(after.result).toMatchObject({
      ok: false,
      error: { name: "ReferenceError", message: "x is not defined", cellId: "b", line: 1, column: 13 },
    });
  });

  it("supports top-level await and starts each run from seed(0)", async () => {
    const { run } = notebook();
    const source =
      'import { Tensor } from "kobai";\nawait new Promise((r) => setTimeout(r, 1));\nconsole.log(Tensor.randn(1, 3).toArray()[0]);';
    const first = await run("a", source);
    const second = await run("a", source);
    expect(first.result).toEqual({ ok: true });
    expect(first.texts).toHaveLength(1);
    expect(second.texts).toEqual(first.texts);
  });
});

describe("CellRuntime: errors name the reader's line and column", () => {
  it("maps a thrown error through imports, types and interfaces", async () => {
    const { run } = notebook();
    const source = [
      'import { Tensor, matmul } from "kobai";',
      "interface Shape { rows: number; cols: number }",
      "const a: Tensor = Tensor.ones(2, 3);",
      "type T = number;",
      "const b: Tensor = Tensor.ones(2, 3);",
      "const product: Tensor = matmul(a, b);",
    ].join("\n");
    const { result } = await run("m", source);
    expect(result).toMatchObject({ ok: false, error: { kind: "runtime", cellId: "m", line: 6, column: 25 } });
    expect(!result.ok && result.error.message).toMatch(/\[2, 3\].*\[2, 3\]/);
  });

  it("points at the property access after removed type annotations", async () => {
    const { run } = notebook();
    const source = "const n: number = 1;\nconst o: { a?: { b: number } } = {};\nconst bad: number = o.a!.b;";
    const { result } = await run("t", source);
    // `o.a!.b`: reading b of undefined; V8 points at "b", column 27 in the reader's line.
    expect(result).toMatchObject({
      ok: false,
      error: { name: "TypeError", line: 3, column: source.split("\n")[2].indexOf(".b") + 2 },
    });
  });

  it("locates an error inside a function an earlier cell defined", async () => {
    const { run } = notebook();
    await run(
      "lib",
      "// helpers\nfunction risky(x: number): number {\n  if (x > 1) throw new RangeError(`too big: ${x}`);\n  return x;\n}",
    );
    const { result } = await run("use", "risky(0);\nrisky(5);");
    // V8 points at `new RangeError`, column 20 of "  if (x > 1) throw new RangeError(…)".
    expect(result).toMatchObject({
      ok: false,
      error: { name: "RangeError", message: "too big: 5", cellId: "lib", line: 3, column: 20 },
    });
  });

  it("reports a syntax error with the cell id and position", async () => {
    const { run } = notebook();
    const { result } = await run("s", "const a: number = 1;\nconst b = a +* 2;");
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "syntax", name: "SyntaxError", cellId: "s", line: 2, column: 14 },
    });
  });

  it("names unknown modules", async () => {
    const { run } = notebook();
    const { result } = await run("i", 'import fs from "node:fs";');
    expect(result).toMatchObject({ ok: false, error: { line: 1, message: expect.stringContaining("node:fs") } });
  });
});

describe("CellRuntime: builtins", () => {
  it("show() makes tables for tensors, parameters and number arrays, text otherwise", async () => {
    const { run } = notebook();
    const { items } = await run(
      "s",
      'import { Tensor, Parameter } from "kobai";\nshow(Tensor.from([[1, 2], [3, 4]]));\nshow(new Parameter(Tensor.ones(1, 2), "fc1.bias"));\nshow([0.5, 0.25]);\nshow({ lr: 0.1 });\nshow(1 / 3, "third");',
    );
    expect(items).toEqual([
      {
        kind: "table",
        table: {
          shape: [2, 2],
          source: "tensor",
          rows: [
            ["1", "2"],
            ["3", "4"],
          ],
          label: undefined,
        },
      },
      { kind: "table", table: { shape: [1, 2], source: "tensor", rows: [["1", "1"]], label: "fc1.bias" } },
      { kind: "table", table: { shape: [1, 2], source: "array", rows: [["0.5", "0.25"]], label: undefined } },
      { kind: "text", level: "log", text: "{ lr: 0.1 }" },
      { kind: "text", level: "log", text: "third: 0.333333" },
    ]);
  });

  it("check() prints a verdict and returns it", async () => {
    const { run } = notebook();
    const { items, texts } = await run(
      "c",
      'const ok = check("sum", 0.1 + 0.2, 0.3);\nconst bad = check("list", [1, 2], [1, 2.5]);\nconsole.log(ok, bad);',
    );
    expect(items.slice(0, 2)).toEqual([
      { kind: "verdict", ok: true, label: "sum", detail: "" },
      { kind: "verdict", ok: false, label: "list", detail: expect.stringContaining("[1]: expected 2.5, got 2") },
    ]);
    expect(texts).toEqual(["true false"]);
  });

  it("progress() validates its argument", async () => {
    const { run } = notebook();
    const { result } = await run("p", "progress(0.5);\nprogress('half');");
    expect(result).toMatchObject({ ok: false, error: { name: "TypeError", line: 2 } });
  });

  it("a thrown string or null names the line of its throw, and the value is thrown unchanged", async () => {
    const { run } = notebook();
    expect((await run("t", 'const a = 1;\nif (a) throw "text";')).result).toEqual({
      ok: false,
      error: { kind: "runtime", name: "Error", message: "text", cellId: "t", line: 2, column: 8 },
    });
    expect((await run("n", "function f() {\n  throw null;\n}\nf();")).result).toMatchObject({
      ok: false,
      error: { message: "null", line: 2, column: 3 },
    });
    const caught = await run(
      "c",
      'let seen: unknown;\ntry { throw "x"; } catch (e) { seen = e; }\nconsole.log(seen === "x", typeof seen);',
    );
    expect(caught.texts).toEqual(["true string"]);
  });

  it("cuts a huge output line and refuses a chart with too many elements", async () => {
    const { run } = notebook();
    const { texts } = await run("h", 'console.log("x".repeat(50_000));');
    expect(texts[0]).toBe("x".repeat(10_000) + "… (40,000 more characters not shown)");
    const { result } = await run(
      "p",
      "const xs = Array.from({ length: 25_000 }, (_, i) => i);\nplot({ marks: [Plot.dotX(xs)] });",
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        name: "RangeError",
        line: 2,
        message: expect.stringMatching(/^This chart has 25,\d{3} elements; a chart in a cell may draw at most 20,000/),
      },
    });
  });
});

describe("CellRuntime: output after the run ended", () => {
  /** A runtime whose late output is collected as [cellId, texts, omitted]. */
  function lateNotebook() {
    const late: { cellId: string; texts: string[]; omitted?: number }[] = [];
    const runtime = new CellRuntime({
      modules: {},
      now: () => performance.now(),
      sendLate: (cellId, batch) =>
        late.push({
          cellId,
          texts: batch.items.flatMap((i) => (i.kind === "text" ? [i.text] : [])),
          ...(batch.omitted === undefined ? {} : { omitted: batch.omitted }),
        }),
    });
    const run = (cellId: string, source: string) => runtime.run({ cellId, source, send: () => {} });
    return { late, run };
  }
  const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("sends a timer's lines under the cell whose code set the timer, batched", async () => {
    const { late, run } = lateNotebook();
    await run("a", 'setTimeout(() => { console.log("late 1"); console.log("late 2"); }, 20);');
    await run("b", 'console.log("b ran");');
    expect(late).toEqual([]);
    await waitMs(200);
    expect(late).toEqual([{ cellId: "a", texts: ["late 1", "late 2"] }]);
  });

  it("places a line by the function that logged it, even when a later cell's timer calls it", async () => {
    const { late, run } = lateNotebook();
    await run("a", "function say(s: string) { console.log(s); }");
    await run("b", 'setTimeout(() => say("said by a"), 10);');
    await waitMs(200);
    expect(late).toEqual([{ cellId: "a", texts: ["said by a"] }]);
  });

  it("caps a timer that logs without end like a run's output", async () => {
    const { late, run } = lateNotebook();
    await run("a", "setTimeout(() => { for (let i = 0; i < 1000; i++) console.log(String(i)); }, 10);");
    await waitMs(200);
    expect(late.flatMap((b) => b.texts)).toHaveLength(400);
    expect(late.at(-1)).toMatchObject({ cellId: "a", omitted: 600 });
  });
});

describe("CellRuntime: the builtins speak the page's edition", () => {
  it("a run that names Japanese prints check's verdicts and the builtins' errors in Japanese, the next English one in English", async () => {
    // What worker.ts does: the cells' Japanese strings are installed, each run names its edition.
    installStrings("ja", japaneseCellStrings);
    const runtime = new CellRuntime({ modules: {}, now: () => 0 });
    const runIn = async (locale: "en" | "ja", source: string) => {
      const items: OutputItem[] = [];
      const result = await runtime.run({ cellId: "c", source, locale, send: (batch) => items.push(...batch.items) });
      return { result, items };
    };
    const source =
      'check("sum", 0.1 + 0.2, 0.4);\ncheckTrajectory([[0, 0], [1, 3]], [[0, 0], [1, 2]], "SGD");\ncheck("went down", false);\nprogress("half");';
    try {
      const ja = await runIn("ja", source);
      expect(ja.items).toEqual([
        { kind: "verdict", ok: false, label: "sum", detail: "期待値は 0.4 ですが、結果は 0.3 でした。" },
        {
          kind: "verdict",
          ok: false,
          label: "ステップ 1 の y:kobai の値と一致すること",
          detail: "期待値は 2 ですが、結果は 3 でした。",
        },
        { kind: "verdict", ok: false, label: "went down", detail: "条件が満たされていません(false です)。" },
      ]);
      expect(ja.result).toMatchObject({
        ok: false,
        error: { line: 4, message: expect.stringMatching(/^progress\(fraction\) には 0 以上 1 以下/) },
      });
      const en = await runIn("en", source);
      expect(en.items[1]).toEqual({
        kind: "verdict",
        ok: false,
        label: "step 1, y: yours should equal kobai's",
        detail: "Expected 2, got 3.",
      });
      expect(en.result).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/^progress\(fraction\) needs/) },
      });
    } finally {
      setLocale("en");
    }
  });
});
