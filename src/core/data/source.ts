/**
 * Where the shipped data files (public/data/*) come from. The core never reads a file or the
 * network itself: the environment it runs in installs a source that does, and the core gets
 * the bytes (src/data/):
 *
 *   browser Web Worker (training, code cells)  →  fetchDataSource: fetch(`${BASE_URL}data/<file>`)
 *   Node (tests, benchmarks)                   →  nodeDataSource: <repo>/public/data/<file> from disk
 *
 * A page or test can install its own with `setDataSource` (e.g. one that serves bytes from
 * memory).
 */

/**
 * Reads a data file by name (e.g. "mnist.bin") and resolves to its bytes.
 *
 * @example
 * const fromServer: DataSource = async (name) => new Uint8Array(await (await fetch(`/data/${name}`)).arrayBuffer());
 * setDataSource(fromServer);
 */
export type DataSource = (fileName: string, onProgress?: LoadProgress) => Promise<Uint8Array>;

/**
 * Told how many bytes of a file have arrived so far (`total` 0 when the size is unknown), so
 * a page can draw a progress bar while the book's 11 MB MNIST downloads.
 *
 * @example
 * const onProgress: LoadProgress = (loaded, total) => (bar.value = total ? loaded / total : 0);
 */
export type LoadProgress = (loaded: number, total: number) => void;

let installed: DataSource | null = null;

/**
 * Replaces the way data files are read; returns the previous source (null = none).
 *
 * @example
 * setDataSource(async (name) => new Uint8Array(await (await fetch(`https://example.org/kobai/data/${name}`)).arrayBuffer()));
 */
export function setDataSource(source: DataSource | null): DataSource | null {
  const previous = installed;
  installed = source;
  return previous;
}

/** The installed source; an error that says how to install one when there is none. */
export function currentDataSource(): DataSource {
  if (installed) return installed;
  throw new Error(
    "kobai: no data source is installed, so the shipped data files cannot be read. " +
      'A page\'s workers install one (src/data/fetch-source.ts); in Node, import "src/data/use-node" first, or call setDataSource(…).',
  );
}
