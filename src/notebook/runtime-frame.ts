/**
 * Where the cells run: a Web Worker inside an `<iframe sandbox="allow-scripts">` of its own.
 *
 * A cell that allocates without end exhausts the memory of the process its worker lives in.
 * A worker made by the page lives in the page's process, so the whole tab crashed. The
 * sandboxed frame has an opaque origin, which Chromium puts in a process of its own: only
 * the frame dies, and the page notices, says so under the cell and starts a fresh frame on
 * the next run. (Measured: a worker in the page took the tab down in 2.7 s at a 128 MB heap;
 * in the frame only the frame went.) The sandbox allows scripts and nothing else: no
 * navigating the page, no popups, no forms, no storage of the site.
 *
 * How the code gets in: the page fetches the built worker script (same origin, so no CORS
 * header is needed on any host), hands the text to the frame by postMessage, and the frame
 * starts it from a Blob URL as a classic worker (Chromium refuses a module worker from a blob
 * in an opaque origin). The wasm kernel is embedded in the script, and data files come
 * through the page (data-port.ts), so nothing depends on how the host serves headers.
 *
 * How the page notices the frame died: nothing fires when an out-of-process frame crashes,
 * so the page pings it every PING_MS and calls it lost when a ping stays unanswered for
 * LOST_AFTER_MS. (The frame's own thread is idle; the cell runs in its worker. Only an
 * unanswered ping counts, so a page whose timers are throttled in a background tab is not
 * fooled.)
 *
 * In `astro dev` the worker script is an ES module with imports, which a blob cannot
 * resolve; there the worker runs in the page as before (pageWorkerProcess).
 */
import workerUrl from "./worker.ts?worker&url";
import { DATA_PORT_MESSAGE, serveData } from "./data-port";
import { editionMessage } from "./worker-edition";
import type { ToWorker } from "./protocol";
import { t } from "../i18n";

/** The runtime the notebook hands its runs to. */
export interface CellProcess {
  /** Hands one run to the worker; `port` is the run's own channel (protocol.ts). */
  run(message: ToWorker, port: MessagePort): void;
  /** Ends the runtime at once, even in `while (true) {}`. */
  terminate(): void;
}

/** What a runtime reports on its own (not through a run's port). */
export interface CellProcessEvents {
  /** The worker failed to start, or an error escaped it. */
  error(message: string): void;
  /** The runtime is gone without a word: its process crashed (it ran out of memory). */
  lost(): void;
}

export type CellProcessFactory = (events: CellProcessEvents) => CellProcess;

export const PING_MS = 500;
export const LOST_AFTER_MS = 4000;

/**
 * The frame's own script (inlined in its srcdoc, so it must use nothing from outside).
 * It waits for the page's one boot message, starts the worker, says it is ready and relays:
 * runs to the worker (with their ports), worker errors and pong replies to the page.
 */
function frameMain(): void {
  addEventListener("message", function boot(event: MessageEvent) {
    const [control, data] = event.ports;
    if (!control || !data || typeof event.data?.code !== "string") return;
    removeEventListener("message", boot);
    const url = URL.createObjectURL(new Blob([event.data.code], { type: "text/javascript" }));
    const worker = new Worker(url, { name: "kobai-cells" });
    worker.onerror = (error) => {
      error.preventDefault();
      control.postMessage({ type: "error", message: String(error.message || "") });
    };
    worker.postMessage(event.data.dataPortMessage, [data]);
    control.onmessage = (message) => {
      const request = message.data;
      if (request?.type === "ping") control.postMessage({ type: "pong" });
      else if (request?.type === "run") worker.postMessage(request.message, Array.from(message.ports));
    };
    control.postMessage({ type: "ready" });
  });
}

let workerCode: Promise<string> | undefined;

/** The built worker script, fetched once per page (later frames reuse the text). */
function fetchWorkerCode(): Promise<string> {
  workerCode ??= fetch(workerUrl).then((response) => {
    if (!response.ok) throw new Error(`${workerUrl}: HTTP ${response.status}`);
    return response.text();
  });
  workerCode.catch(() => (workerCode = undefined)); // try again on the next start
  return workerCode;
}

/** The cells' worker in a sandboxed frame of its own (see the top of this file). */
export const framedProcess: CellProcessFactory = (events) => {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.title = t("cell.runtimeFrame");
  frame.tabIndex = -1;
  frame.hidden = true;
  frame.className = "cell-runtime-frame";
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><script>(${frameMain.toString()})()</script>`;
  const control = new MessageChannel();
  const data = new MessageChannel();
  serveData(data.port1);

  let ended = false;
  let watch: ReturnType<typeof setInterval> | undefined;
  let pingSentAt: number | undefined; // an unanswered ping
  const ping = () => {
    const now = performance.now();
    if (pingSentAt === undefined) {
      pingSentAt = now;
      control.port1.postMessage({ type: "ping" });
    } else if (now - pingSentAt > LOST_AFTER_MS) {
      end();
      events.lost();
    }
  };
  control.port1.onmessage = (event: MessageEvent) => {
    const message = event.data as { type?: string; message?: unknown };
    if (message?.type === "pong") pingSentAt = undefined;
    else if (message?.type === "ready")
      watch ??= setInterval(ping, PING_MS); // booted: from now on it answers
    else if (message?.type === "error") events.error(String(message.message));
  };

  const end = () => {
    ended = true;
    clearInterval(watch);
    control.port1.close();
    data.port1.close();
    frame.remove(); // the frame's document goes, and its worker with it
  };
  const loaded = new Promise<void>((resolve) => frame.addEventListener("load", () => resolve(), { once: true }));
  document.body.append(frame);
  Promise.all([fetchWorkerCode(), loaded]).then(
    ([code]) => {
      if (ended) return;
      // An opaque origin can only be addressed as "*"; the ports make the channel private.
      frame.contentWindow?.postMessage({ code, dataPortMessage: { ...DATA_PORT_MESSAGE, edition: editionMessage() } }, "*", [
        control.port2,
        data.port2,
      ]);
    },
    (error: unknown) => {
      if (ended) return;
      end();
      events.error(error instanceof Error ? error.message : String(error));
    },
  );

  return {
    // Messages wait in the port until the frame starts listening.
    run: (message, port) => control.port1.postMessage({ type: "run", message }, [port]),
    terminate: end,
  };
};

/** The cells' worker in the page's own process (`astro dev`, where the worker is not one file). */
export const pageWorkerProcess: CellProcessFactory = (events) => {
  const worker = new Worker(workerUrl, { type: "module" });
  // Nothing the worker posts on its own channel is read: a cell's code can post there.
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    events.error(event.message || "unknown error");
  });
  const data = new MessageChannel();
  serveData(data.port1);
  worker.postMessage({ ...DATA_PORT_MESSAGE, edition: editionMessage() }, [data.port2]);
  return {
    run: (message, port) => worker.postMessage(message, [port]),
    terminate: () => {
      data.port1.close();
      worker.terminate();
    },
  };
};
