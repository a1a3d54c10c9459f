/**
 * The data source of Node (unit tests, benchmarks, the browser tests' reference runs): the
 * shipped files are read from <repo>/public/data/ on disk.
 */
import { readFile } from "node:fs/promises";
import type { DataSource } from "kobai";

/**
 * @example
 * setDataSource(nodeDataSource); // what src/data/use-node.ts does
 */
export const nodeDataSource: DataSource = async (fileName) => {
  // This file is src/data/node-source.ts; the data lives in <repo>/public/data/.
  const url = new URL(`../../public/data/${fileName}`, import.meta.url);
  try {
    return new Uint8Array(await readFile(url));
  } catch (error) {
    throw new Error(
      `cannot read data file ${url.pathname}: ${(error as Error).message} (run \`npm run data\` to build it)`,
    );
  }
};
