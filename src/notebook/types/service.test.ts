import { describe, expect, it } from "vitest";
import { NotebookTypes } from "./service";
import { bundledLibrary } from "./bundled-files";
import { notebookFiles, topLevelNames } from "./program";

// One service for the file: building the program is the slow part (as on the page).
const library = bundledLibrary();
const types = new NotebookTypes(library);

/** The offset just after `marker` in `code`. */
const after = (code: string, marker: string) => code.indexOf(marker) + marker.length;

describe("the bundled library", () => {
  it("holds the ES2022 library, the core's sources, Plot's declarations and the builtins, nothing else", () => {
    const names = [...library.keys()];
    expect(names).toContain("/lib/lib.es5.d.ts");
    expect(names).toContain("/lib/lib.es2022.d.ts");
    expect(names).toContain("/kobai/index.ts");
    expect(names).toContain("/kobai/optim/adam.ts");
    expect(names).toContain("/plot/index.d.ts");
    expect(names).toContain("/globals/cell-globals.d.ts");
    expect(names.filter((n) => /\.test\.ts$|__fixtures__|lib\.dom|\.full\.d\.ts$/.test(n))).toEqual([]);
  });
});

describe("topLevelNames", () => {
  it("lists what a cell declares and how later cells reach it", () => {
    const code = [
      'import Plot2, { Adam as A, type Tensor } from "kobai";',
      "const { x, y: [z] } = o;",
      "let step = 0;",
      "function f() { const inner = 1; }",
      "class Net {}",
      "interface P { a: number }",
      "type Q = number;",
    ].join("\n");
    expect(topLevelNames(code)).toEqual([
      { name: "Plot2", reach: "import" },
      { name: "A", reach: "import" },
      { name: "Tensor", reach: "import" },
      { name: "x", reach: "import" },
      { name: "z", reach: "import" },
      { name: "step", reach: "reassignable" },
      { name: "f", reach: "reassignable" },
      { name: "Net", reach: "import" },
      { name: "P", reach: "import" },
      { name: "Q", reach: "import" },
    ]);
  });

  it("links a cell to the latest earlier cell declaring each name, keeping the reader's text first", () => {
    const files = notebookFiles([
      { id: "a", code: "const x = 1;\nlet s = 2;" },
      { id: "b", code: "const x = 'redefined';" },
      { id: "c", code: "// ends in a comment" },
    ]);
    expect(files.get("/notebook/cell-c.ts")).toBe(
      '// ends in a comment\n;export {};\ndeclare let s: typeof import("./cell-a").s;\nimport { x } from "./cell-b";\n',
    );
  });
});

