// The core stays the core: it type-checks with only the ES2022 library and what a Web Worker
// has (src/core/tsconfig.json: no DOM, no Node types), and no source file imports outside it.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const coreDir = fileURLToPath(new URL(".", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}${e.name}`;
    if (e.isDirectory()) return e.name === "testing" ? [] : sources(`${path}/`);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && e.name !== "testing.ts" ? [path] : [];
  });
}

describe("the core", () => {
  it("imports nothing outside src/core and nothing from Node", () => {
    const bad = sources(coreDir).flatMap((file) =>
      // Static imports and re-exports start a line; dynamic ones are import("…"). A message
      // that merely mentions `import "…"` inside a string is neither.
      [
        ...readFileSync(file, "utf8").matchAll(
          /^(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm,
        ),
      ]
        .map((m) => m[1] ?? m[2] ?? m[3])
        .filter((spec) => (spec.startsWith(".") ? !resolve(dirname(file), spec).startsWith(coreDir) : spec !== "kobai"))
        .map((spec) => `${file.slice(coreDir.length)}: ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it("type-checks with only the ES2022 and WebWorker libraries", () => {
    const tsc = fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url));
    expect(() =>
      execFileSync(process.execPath, [tsc, "-p", `${coreDir}tsconfig.json`], { encoding: "utf8" }),
    ).not.toThrow();
  }, 120_000);
});
