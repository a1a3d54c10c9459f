/**
 * The routes of the built site, read from dist/ (so pages added by other areas, e.g.
 * /reference/ or /playground/, are tested too) and the chapters, read from content/lessons.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The built site: dist/, or $KOBAI_DIST when set (as in astro.config.mjs). */
export const distDir = process.env.KOBAI_DIST ?? "dist";

export interface Chapter {
  slug: string;
  title: string;
  order: number;
  route: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every page of the built site except the 404 page, as "/path/". */
export function builtRoutes(): string[] {
  if (!existsSync(distDir)) throw new Error("dist/ is missing: run `npm run build` before the browser tests");
  return walk(distDir)
    .map((file) => relative(distDir, file).split(sep).join("/"))
    .filter((file) => file.endsWith("index.html") && !file.startsWith("pagefind/"))
    .map((file) => `/${file.slice(0, -"index.html".length)}`)
    .sort();
}

/** The chapters in order, from the frontmatter of content/lessons/*.mdx. */
export function chapters(): Chapter[] {
  const dir = join("content", "lessons");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const source = readFileSync(join(dir, name), "utf8");
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? "";
      const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, "m").exec(frontmatter)?.[1]?.trim() ?? "";
      const slug = name.replace(/\.mdx$/, "");
      const title = field("title").replace(/^(["'])(.*)\1$/, "$2");
      return { slug, title, order: Number(field("order")), route: `/lessons/${slug}/` };
    })
    .sort((a, b) => a.order - b.order);
}