describe("NotebookTypes", () => {
  it("underlines a type error in the reader's own line and column", () => {
    const code = 'import { Tensor } from "kobai";\nconst t = Tensor.zeros(2, 3);\nconst n: number = t.rows + "rows";';
    types.setCells([{ id: "a", code }]);
    const diagnostics = types.diagnostics("a");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      line: 3,
      column: 7,
      code: 2322,
      severity: "error",
      message: "Type 'string' is not assignable to type 'number'.",
    });
    expect(code.slice(diagnostics[0].from, diagnostics[0].to)).toBe("n");
  });

  it("reports unknown names, and nothing for correct code using kobai, Plot and the builtins", () => {
    types.setCells([
      {
        id: "a",
        code: 'import { Tensor } from "kobai";\nshow(Tensor.zeros(2, 2));\nplot({ marks: [Plot.lineY([1, 2])] });\nconsole.log(Math.max(1, 2));\nawait Promise.resolve(1);',
      },
    ]);
    expect(types.diagnostics("a")).toEqual([]);
    types.setCells([{ id: "a", code: "shoow(1);" }]);
    expect(types.diagnostics("a").map((d) => d.message)).toEqual(["Cannot find name 'shoow'. Did you mean 'show'?"]);
  });

  it("gives a later cell the earlier cells' declarations, and drops them when the earlier cell changes", () => {
    const later = { id: "b", code: "const rows: number = t.rows;\nstep = step + 1;\nshow(new Adam([]));" };
    types.setCells([
      { id: "a", code: 'import { Adam, Tensor } from "kobai";\nconst t = Tensor.zeros(2, 3);\nlet step = 0;' },
      later,
    ]);
    expect(types.diagnostics("b")).toEqual([]);
    expect(types.hover("b", after(later.code, "const rows: number = t"))!.signature).toBe("const t: Tensor");
    types.setCells([{ id: "a", code: "const t = 'text';" }, later]);
    expect(types.diagnostics("b").map((d) => [d.line, d.message])).toEqual([
      [1, "Property 'rows' does not exist on type '\"text\"'."],
      [2, "Cannot find name 'step'."],
      [2, "Cannot find name 'step'."],
      [3, "Cannot find name 'Adam'."],
    ]);
  });

  it("lets a cell redeclare an earlier cell's name and import what an earlier cell imported", () => {
    types.setCells([
      { id: "a", code: 'import { Adam } from "kobai";\nconst x = 1;' },
      { id: "b", code: 'import { Adam } from "kobai";\nconst x = "now a string";\nconst s: string = x;' },
    ]);
    expect(types.diagnostics("b")).toEqual([]);
  });

  it("completes kobai's exports in an import, the builtins and members", () => {
    const code = 'import { Ad } from "kobai";';
    types.setCells([{ id: "a", code }]);
    const labels = types.completions("a", after(code, "{ Ad")).items.map((i) => i.label);
    expect(labels).toContain("Adam");
    expect(labels).toContain("AdamW");
    expect(labels).not.toContain("console");

    // Before the `from` is typed (closeBrackets has added the brace), the whole statement.
    const bare = "import { Ad}";
    types.setCells([{ id: "a", code: bare }]);
    const adam = types.completions("a", bare.length - 1).items.find((i) => i.label === "Adam");
    expect(adam).toMatchObject({
      insertText: 'import { Adam } from "kobai";',
      replacement: { from: 0, to: bare.length },
    });

    types.setCells([{ id: "a", code }]);
    const globals = types.completions("a", code.length).items.map((i) => i.label);
    for (const name of ["show", "plot", "progress", "check", "Plot", "console", "Math"])
      expect(globals).toContain(name);
    expect(globals).not.toContain("AdaGrad"); // not imported: no name that would fail at run time

    const member = 'import { Tensor } from "kobai";\nTensor.';
    types.setCells([{ id: "a", code: member }]);
    const statics = types.completions("a", member.length).items;
    expect(statics.find((i) => i.label === "zeros")).toMatchObject({ kind: "method" });
  });

  it("shows a kobai name's TSDoc and example on hover, the text the reference page shows", () => {
    const code = 'import { Adam } from "kobai";\nnew Adam([]);';
    types.setCells([{ id: "a", code }]);
    const hover = types.hover("a", after(code, "new Ad"))!;
    expect(hover.signature).toMatch(/^new Adam\(params: readonly Parameter\[\]/);
    expect(hover.docs).toContain("torch.optim.Adam");
    expect(hover.examples.join("\n")).toContain("new Adam([w], { lr: 0.1 })");
    expect(code.slice(hover.from, hover.to)).toBe("Adam");
  });

  it("helps with a call's signature and lists an options object's properties with their defaults", () => {
    const code =
      'import { Adam, Parameter, Tensor } from "kobai";\nconst params = [new Parameter(Tensor.zeros(1, 1), "w")];\nnew Adam(params, {';
    types.setCells([{ id: "a", code }]);
    const help = types.signatureHelp("a", code.length)!;
    expect(help.parameter).toBe(1);
    const signature = help.signatures[help.active];
    expect(signature.prefix).toBe("Adam(");
    expect(signature.parameters[1].label).toMatch(/^options\?: AdamOptions/);
    expect(help.options!.name).toBe("AdamOptions");
    expect(help.options!.docs).toContain("`lr` (0.001), `beta1` (0.9), `beta2` (0.999)");
    expect(help.options!.properties.map((p) => p.name)).toEqual(
      expect.arrayContaining(["lr", "beta1", "beta2", "eps", "weightDecay"]),
    );
    expect(help.options!.properties.find((p) => p.name === "beta1")).toMatchObject({ optional: true, type: "number" });
  });

  it("gives the details of one completion", () => {
    const code = 'import { Adam } from "kobai";\n';
    types.setCells([{ id: "a", code }]);
    const detail = types.completionDetail("a", code.length, "Adam")!;
    expect(detail.signature).toContain("class Adam");
    expect(detail.docs).toContain("torch.optim.Adam");
  });
});
