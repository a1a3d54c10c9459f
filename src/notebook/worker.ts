/**
 * The Web Worker that runs a page's code cells, off the page's main thread.
 *
 * The core is bundled in here and is what a cell's `import … from "kobai"` gets, together
 * with Observable Plot (also available as `Plot`). `plot(options)` runs Plot right here,
 * on a linkedom document, and sends the SVG markup; the page sanitises it before showing
 * it. A cell that never ends is stopped by the page with `worker.terminate()`.
 *
 * The cell's code runs in this same global scope, so it can post messages, add listeners
 * and replace built-in methods. What keeps the page's view of a run honest:
 * - Each run arrives with its own MessagePort; results go back only through it. The port
 *   is read with methods captured before any cell ran, and our listener, registered first,
 *   stops the event from reaching any listener a cell adds later. So no cell can reach a
 *   port, and the page ignores everything else the worker posts.
 * - `self.close()` first tells the page (the runtime is gone; a fresh one is started).
 * - Errors thrown later (timers) and promise rejections nobody handled are reported under
 *   the cell whose code threw them, and so is output made after a run ended.
 */
import * as kobai from "kobai";
import * as Plot from "@observablehq/plot";
import { CellRuntime } from "./runtime";
import { decodeToWorker, type FromWorker } from "./protocol";
import { plotMarkup } from "./plot-markup";
import { DATA_PORT_MESSAGE, dataFromPort } from "./data-port";
import { adoptEdition } from "./worker-edition";

// A cell's datasets.mnist() asks the page for the file (this worker's origin may be opaque).
let receiveDataPort: (port: MessagePort) => void = () => {};
kobai.setDataSource(dataFromPort(new Promise((resolve) => (receiveDataPort = resolve))));

// ── built-ins captured before any cell code runs (a cell may replace the originals) ──
const apply = Reflect.apply;
const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
const portsOf = getter(MessageEvent.prototype, "ports");
const dataOf = getter(MessageEvent.prototype, "data");
const postOnPort = MessagePort.prototype.postMessage;
const stopImmediatePropagation = Event.prototype.stopImmediatePropagation;
const preventDefault = Event.prototype.preventDefault;
const now = performance.now.bind(performance);
const scope = self as unknown as { close(): void; addEventListener: typeof self.addEventListener };
const closeWorker = scope.close;

const post = (port: MessagePort, message: FromWorker) => apply(postOnPort, port, [message]);

const runtime = new CellRuntime({
  modules: { kobai, "@observablehq/plot": Plot },
  now,
  beforeRun: () => kobai.seed(0),
  renderPlot: plotMarkup,
  sendLate: (cellId, batch) => {
    const run = latestRun.get(cellId);
    if (run) post(run.port, { type: "output", runId: run.runId, late: true, ...batch });
  },
});

/** The port and run id of each cell's latest run: late errors go there. */
const latestRun = new Map<string, { port: MessagePort; runId: number }>();
let runningCell: string | undefined;
let lastCell: string | undefined;

// Runs arrive one at a time from the page, but a chain keeps them ordered regardless.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener("message", (event: MessageEvent) => {
  apply(stopImmediatePropagation, event, []);
  const data = apply(dataOf, event, []) as unknown;
  const port = (apply(portsOf, event, []) as readonly MessagePort[])[0];
  if (port && (data as { type?: unknown } | null)?.type === DATA_PORT_MESSAGE.type) {
    receiveDataPort(port); // the first one counts: it comes before any run
    adoptEdition((data as { edition?: unknown }).edition); // checks and errors in the page's language
    receiveDataPort = () => {};
    return;
  }
  const request = decodeToWorker(data);
  if (!request || !port) return;
  latestRun.set(request.cellId, { port, runId: request.runId });
  queue = queue.then(async () => {
    await kobai.ready(); // the fastest matmul kernel, again: one a cell installed does not leak into the next run
    runningCell = lastCell = request.cellId;
    const started = now();
    const result = await runtime.run({
      cellId: request.cellId,
      source: request.source,
      plotWidth: request.plotWidth,
      send: (batch) => post(port, { type: "output", runId: request.runId, ...batch }),
    });
    runningCell = undefined;
    const ms = now() - started;
    post(
      port,
      result.ok
        ? { type: "done", runId: request.runId, ms }
        : { type: "failed", runId: request.runId, ms, error: result.error },
    );
  });
});

/** Reports an error nobody caught under the cell it came from (by its stack, else the running cell). */
function reportLate(thrown: unknown): void {
  const error = runtime.describe(thrown);
  const cellId = error.cellId ?? runningCell ?? lastCell;
  const run = cellId === undefined ? undefined : latestRun.get(cellId);
  if (run) post(run.port, { type: "late", runId: run.runId, error });
}

scope.addEventListener("error", (event: ErrorEvent) => {
  apply(preventDefault, event, []);
  reportLate(event.error ?? event.message);
});
scope.addEventListener("unhandledrejection", (event: PromiseRejectionEvent) => {
  apply(preventDefault, event, []);
  reportLate(event.reason);
});

// self.close() from a cell: say so first, so the page starts a fresh runtime. (A global
// scope's methods are its own properties, and a copy may also sit on its prototype.)
const guardedClose = {
  configurable: false,
  writable: false,
  value: function close() {
    for (const { port, runId } of latestRun.values()) post(port, { type: "closed", runId });
    apply(closeWorker, self, []);
  },
};
for (let target: object | null = self; target && target !== Object.prototype; target = Object.getPrototypeOf(target)) {
  if (Object.prototype.hasOwnProperty.call(target, "close")) Object.defineProperty(target, "close", guardedClose);
}
