import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeDist, budgets, formatTable, gzipSize, kindOf, lazyChunks, staticImportsOf } from "./js-budget-analyze";

describe("staticImportsOf", () => {
  it("finds minified and spaced static imports and re-exports", () => {
    const source = `import{a as b}from"./chunk.js";import "./side.js";export * from './more.js';const x=1;`;
    expect(staticImportsOf(source)).toEqual(["./chunk.js", "./side.js", "./more.js"]);
  });

  it("skips dynamic imports, which load on demand", () => {
    expect(staticImportsOf(`const m = await import("./lazy.js"); button.onclick=()=>import('./later.js')`)).toEqual([]);
  });
});

describe("kindOf", () => {
  it("classifies pages by their custom elements", () => {
    expect(kindOf("/lessons/adam/", "<p>text</p>")).toBe("page");
    expect(kindOf("/lessons/adam/", '<kobai-optimizer-race seed="1"></kobai-optimizer-race>')).toBe("widgets");
    expect(kindOf("/search/", "<pagefind-input></pagefind-input>")).toBe("search");
  });
});

describe("analyzeDist", () => {
  let dist: string;
  const big = "x".repeat(5000) + Math.random().toString(36).repeat(200);

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "kobai-budget-"));
    mkdirSync(join(dist, "_astro"));
    mkdirSync(join(dist, "lessons", "adam"), { recursive: true });
    mkdirSync(join(dist, "pagefind"));
    writeFileSync(
      join(dist, "_astro", "entry.js"),
      `import{p}from"./plot.js";import"./shared.js";const l=()=>import("./lazy.js");p()`,
    );
    writeFileSync(join(dist, "_astro", "plot.js"), `import"./shared.js";export const p=()=>"${big}"`);
    writeFileSync(join(dist, "_astro", "shared.js"), `export const s=1`);
    writeFileSync(join(dist, "_astro", "lazy.js"), `export const never="${big}"`);
    writeFileSync(join(dist, "_astro", "types-worker-AbC123.js"), `self.onmessage=()=>"${big}"`);
    writeFileSync(
      join(dist, "index.html"),
      `<html><head><script>document.documentElement.dataset.x="1"</script><script type="application/ld+json">{"a":1}</script></head></html>`,
    );
    writeFileSync(
      join(dist, "lessons", "adam", "index.html"),
      `<html><kobai-race></kobai-race><script type="module" src="/_astro/entry.js"></script></html>`,
    );
    writeFileSync(join(dist, "pagefind", "ignored.html"), `<script src="/_astro/lazy.js"></script>`);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("counts inline scripts but not JSON data", () => {
    const [home] = analyzeDist(dist).filter((page) => page.route === "/");
    expect(home!.files.map((f) => f.file)).toEqual(["inline#1"]);
    expect(home!.gzipBytes).toBe(gzipSize(`document.documentElement.dataset.x="1"`));
    expect(home!.kind).toBe("page");
  });

  it("follows static imports once each and leaves dynamic imports out", () => {
    const adam = analyzeDist(dist).find((page) => page.route === "/lessons/adam/")!;
    expect(adam.files.map((f) => f.file).sort()).toEqual(["_astro/entry.js", "_astro/plot.js", "_astro/shared.js"]);
    expect(adam.kind).toBe("widgets");
    expect(adam.budgetBytes).toBe(budgets.widgets);
    expect(adam.gzipBytes).toBe(adam.files.reduce((sum, f) => sum + f.gzipBytes, 0));
  });

  it("skips Pagefind's own files and prints a table", () => {
    const pages = analyzeDist(dist);
    expect(pages.map((page) => page.route)).toEqual(["/", "/lessons/adam/"]);
    expect(formatTable(pages)).toMatch(/\/lessons\/adam\/\s+widgets/);
  });

  it("names the big lazy chunks with their gzipped size, in the table too", () => {
    const lazy = lazyChunks(dist);
    expect(lazy).toEqual([
      {
        name: "types-worker",
        file: "_astro/types-worker-AbC123.js",
        gzipBytes: gzipSize(`self.onmessage=()=>"${big}"`),
        loadedWhen: expect.stringContaining("first focus"),
      },
    ]);
    expect(formatTable(analyzeDist(dist), lazy)).toMatch(/^types-worker\s+lazy\s+[\d.]+\s+-\s+loads on demand/m);
  });
});
