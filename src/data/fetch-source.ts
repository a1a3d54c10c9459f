/**
 * The data source of a page's Web Workers: the shipped files are fetched from the site,
 * under its base path (import.meta.env.BASE_URL, e.g. "/kobai/" on a project page).
 */
import type { DataSource } from "kobai";

/**
 * @example
 * setDataSource(fetchDataSource); // at the top of a worker
 */
export const fetchDataSource: DataSource = async (fileName) => {
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? "/";
  const path = `${base.endsWith("/") ? base : base + "/"}data/${fileName}`;
  // Resolve against the origin, so it also works in a worker whose own URL is a blob: URL.
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  const url = origin && origin !== "null" ? new URL(path, origin).href : path;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
};
