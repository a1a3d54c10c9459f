/**
 * The cells' data files (`datasets.mnist()`), fetched by the page for the cells' worker.
 *
 * The worker runs in a sandboxed frame (runtime-frame.ts) whose origin is opaque, so it
 * cannot fetch the site's files itself without CORS headers the host may not send. The
 * page holds one end of a MessageChannel and answers `{ id, file }` with the file's bytes
 * or an error message; the worker's data source asks through the
 * other end. Only names of files in the site's data folder are answered.
 */
import type { DataSource } from "kobai";
import { fetchDataSource } from "../data/fetch-source";

type Request = { id: number; file: string };
type Reply = { id: number; bytes: Uint8Array } | { id: number; error: string };

/** A file name in the data folder: no slashes, so nothing outside it. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The message that hands the worker its end of the data channel (with the port). */
export const DATA_PORT_MESSAGE = { type: "data-port" } as const;

/** Page side: answers the worker's requests on `port` from the site's data folder. */
export function serveData(port: MessagePort, read: DataSource = fetchDataSource): void {
  port.onmessage = async (event: MessageEvent) => {
    const request = event.data as Partial<Request> | null;
    if (typeof request?.id !== "number" || typeof request.file !== "string") return;
    const { id, file } = request as Request;
    try {
      if (!FILE_NAME.test(file)) throw new Error(`not a data file: ${file}`);
      const bytes = await read(file);
      port.postMessage({ id, bytes } satisfies Reply);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  };
}

/**
 * Worker side: a data source that asks the page through the port `port` resolves to.
 *
 * @example
 * setDataSource(dataFromPort(portArrives)); // at the top of the cells' worker
 */
export function dataFromPort(port: Promise<MessagePort>): DataSource {
  const waiting = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
  let nextId = 1;
  const ready = port.then((p) => {
    p.onmessage = (event: MessageEvent) => {
      const reply = event.data as Reply;
      const pending = waiting.get(reply?.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if ("bytes" in reply) pending.resolve(reply.bytes);
      else pending.reject(new Error(reply.error));
    };
    return p;
  });
  return async (file) => {
    const p = await ready;
    const id = nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      p.postMessage({ id, file } satisfies Request);
    });
  };
}
