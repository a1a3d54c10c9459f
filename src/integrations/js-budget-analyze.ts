/**
 * Measures the JavaScript each built page loads before the reader does anything: its
 * <script> tags (inline and external), module preloads, and every module those import
 * statically, gzipped one file at a time (as a browser downloads them). Dynamic import()
 * and workers are not counted: they load only when a widget asks for them.
 */
import { gzipSync } from "node:zlib";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, relative, dirname, resolve, sep, posix } from "node:path";

/** What a page may load, in gzipped bytes, by kind of page. */
export const budgets = {
  /** Prose, home, glossary, 404: only the theme toggle (inline, under 1 KB). */
  page: 15 * 1024,
  /** The search page loads Pagefind's component UI (about 30 KB gzipped). */
  search: 60 * 1024,
  /** A chapter with widgets or code cells: Observable Plot + d3 (~80 KB) + CodeMirror (~120 KB) + the core. */
  widgets: 250 * 1024,
} as const;

export type PageKind = keyof typeof budgets;

export interface PageJs {
  /** Route, e.g. "/lessons/adam/" or "/404.html". */
  route: string;
  kind: PageKind;
  /** Gzipped bytes of all JS the page loads up front. */
  gzipBytes: number;
  budgetBytes: number;
  /** Files under dist (e.g. "_astro/Chart.abc.js") and "inline#n" for inline scripts. */
  files: { file: string; gzipBytes: number }[];
}

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const preloadTag = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi;
const srcAttr = /\bsrc=["']?([^"'\s>]+)/i;
const hrefAttr = /\bhref=["']?([^"'\s>]+)/i;
const typeAttr = /\btype=["']?([^"'\s>]+)/i;
// `import x from "./a.js"`, `import{a}from"./a.js"`, `import "./a.js"`, `export * from "./a.js"`;
// not `import("./a.js")` (dynamic, loaded on demand).
const staticImport = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

const JS_TYPES = new Set(["module", "text/javascript", "application/javascript"]);

/** Gzipped size of a string or buffer, at the level servers use by default. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 6 }).length;
}

/** The static imports of a JS module's source. */
export function staticImportsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(staticImport)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/** Kind of a page from its route and HTML: widgets are <kobai-…> custom elements. */
export function kindOf(route: string, html: string): PageKind {
  if (route === "/search/" || route === "/ja/search/") return "search";
  return /<kobai-[a-z0-9-]+[\s>]/.test(html) ? "widgets" : "page";
}

function routeOf(distDir: string, htmlFile: string): string {
  const rel = relative(distDir, htmlFile).split(sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** Resolve a URL used in the page (or in a module at `fromFile`) to a file in dist. */
function fileFor(distDir: string, url: string, fromFile?: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(url) || url.startsWith("//") || url.startsWith("data:")) return undefined;
  const clean = url.split(/[?#]/)[0]!;
  const path = clean.startsWith("/") ? join(distDir, clean) : resolve(fromFile ? dirname(fromFile) : distDir, clean);
  return existsSync(path) ? path : undefined;
}

/** Measure one HTML page of a built site. */
export function analyzePage(distDir: string, htmlFile: string): PageJs {
  const html = readFileSync(htmlFile, "utf8");
  const route = routeOf(distDir, htmlFile);
  const pageFile = join(distDir, route.endsWith("/") ? `${route}index.html` : route);
  const files: PageJs["files"] = [];
  const seen = new Set<string>();

  const addModule = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file);
    files.push({ file: relative(distDir, file).split(sep).join(posix.sep), gzipBytes: gzipSize(source) });
    for (const spec of staticImportsOf(source.toString("utf8"))) {
      const imported = fileFor(distDir, spec, file);
      if (imported) addModule(imported);
    }
  };

  let inline = 0;
  for (const match of html.matchAll(scriptTag)) {
    const attrs = match[1] ?? "";
    const type = typeAttr.exec(attrs)?.[1]?.toLowerCase();
    if (type && !JS_TYPES.has(type)) continue; // JSON data, templates
    const src = srcAttr.exec(attrs)?.[1];
    if (src) {
      const file = fileFor(distDir, src, pageFile);
      if (file) addModule(file);
    } else if ((match[2] ?? "").trim()) {
      inline += 1;
      const body = match[2]!;
      files.push({ file: `inline#${inline}`, gzipBytes: gzipSize(body) });
      for (const spec of staticImportsOf(body)) {
        const imported = fileFor(distDir, spec, pageFile);
        if (imported) addModule(imported);
      }
    }
  }
  for (const match of html.matchAll(preloadTag)) {
    const href = hrefAttr.exec(match[0])?.[1];
    const file = href ? fileFor(distDir, href, pageFile) : undefined;
    if (file) addModule(file);
  }

  const kind = kindOf(route, html);
  const gzipBytes = files.reduce((total, entry) => total + entry.gzipBytes, 0);
  return { route, kind, gzipBytes, budgetBytes: budgets[kind], files };
}

/** Measure every HTML page under `distDir`, sorted by route. */
export function analyzeDist(distDir: string): PageJs[] {
  return htmlFiles(distDir)
    .filter((file) => !relative(distDir, file).startsWith(`pagefind${sep}`))
    .map((file) => analyzePage(distDir, file))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * Chunks that load only on demand but are big enough to name in the report: file-name
 * prefix in dist/_astro → when a reader's browser loads it. They count in no page's budget.
 */
export const lazyChunkPrefixes: Record<string, string> = {
  "types-worker": "type help in code cells, on the first focus of a cell (src/notebook/types)",
};

export interface LazyChunk {
  /** e.g. "types-worker" */
  name: string;
  /** e.g. "_astro/types-worker-abc123.js" */
  file: string;
  gzipBytes: number;
  loadedWhen: string;
}

/** The named lazy chunks of a built site, sorted by name. */
export function lazyChunks(distDir: string): LazyChunk[] {
  const astro = join(distDir, "_astro");
  if (!existsSync(astro)) return [];
  return readdirSync(astro)
    .filter((file) => file.endsWith(".js"))
    .flatMap((file) => {
      const name = Object.keys(lazyChunkPrefixes).find(
        (prefix) => file.startsWith(`${prefix}-`) || file.startsWith(`${prefix}.`),
      );
      return name
        ? [
            {
              name,
              file: `_astro/${file}`,
              gzipBytes: gzipSize(readFileSync(join(astro, file))),
              loadedWhen: lazyChunkPrefixes[name]!,
            },
          ]
        : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A plain-text table for the build log; named lazy chunks follow the pages. */
export function formatTable(pages: PageJs[], lazy: LazyChunk[] = []): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
  const width = Math.max(5, ...pages.map((page) => page.route.length));
  const lines = [`${"route".padEnd(width)}  kind     JS gz KB  budget KB`];
  for (const page of pages) {
    const flag = page.gzipBytes > page.budgetBytes ? "  OVER BUDGET" : "";
    lines.push(
      `${page.route.padEnd(width)}  ${page.kind.padEnd(7)} ${kb(page.gzipBytes)}  ${kb(page.budgetBytes)}${flag}`,
    );
  }
  for (const chunk of lazy)
    lines.push(
      `${chunk.name.padEnd(width)}  lazy    ${kb(chunk.gzipBytes)}          -  loads on demand: ${chunk.loadedWhen}`,
    );
  return lines.join("\n");
}
