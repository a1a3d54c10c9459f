/**
 * The page's side of the types worker: started once, on the first focus of any cell
 * (never at page load: TypeScript is the largest script on the site and most readers of a
 * chapter never edit a cell), shared by every cell of the page.
 */
import type { CellText } from "./program";
import type { TypesQuery, TypesResponse } from "./protocol";

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
/** Resolves when the worker has answered its first request (the library is parsed). */
let ready: Promise<void> | undefined;
const readyListeners = new Set<() => void>();

/** Whether the reader has focused a cell yet (and so the worker runs). */
export function typesStarted(): boolean {
  return worker !== undefined;
}

/** Whether the first answer has come back. */
let isReady = false;
export function typesReady(): boolean {
  return isReady;
}

/** Calls `listener` once when the types are ready (now, when they already are). */
export function onTypesReady(listener: () => void): () => void {
  if (isReady) listener();
  else readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

/** Starts the worker (once) and warms it up with a question about `cells`. */
export function startTypes(cells: CellText[]): Promise<void> {
  if (!worker) {
    worker = new Worker(new URL("./types-worker.ts", import.meta.url), { type: "module", name: "kobai-types" });
    worker.addEventListener("message", (event: MessageEvent<TypesResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (!waiting) return;
      pending.delete(response.id);
      if (response.ok) waiting.resolve(response.result);
      else waiting.reject(new Error(response.error));
    });
    const first = cells[0]?.id ?? "";
    ready = ask(cells, first, { kind: "diagnostics" }).then(
      () => markReady(),
      () => markReady(),
    );
  }
  return ready!;
}

function markReady(): void {
  isReady = true;
  for (const listener of readyListeners) listener();
  readyListeners.clear();
}

/** Asks the worker one question about one cell of the notebook as it is now. */
export function ask<T>(cells: CellText[], cellId: string, query: TypesQuery): Promise<T> {
  if (!worker) return Promise.reject(new Error("types: the worker has not been started"));
  const id = ++nextId;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker!.postMessage({ id, cells, cellId, query });
  });
}
