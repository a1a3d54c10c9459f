import { describe, expect, it } from "vitest";
import { readerCode } from "./cell-source";
import { transpileCell } from "./transpile";

describe("readerCode", () => {
  it("drops a trailing `export {}` line and trailing blank space", () => {
    expect(readerCode("const h = 1e-4;\n\nexport {};\n")).toBe("const h = 1e-4;");
    expect(readerCode("const h = 1e-4;\nexport {}")).toBe("const h = 1e-4;");
    expect(readerCode("export {};\n")).toBe("");
  });

  it("keeps everything else, including an export {} that is not last", () => {
    expect(readerCode("const a = 1;\n")).toBe("const a = 1;");
    expect(readerCode("export {};\nconst a = 1;")).toBe("export {};\nconst a = 1;");
    expect(readerCode('console.log("export {}");')).toBe('console.log("export {}");');
  });
});

describe("a cell file ending in export {} still runs as a script", () => {
  it("the runtime blanks the empty export and keeps the names top-level", () => {
    const { js, declarations } = transpileCell("function f(x: number) { return x * x; }\nconst h = 1e-4;\nexport {};");
    expect(js.split("\n")).toHaveLength(3);
    expect(js.split("\n")[2]!.trim()).toBe("");
    expect(declarations.map((d) => d.name)).toEqual(["f", "h"]);
  });
});

describe("readerCode in each edition (//ja: lines)", () => {
  const source = [
    "// Step 30 times",
    "// from (−7, 2).",
    "//ja: (−7, 2) から",
    "//ja: 30 回更新します。",
    "const run = steps(30);",
    'show(run, "after 30 steps"); // the end',
    '//ja: show(run, "30 回後"); // 終点',
    "  // indented",
    "  //ja: 字下げ",
    "",
    "export {};",
  ].join("\n");

  it("the English edition drops the //ja: lines and keeps the rest", () => {
    expect(readerCode(source)).toBe(
      [
        "// Step 30 times",
        "// from (−7, 2).",
        "const run = steps(30);",
        'show(run, "after 30 steps"); // the end',
        "  // indented",
      ].join("\n"),
    );
    expect(readerCode(source, "en")).toBe(readerCode(source));
  });

  it("the Japanese edition replaces a comment block by the //ja: run, and a code line by its one //ja: line", () => {
    expect(readerCode(source, "ja")).toBe(
      [
        "// (−7, 2) から",
        "// 30 回更新します。",
        "const run = steps(30);",
        'show(run, "30 回後"); // 終点',
        "  // 字下げ",
      ].join("\n"),
    );
  });

  it("a file without //ja: lines is the same in both editions", () => {
    const plain = "// a comment\nconst a = 1;";
    expect(readerCode(plain, "ja")).toBe(readerCode(plain, "en"));
  });

  it("says where a //ja: run stands under nothing, or two lines claim one code line", () => {
    expect(() => readerCode("//ja: 何もない\nconst a = 1;", "ja")).toThrow(/line 1 stand under nothing/);
    expect(() => readerCode("const a = 1;\n\n//ja: 空行の下", "ja")).toThrow(/line 3 stand under nothing/);
    expect(() => readerCode("const a = 1;\n//ja: const a = 1;\n//ja: const b = 2;", "ja")).toThrow(
      /takes one \/\/ja: line/,
    );
  });
});
