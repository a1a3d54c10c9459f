/**
 * Data sets for the lessons, under one namespace so a cell reads `datasets.xor()`:
 * logic gates (2.3–2.5), 2-D toy problems (spiral, moons, circles) and real data
 * (Fisher's iris, MNIST digits).
 */
import { and, or, nand, xor } from "./gates";
import { spiral } from "./spiral";
import { moons } from "./moons";
import { circles } from "./circles";
import { iris } from "./iris";
import { loadMnist, type MnistOptions, type MnistData } from "./mnist";

/**
 * Every data set returns `{ x, y, classes, featureNames, classNames }`. The MNIST ones are
 * asynchronous (a browser must fetch the file): `await datasets.mnist({ train: 1000 })`.
 *
 * @example
 * const { x, y } = datasets.spiral({ n: 100, classes: 3, rng: createRng(0) });
 * const digits = await datasets.mnist({ train: 2000, test: 500 });
 */
export const datasets = {
  and,
  or,
  nand,
  xor,
  spiral,
  moons,
  circles,
  iris,
  /** MNIST: 8,000 training and 2,000 test digits (all by default); `{ full: true }`: the book's 60,000 + 10,000. Async. */
  mnist: (options?: MnistOptions): Promise<MnistData> => loadMnist(options),
  /** A small MNIST for quick lessons: 1,000 training and 200 test digits unless told otherwise. Async. */
  digits: (options: MnistOptions = {}): Promise<MnistData> => loadMnist({ train: 1000, test: 200, ...options }),
};

export type { Dataset } from "./dataset";
export type { SpiralOptions } from "./spiral";
export type { MoonsOptions } from "./moons";
export type { CirclesOptions } from "./circles";
export { loadMnist, mnistImage, MNIST_SETS, type MnistOptions, type MnistData, type MnistManifest } from "./mnist";
export { setDataSource, type DataSource, type LoadProgress } from "./source";
export { fnv1a32, fnv1a32Text } from "./checksum";
