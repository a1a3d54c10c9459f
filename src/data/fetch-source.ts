/**
 * The data source of a page's Web Workers: the shipped files are fetched from the site,
 * under its base path (import.meta.env.BASE_URL, e.g. "/kobai/" on a project page).
 */
import type { DataSource } from "kobai";
import { readStream } from "./read-stream";

/**
 * @example
 * setDataSource(fetchDataSource); // at the top of a worker
 */
export const fetchDataSource: DataSource = async (fileName, onProgress) => {
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? "/";
  const path = `${base.endsWith("/") ? base : base + "/"}data/${fileName}`;
  // Resolve against the origin, so it also works in a worker whose own URL is a blob: URL.
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  const url = origin && origin !== "null" ? new URL(path, origin).href : path;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status} ${response.statusText}`);
  if (!onProgress || !response.body) return new Uint8Array(await response.arrayBuffer());
  // Read the body chunk by chunk to report progress. Content-Length is the size on the wire: a
  // server that compresses (Content-Encoding, as `astro preview` does for .gz files) sends
  // fewer bytes than the body holds, so then the total is unknown (0).
  const encoded = response.headers.get("content-encoding") !== null;
  const total = encoded ? 0 : Number(response.headers.get("content-length") ?? 0);
  return readStream(response.body, (loaded) => onProgress(loaded, total));
};
