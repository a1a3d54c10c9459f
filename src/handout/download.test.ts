import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { composeDownload, downloadFileName, templateLiteral } from "./download";
import { runCells } from "../notebook/node-runtime";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A chapter's cells in page order, read from its MDX the way the page gets them. */
function chapterCells(slug: string): { id: string; title: string; code: string }[] {
  const mdx = readFileSync(`${root}content/lessons/${slug}.mdx`, "utf8");
  const imports = new Map(
    Array.from(mdx.matchAll(/import (\w+) from "\.\/([\w/.-]+\.ts)\?raw"/g), (m) => [m[1], m[2]]),
  );
  return Array.from(mdx.matchAll(/<CodeCell\b([^>]*)\/?>/g), (tag) => {
    const attrs = tag[1];
    const variable = /code=\{(\w+)\}/.exec(attrs)![1];
    return {
      id: /id="([\w-]+)"/.exec(attrs)![1],
      title: /title="([^"]*)"/.exec(attrs)?.[1] ?? "",
      code: readFileSync(`${root}content/lessons/${imports.get(variable)}`, "utf8"),
    };
  });
}

describe("download cells", () => {
  it("escapes code into a template literal that evaluates back to it", () => {
    const code = "const s = `a ${1 + 1}` + '\\n' + \"\\u00e9\";\n// ``` ${";
    expect(new Function(`return ${templateLiteral(code)}`)()).toBe(code);
    expect(downloadFileName("sgd")).toBe("kobai-sgd-cells.ts");
  });

  it("writes a header saying how to run it, and every cell's code in order", () => {
    const text = composeDownload({
      slug: "sgd",
      title: "SGD",
      url: "https://k.example/lessons/sgd/",
      cells: [
        { id: "a", title: "First", code: "show(1)" },
        { id: "b", title: "", code: "console.log(`x`)" },
      ],
    });
    expect(text).toMatch(/npx tsx kobai-sgd-cells\.ts/);
    expect(text).toMatch(/root folder of a kobai checkout/);
    expect(text).toContain('import { runCells } from "./src/notebook/node-runtime.ts";');
    expect(text.indexOf("show(1)")).toBeLessThan(text.indexOf("console.log(\\`x\\`)"));
    expect(text).toContain("// ── Cell 1: First");
  });

  it("prints what cells output in Node, sharing names between cells, and stops at an error", async () => {
    const lines: string[] = [];
    const summary = await runCells(
      [
        {
          id: "a",
          code: 'import { Tensor } from "kobai";\nconst x = Tensor.from([[1, 2], [3, 4]]);\nshow(x);\ncheck("two rows", x.shape[0], 2);',
        },
        { id: "b", code: "declare const x: { shape: number[] };\nconsole.log(x.shape[1] * 21);" },
        { id: "c", code: "throw new Error('boom')" },
        { id: "d", code: "console.log('never')" },
      ],
      { write: (line) => lines.push(line) },
    );
    expect(summary).toEqual({ ran: 3, ok: false, checksPassed: 1, checksFailed: 0 });
    expect(lines).toContain("42");
    expect(lines).toContain("✓ two rows");
    expect(lines.some((l) => /Tensor \[2, 2\]/.test(l))).toBe(true);
    expect(lines.some((l) => /✗ Error: boom/.test(l))).toBe(true);
    expect(lines).not.toContain("never");
    process.exitCode = 0;
  });

  it("a downloaded chapter runs with `npx tsx` in this repository", () => {
    const cells = chapterCells("sgd");
    expect(cells.length).toBeGreaterThanOrEqual(2);
    const file = `${root}.download-test-${process.pid}.ts`;
    writeFileSync(file, composeDownload({ slug: "sgd", title: "SGD", url: "https://k.example/lessons/sgd/", cells }));
    try {
      const out = execFileSync("npx", ["tsx", file], { cwd: root, encoding: "utf8", timeout: 120_000 });
      for (const [i, cell] of cells.entries())
        expect(out).toContain(`── Cell ${i + 1}${cell.title ? `: ${cell.title}` : ""} (${cell.id}) ──`);
      expect(out).not.toMatch(/^✗ \w*Error/m);
    } finally {
      rmSync(file, { force: true });
    }
  }, 180_000);
});
