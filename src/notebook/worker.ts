/**
 * The Web Worker that runs a page's code cells, off the page's main thread.
 *
 * The core is bundled in here and is what a cell's `import … from "kobai"` gets, together
 * with Observable Plot (also available as `Plot`). `plot(options)` runs Plot right here,
 * on a linkedom document, and sends the SVG markup; the page sanitises it before showing
 * it. A cell that never ends is stopped by the page with `worker.terminate()`.
 */
import * as kobai from "kobai";
import * as Plot from "@observablehq/plot";
import { CellRuntime } from "./runtime";
import { decodeToWorker, type FromWorker } from "./protocol";
import { plotMarkup } from "./plot-markup";
import { fetchDataSource } from "../data/fetch-source";

kobai.setDataSource(fetchDataSource); // a cell's datasets.mnist() fetches from the site

const post = (message: FromWorker) => self.postMessage(message);

const runtime = new CellRuntime({
  modules: { kobai, "@observablehq/plot": Plot },
  now: () => performance.now(),
  beforeRun: () => kobai.seed(0),
  renderPlot: plotMarkup,
});

// Runs arrive one at a time from the page, but a chain keeps them ordered regardless.
let queue: Promise<void> = Promise.resolve();

self.addEventListener("message", (event: MessageEvent) => {
  const request = decodeToWorker(event.data);
  if (!request) return;
  queue = queue.then(async () => {
    await kobai.ready(); // the fastest matmul kernel, again: one a cell installed does not leak into the next run
    const started = performance.now();
    const result = await runtime.run({
      cellId: request.cellId,
      source: request.source,
      plotWidth: request.plotWidth,
      send: (batch) => post({ type: "output", runId: request.runId, ...batch }),
    });
    const ms = performance.now() - started;
    post(result.ok ? { type: "done", runId: request.runId, ms } : { type: "failed", runId: request.runId, ms, error: result.error });
  });
});
