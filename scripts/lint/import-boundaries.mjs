// The architecture as a lint rule: which folders a file may import from (DESIGN.md, "The
// picture"). ESLint's own `no-restricted-imports` matches the text of a specifier, so
// "../../plot/x" and "../plot/x" would need one pattern per depth; this rule resolves a
// relative specifier to its place in the repository first, then compares folder prefixes.
// All boundaries are one table (in eslint.config.js), because a flat config keeps only the
// last options given to a rule for a file:
//
//   "kobai/boundaries": ["error", { boundaries: [{
//     files: ["src/core/**/*.ts"], except: ["**/*.test.ts"],
//     forbid: [{ prefix: "node:", reason: "the core does no I/O" }],
//     allowOnly: { prefixes: ["src/core/"], reason: "the core imports nothing outside itself" },
//   }] }]
//
// `files`/`except` are globs over repository paths (`*`, `**`). A forbidden prefix is either
// a repository folder ("src/widgets/") or a package name ("node:", "astro",
// "@observablehq/plot"); a package prefix also matches its subpaths ("astro" matches
// "astro:content" and "astro/zod"; "node:" matches every Node module). `allowOnly` limits
// relative imports (and `kobai`, which is src/core) to the given folders. Every import form
// is checked: import/export … from, import("…"), import type, and `typeof import("…")`.
import path from "node:path";

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** "kobai" and "kobai/…" are src/core (tsconfig paths); relative specifiers become repo paths. */
function resolveSpecifier(specifier, fromFile) {
  const bare = specifier.replace(/\?.*$/, ""); // "./cell.ts?raw" → "./cell.ts"
  if (bare === "kobai") return { kind: "path", name: "src/core/index.ts" };
  if (bare.startsWith("kobai/")) return { kind: "path", name: "src/core/" + bare.slice("kobai/".length) };
  if (bare.startsWith(".") || bare.startsWith("/")) {
    const absolute = path.resolve(path.dirname(fromFile), bare);
    return { kind: "path", name: path.relative(repoRoot, absolute).split(path.sep).join("/") };
  }
  return { kind: "package", name: bare };
}

function matchesPrefix(resolved, prefix) {
  if (resolved.kind === "path") return resolved.name === prefix.replace(/\/$/, "") || resolved.name.startsWith(prefix);
  // Package prefixes: "node:" and "@codemirror/" match what starts with them; a name such as
  // "astro" matches astro, astro:content and astro/….
  if (prefix.endsWith(":") || prefix.endsWith("/")) return resolved.name.startsWith(prefix);
  return resolved.name === prefix || resolved.name.startsWith(prefix + "/") || resolved.name.startsWith(prefix + ":");
}

// A glob over repository paths ("src/**/*.ts") as a RegExp: "**/" is any number of folders, "*" one name.
function globToRegExp(glob) {
  const body = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) =>
      part === "**/"
        ? "(?:.*/)?"
        : part === "**"
          ? ".*"
          : part === "*"
            ? "[^/]*"
            : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${body}$`);
}

const matchesAny = (file, globs = []) => globs.some((glob) => globToRegExp(glob).test(file));

const prefixList = { type: "array", items: { type: "string" } };
const boundarySchema = {
  type: "object",
  properties: {
    files: prefixList,
    except: prefixList,
    forbid: {
      type: "array",
      items: {
        type: "object",
        properties: { prefix: { type: "string" }, reason: { type: "string" } },
        required: ["prefix", "reason"],
        additionalProperties: false,
      },
    },
    allowOnly: {
      type: "object",
      properties: { prefixes: prefixList, reason: { type: "string" } },
      required: ["prefixes", "reason"],
      additionalProperties: false,
    },
  },
  required: ["files"],
  additionalProperties: false,
};

/** @type {import("eslint").Rule.RuleModule} */
const boundaries = {
  meta: {
    type: "problem",
    docs: { description: "Keep each folder's imports inside the boundaries DESIGN.md draws." },
    schema: [
      {
        type: "object",
        properties: { boundaries: { type: "array", items: boundarySchema } },
        required: ["boundaries"],
        additionalProperties: false,
      },
    ],
    messages: { crossed: "{{specifier}} ({{resolved}}): {{reason}}" },
  },
  create(context) {
    const fromFile = context.physicalFilename ?? context.filename;
    const file = path.relative(repoRoot, fromFile).split(path.sep).join("/");
    const applying = (context.options[0]?.boundaries ?? []).filter(
      (b) => matchesAny(file, b.files) && !matchesAny(file, b.except),
    );
    if (applying.length === 0) return {};

    function check(node, specifier) {
      if (typeof specifier !== "string") return;
      const resolved = resolveSpecifier(specifier, fromFile);
      const report = (reason) =>
        context.report({ node, messageId: "crossed", data: { specifier, resolved: resolved.name, reason } });
      for (const { forbid = [], allowOnly } of applying) {
        const forbidden = forbid.find((rule) => matchesPrefix(resolved, rule.prefix));
        if (forbidden) return report(forbidden.reason);
        if (allowOnly && resolved.kind === "path" && !allowOnly.prefixes.some((p) => matchesPrefix(resolved, p))) {
          return report(allowOnly.reason);
        }
      }
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
      // `typeof import("node:fs/promises")` (typescript-eslint's AST)
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === "Literal") check(node, literal.value);
      },
    };
  },
};

export default { meta: { name: "kobai" }, rules: { boundaries } };
