// ESLint for kobai: typescript-eslint's recommended rules, Astro's, and the architecture as
// import boundaries (the BOUNDARIES table below, enforced by scripts/lint/import-boundaries.mjs).
// Run with `npm run lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import globals from "globals";
import kobai from "./scripts/lint/import-boundaries.mjs";

const TESTS = ["**/*.test.ts"];

// Everything that needs a DOM or draws: a module that imports one of these is view code.
const DOM_MODULES = ["linkedom", "@observablehq/plot", "@codemirror/", "codemirror", "katex"];
const forbidAll = (prefixes, reason) => prefixes.map((prefix) => ({ prefix, reason }));

// ── Import boundaries (DESIGN.md, "The picture"): one table, read top to bottom ──────────
const BOUNDARIES = [
  // The core: pure TypeScript, no DOM, no Node, no I/O, no Astro, no Plot. It type-checks
  // with the ES2022 library and what a worker has, and learners read it.
  {
    files: ["src/core/**/*.ts"],
    except: [
      ...TESTS,
      // Test support for the core's own tests (reads the PyTorch fixtures from disk in Node).
      "src/core/testing/**",
    ],
    forbid: [
      { prefix: "node:", reason: "the core does no I/O: a caller reads the bytes and hands the core a buffer" },
      { prefix: "astro", reason: "the core knows nothing of the site" },
      ...forbidAll(
        [...DOM_MODULES, "sucrase"],
        "the core has no DOM and draws nothing; views import the core, not the reverse",
      ),
    ],
    allowOnly: { prefixes: ["src/core/"], reason: "the core imports nothing outside src/core" },
  },
  // Chart builders are shared by widgets and cells, so they never reach back into either.
  {
    files: ["src/plot/**/*.ts"],
    except: TESTS,
    forbid: [
      { prefix: "components/", reason: "plot builders never import widgets or components" },
      { prefix: "src/widgets/", reason: "plot builders never import widget plumbing" },
      { prefix: "src/notebook/", reason: "plot builders never import the cell runtime" },
      { prefix: "src/run/", reason: "plot builders draw the data they are given; they start no runs" },
      { prefix: "astro", reason: "plot builders are plain modules, used at build time and in the browser" },
    ],
  },
  // The cell runtime runs the core in a worker; it serves every chapter and knows none.
  {
    files: ["src/notebook/**/*.ts"],
    except: TESTS,
    forbid: [
      { prefix: "components/", reason: "the cell runtime doesn't import components or widgets" },
      { prefix: "src/widgets/", reason: "the cell runtime doesn't import widget plumbing" },
    ],
  },
  // Long training in workers: schedules the core's loop, draws nothing.
  {
    files: ["src/run/**/*.ts"],
    except: TESTS,
    forbid: [
      { prefix: "components/", reason: "src/run schedules the core's loop; views import it, not the reverse" },
      ...forbidAll(["src/widgets/", "src/plot/"], "src/run draws nothing"),
      { prefix: "src/notebook/", reason: "src/run is independent of the cell runtime" },
      ...forbidAll(DOM_MODULES, "src/run runs in workers and in Node: no DOM"),
    ],
  },
  // Widget plumbing is shared by every widget, so it imports no particular one.
  {
    files: ["src/widgets/**/*.ts"],
    except: TESTS,
    forbid: [{ prefix: "components/", reason: "shared widget plumbing imports no particular widget or component" }],
  },
  // Strings are data: an i18n module imports only other string modules.
  {
    files: ["src/i18n/**/*.ts"],
    except: TESTS,
    allowOnly: { prefixes: ["src/i18n/"], reason: "string modules import only other string modules" },
  },
  // A widget's model holds its rules: tested in Node, drawn by its element.
  {
    files: ["components/**/*-model.ts"],
    except: TESTS,
    forbid: forbidAll(DOM_MODULES, "a model is rules only, tested in Node without a DOM; its element draws it"),
  },
  // Shared code never imports a chapter or the browser tests (a chapter imports components).
  {
    files: ["src/**", "components/**"],
    // The one list of the chapters' facilitator guides (each beside its chapter's content).
    except: ["src/walkthrough/facilitator/index.ts"],
    forbid: [
      { prefix: "content/", reason: "shared code knows no chapter (a chapter imports components, not the reverse)" },
      { prefix: "e2e/", reason: "site code never imports browser tests" },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      ".astro/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "public/**",
      "docs/**",
      "src/core/__fixtures__/**",
      ".scratch*/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // The tree's style, kept as it is: `_`-prefixed names are deliberately unused, `!` is
      // used where a value is known to exist (e.g. a tensor's shape), `any` appears at the
      // edges (worker messages, Plot options) where the types are not ours, `a && b()` and
      // `c ? f() : g()` are statements, and an empty catch means "storage is unavailable".
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      // `if (d > best) (best = d), (at = i);` is the tree's idiom for a two-assignment branch.
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": "allow-with-description" }],
      // `let a; let b; a = new A(() => b); b = new B(a);`: objects that refer to each other
      // are declared first and assigned after, deliberately.
      "prefer-const": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      "no-regex-spaces": "off",
    },
  },
  // Inline scripts (`<script is:inline>`) ship to the page as written, before any bundler:
  // they are written for every browser, `var` included.
  {
    files: ["**/*.astro", "**/*.astro/**"],
    rules: { "no-var": "off" },
  },
  // A learner's starting code: the exercise stubs keep the parameters the learner will use
  // (`function numericalGradient(f, x, h) { return … }`) and the state they will update.
  {
    files: ["content/lessons/**/cell-*.ts", "src/pages/playground/_cells/**/*.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },

  // ── Import boundaries (the table above) ───────────────────────────────────────────────
  {
    files: ["**/*.ts", "**/*.astro", "**/*.mjs", "**/*.js"],
    plugins: { kobai },
    rules: { "kobai/boundaries": ["error", { boundaries: BOUNDARIES }] },
  },
  // The core loads no modules at run time.
  {
    files: ["src/core/**/*.ts"],
    ignores: [...TESTS],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression", message: "the core loads no modules at run time (no dynamic import)" },
      ],
    },
  },
  // A widget's model touches no DOM global either.
  {
    files: ["components/**/*-model.ts"],
    ignores: TESTS,
    rules: {
      "no-restricted-globals": [
        "error",
        ...["document", "window", "customElements", "HTMLElement", "localStorage", "location", "navigator"].map(
          (name) => ({
            name,
            message: "a model is rules only, tested in Node without a DOM",
          }),
        ),
      ],
    },
  },
);
