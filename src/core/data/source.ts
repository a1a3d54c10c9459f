/**
 * Where the shipped data files (public/data/*) come from, in each place kobai runs:
 *
 *   browser page or Web Worker  →  fetch(`${BASE_URL}data/<file>`)
 *   Node (tests, bench)         →  read <repo>/public/data/<file> from disk
 *
 * The Node branch imports `node:fs` dynamically, through a variable, and only when it runs
 * in Node, so the browser bundle never contains (or tries to resolve) `node:fs`.
 * A page can also install its own source with `setDataSource` (e.g. a worker created from a
 * Blob URL that needs an absolute URL, or a test that serves bytes from memory).
 */

/**
 * Reads a data file by name (e.g. "mnist.bin") and resolves to its bytes.
 *
 * @example
 * const fromServer: DataSource = async (name) => new Uint8Array(await (await fetch(`/data/${name}`)).arrayBuffer());
 * setDataSource(fromServer);
 */
export type DataSource = (fileName: string) => Promise<Uint8Array>;

let installed: DataSource | null = null;

/**
 * Replaces the way data files are read; returns the previous source (null = the default).
 *
 * @example
 * setDataSource(async (name) => new Uint8Array(await (await fetch(`https://example.org/kobai/data/${name}`)).arrayBuffer()));
 */
export function setDataSource(source: DataSource | null): DataSource | null {
  const previous = installed;
  installed = source;
  return previous;
}

/** The installed source, or the default one for this environment. */
export function currentDataSource(): DataSource {
  return installed ?? defaultSource;
}

function runningInNode(): boolean {
  const g = globalThis as { process?: { versions?: { node?: string } }; window?: unknown };
  return g.process?.versions?.node !== undefined && g.window === undefined;
}

const defaultSource: DataSource = (fileName) => (runningInNode() ? readFromDisk(fileName) : fetchFromSite(fileName));

async function readFromDisk(fileName: string): Promise<Uint8Array> {
  // A variable specifier keeps bundlers from following this import into the browser build.
  const fsModule = "node:fs/promises";
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import("node:fs/promises");
  // This file is src/core/data/source.ts; the data lives in <repo>/public/data/.
  const url = new URL(["..", "..", "..", "public", "data", fileName].join("/"), import.meta.url);
  try {
    return new Uint8Array(await readFile(url));
  } catch (error) {
    throw new Error(`cannot read data file ${url.pathname}: ${(error as Error).message} (run \`npm run data\` to build it)`);
  }
}

async function fetchFromSite(fileName: string): Promise<Uint8Array> {
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? "/";
  const path = `${base.endsWith("/") ? base : base + "/"}data/${fileName}`;
  // Resolve against the origin, so it also works in a worker whose own URL is a blob: URL.
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  const url = origin && origin !== "null" ? new URL(path, origin).href : path;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}
