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

/**
 * A file a boundary judges: where it stands, its source, and what must come out: "allowed"
 * (no message), "stopped" (one message), or the phrase the one message must contain.
 */
type Case = [file: string, code: string, verdict: string];
const CORE_LOADER = "src/core/data/new-loader.ts";
const PLOT = "src/plot/new-chart.ts";
const MODEL = "components/widgets/adam/new-model.ts";

const RULES: [rule: string, cases: Case[]][] = [
  [
    "the core imports nothing outside src/core, whatever the depth of the path",
    [
      ["src/core/optim/new-rule.ts", 'import { t } from "../../i18n";\n', "the core imports nothing outside src/core"],
      ["src/core/new-rule.ts", 'import { Plot } from "../plot/curves";\n', "stopped"],
      [
        "src/core/optim/new-rule.ts",
        'import { Tensor } from "../tensor";\nimport { Optimizer } from "./optimizer";\n',
        "allowed",
      ],
    ],
  ],
  [
    "the core uses no Node, DOM or drawing modules, in any import form",
    [
      [CORE_LOADER, 'import { readFileSync } from "node:fs";\n', "the core does no I/O"],
      [CORE_LOADER, 'export type Fs = typeof import("node:fs/promises");\n', "the core does no I/O"],
      [CORE_LOADER, 'import * as Plot from "@observablehq/plot";\n', "no DOM"],
      [CORE_LOADER, 'import { getCollection } from "astro:content";\n', "knows nothing of the site"],
      [CORE_LOADER, 'export { EditorView } from "@codemirror/view";\n', "stopped"],
      [CORE_LOADER, "const name = 'm';\nexport const load = () => import(name);\n", "no dynamic import"],
    ],
  ],
  [
    "the core's tests may read fixtures from disk",
    [["src/core/optim/new-rule.test.ts", 'import { readFileSync } from "node:fs";\n', "allowed"]],
  ],
  [
    "plot builders never import widgets, components or the cell runtime",
    [
      [PLOT, 'import { x } from "../../components/widgets/adam/bias-chart";\n', "never import widgets or components"],
      [PLOT, 'import { x } from "../widgets/url-state";\n', "stopped"],
      [PLOT, 'import { x } from "../notebook/format";\n', "stopped"],
      [PLOT, 'import { Tensor } from "kobai";\nimport * as Plot from "@observablehq/plot";\n', "allowed"],
    ],
  ],
  [
    "the cell runtime and src/run import no components",
    [
      ["src/notebook/new-builtin.ts", 'import { x } from "../../components/widgets/optimizers/overlay";\n', "stopped"],
      ["src/run/new-job.ts", 'import { x } from "../plot/curves";\n', "draws nothing"],
      ["src/run/new-job.ts", 'import { linkedom } from "linkedom";\n', "no DOM"],
    ],
  ],
  [
    "a widget's model imports no DOM module and touches no DOM global",
    [
      [MODEL, 'import { parseHTML } from "linkedom";\n', "a model is rules only"],
      [MODEL, "export const width = () => document.body.clientWidth;\n", "a model is rules only"],
      [MODEL, 'import { Adam } from "kobai";\nexport const make = () => new Adam([], { lr: 0.1 });\n', "allowed"],
    ],
  ],
  [
    "shared code never imports a chapter's content",
    [
      [
        "components/widgets/adam/new-view.ts",
        'import cell from "../../../content/lessons/adam/cell-your-turn.ts?raw";\n',
        "shared code knows no chapter",
      ],
    ],
  ],
];

describe("import boundaries (eslint.config.js)", () => {
  for (const [rule, cases] of RULES) {
    it(rule, async () => {
      for (const [file, code, verdict] of cases) {
        const messages = await boundaryMessages(file, code);
        if (verdict === "allowed") expect(messages, `${file}: ${code}`).toEqual([]);
        else if (verdict === "stopped") expect(messages, `${file}: ${code}`).toHaveLength(1);
        else expect(messages, `${file}: ${code}`).toEqual([expect.stringContaining(verdict)]);
      }
    });
  }
});
