/**
 * Wall time of the training presets in headless Chromium, as a reader meets them: the built
 * site's /dev/training/ page, the preset's widget at a scale (its URL state, `?w.<id>.scale=`),
 * a click on Start, and the seconds until the widget says it is done. Data loading (the
 * book's full MNIST is an 11 MB download for the book scale), every worker (one per core,
 * src/run/split.ts and the pool) and the page's drawing are included: this is the time a
 * reader waits, on this machine, with whatever else runs on it.
 *
 *   npm run build                      (or KOBAI_DIST=/tmp/dist npx astro build)
 *   npm run bench -- chromium-presets  (KOBAI_DIST, KOBAI_PORT as for the browser tests)
 *   KOBAI_WALL_PRESETS=opt:book,bn:lesson npm run bench -- chromium-presets
 *
 * Timed, never asserted. The machine's load average is printed with each row, since on a
 * shared machine the wall clock counts the time other processes ran.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import type { Benchmark, BenchRow } from "./timing";

/** Widget ids on /dev/training/ and the preset each runs. */
const WIDGETS: Record<string, string> = {
  init: "weight-init",
  bn: "batch-norm",
  wd: "weight-decay",
  drop: "dropout",
  opt: "optimizer-comparison",
  search: "hyperparameter-search",
};

/** By default: the book-scale optimizer race (図6-9) and every lesson preset but the search. */
const DEFAULT_RUNS = "opt:book,init:lesson,bn:lesson,wd:lesson,drop:lesson,opt:lesson,search:lesson";

async function waitForServer(url: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the preview server did not answer at ${url} within ${seconds} s`);
}

const bench: Benchmark = {
  title: "Training presets in headless Chromium: wall time from Start to done (the built site)",
  slow: true,
  async run() {
    const dist = process.env.KOBAI_DIST ?? "dist";
    if (!existsSync(`${dist}/dev/training/index.html`))
      throw new Error(`no built site in ${dist}/: run \`npm run build\` (or set KOBAI_DIST) first`);
    const port = Number(process.env.KOBAI_PORT ?? 4329);
    const server = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(port)], {
      env: { ...process.env, KOBAI_DIST: dist },
      stdio: "ignore",
      detached: true,
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    const rows: BenchRow[] = [];
    try {
      await waitForServer(`http://127.0.0.1:${port}/`, 120);
      for (const item of (process.env.KOBAI_WALL_PRESETS ?? DEFAULT_RUNS).split(",")) {
        const [id, scale] = item.split(":");
        if (!WIDGETS[id] || (scale !== "lesson" && scale !== "book"))
          throw new Error(`KOBAI_WALL_PRESETS: "${item}" is not <${Object.keys(WIDGETS).join("|")}>:<lesson|book>`);
        const page = await browser.newPage();
        let workers = 0; // every worker has the same script URL: count them
        page.on("worker", () => workers++);
        await page.goto(`http://127.0.0.1:${port}/dev/training/?w.${id}.scale=${scale}`);
        const widget = page.locator(`#${id}`);
        const start = widget.locator('[data-action="start"]');
        await start.waitFor({ state: "visible" });
        const load = loadavg()[0];
        const t0 = performance.now();
        await start.click();
        await page.waitForFunction(
          (el) => el?.getAttribute("data-state") === "done" || el?.getAttribute("data-state") === "error",
          await widget.elementHandle(),
          { timeout: 3_600_000, polling: 250 },
        );
        const seconds = (performance.now() - t0) / 1000;
        const status = (await widget.locator(".kobai-status").textContent())?.trim() ?? "";
        rows.push({
          name: `${WIDGETS[id]} (${scale})`,
          value: seconds,
          unit: "s wall",
          note: `${workers} worker(s), ${await page.evaluate(() => navigator.hardwareConcurrency)} cores, load ${load.toFixed(1)}; "${status}"`,
        });
        console.log(`  … ${rows.at(-1)!.name}: ${seconds.toFixed(1)} s`);
        await page.close();
      }
    } finally {
      await browser.close();
      if (server.pid) process.kill(-server.pid);
    }
    return rows;
  },
};

export default bench;
