/**
 * Import this first in Node (vitest's setupFiles, bench/run.ts) so that `datasets.mnist()`
 * and every other loader of the shipped data reads public/data/ from disk.
 */
import { setDataSource } from "kobai";
import { nodeDataSource } from "./node-source";

setDataSource(nodeDataSource);
