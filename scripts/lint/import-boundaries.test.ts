import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";

// The real eslint.config.js, run on source text placed at real paths of the tree: each case
// is a file a boundary must stop (or let through), so a loosened rule fails here.
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter(
      (m) =>
        m.ruleId === "kobai/boundaries" || m.ruleId === "no-restricted-syntax" || m.ruleId === "no-restricted-globals",
    )
    .map((m) => m.message);
}

describe("import boundaries (eslint.config.js)", () => {
  it("the core imports nothing outside src/core, whatever the depth of the path", async () => {
    expect(await boundaryMessages("src/core/optim/new-rule.ts", 'import { t } from "../../i18n";\n')).toEqual([
      expect.stringContaining("the core imports nothing outside src/core"),
    ]);
    expect(await boundaryMessages("src/core/new-rule.ts", 'import { Plot } from "../plot/curves";\n')).toHaveLength(1);
    expect(
      await boundaryMessages(
        "src/core/optim/new-rule.ts",
        'import { Tensor } from "../tensor";\nimport { Optimizer } from "./optimizer";\n',
      ),
    ).toEqual([]);
  });

  it("the core uses no Node, DOM or drawing modules, in any import form", async () => {
    const file = "src/core/data/new-loader.ts";
    expect(await boundaryMessages(file, 'import { readFileSync } from "node:fs";\n')).toEqual([
      expect.stringContaining("the core does no I/O"),
    ]);
    expect(await boundaryMessages(file, 'export type Fs = typeof import("node:fs/promises");\n')).toEqual([
      expect.stringContaining("the core does no I/O"),
    ]);
    expect(await boundaryMessages(file, 'import * as Plot from "@observablehq/plot";\n')).toEqual([
      expect.stringContaining("no DOM"),
    ]);
    expect(await boundaryMessages(file, 'import { getCollection } from "astro:content";\n')).toEqual([
      expect.stringContaining("knows nothing of the site"),
    ]);
    expect(await boundaryMessages(file, 'export { EditorView } from "@codemirror/view";\n')).toHaveLength(1);
    expect(await boundaryMessages(file, "const name = 'm';\nexport const load = () => import(name);\n")).toEqual([
      expect.stringContaining("no dynamic import"),
    ]);
  });

  it("the core's tests may read fixtures from disk", async () => {
    expect(
      await boundaryMessages("src/core/optim/new-rule.test.ts", 'import { readFileSync } from "node:fs";\n'),
    ).toEqual([]);
  });

  it("plot builders never import widgets, components or the cell runtime", async () => {
    expect(
      await boundaryMessages(
        "src/plot/new-chart.ts",
        'import { x } from "../../components/widgets/adam/bias-chart";\n',
      ),
    ).toEqual([expect.stringContaining("never import widgets or components")]);
    expect(await boundaryMessages("src/plot/new-chart.ts", 'import { x } from "../widgets/url-state";\n')).toHaveLength(
      1,
    );
    expect(await boundaryMessages("src/plot/new-chart.ts", 'import { x } from "../notebook/format";\n')).toHaveLength(
      1,
    );
    expect(
      await boundaryMessages(
        "src/plot/new-chart.ts",
        'import { Tensor } from "kobai";\nimport * as Plot from "@observablehq/plot";\n',
      ),
    ).toEqual([]);
  });

  it("the cell runtime and src/run import no components", async () => {
    expect(
      await boundaryMessages(
        "src/notebook/new-builtin.ts",
        'import { x } from "../../components/widgets/optimizers/overlay";\n',
      ),
    ).toHaveLength(1);
    expect(await boundaryMessages("src/run/new-job.ts", 'import { x } from "../plot/curves";\n')).toEqual([
      expect.stringContaining("draws nothing"),
    ]);
    expect(await boundaryMessages("src/run/new-job.ts", 'import { linkedom } from "linkedom";\n')).toEqual([
      expect.stringContaining("no DOM"),
    ]);
  });

  it("a widget's model imports no DOM module and touches no DOM global", async () => {
    const file = "components/widgets/adam/new-model.ts";
    expect(await boundaryMessages(file, 'import { parseHTML } from "linkedom";\n')).toEqual([
      expect.stringContaining("a model is rules only"),
    ]);
    expect(await boundaryMessages(file, "export const width = () => document.body.clientWidth;\n")).toEqual([
      expect.stringContaining("a model is rules only"),
    ]);
    expect(
      await boundaryMessages(
        file,
        'import { Adam } from "kobai";\nexport const make = () => new Adam([], { lr: 0.1 });\n',
      ),
    ).toEqual([]);
  });

  it("shared code never imports a chapter's content", async () => {
    expect(
      await boundaryMessages(
        "components/widgets/adam/new-view.ts",
        'import cell from "../../../content/lessons/adam/cell-your-turn.ts?raw";\n',
      ),
    ).toEqual([expect.stringContaining("shared code knows no chapter")]);
  });
});
