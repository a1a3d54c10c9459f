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
