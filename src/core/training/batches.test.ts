import { describe, expect, it } from "vitest";
import { Tensor, batches, createRng, permutation, seed } from "kobai";

/** x whose only feature is the row's index, so a batch tells which rows it holds. */
const indexed = (n: number) => Tensor.from(Array.from({ length: n }, (_, i) => [i]));
const rowsOf = (xb: Tensor) => Array.from(xb.data);

describe("batches (epoch form)", () => {
  it("sees every sample once, keeps the last partial batch, and keeps labels with their rows", () => {
    const x = indexed(23),
      y = Array.from({ length: 23 }, (_, i) => i % 5);
    const epoch = [...batches(x, y, 5, { rng: createRng(1) })];
    expect(epoch.map(([xb]) => xb.rows)).toEqual([5, 5, 5, 5, 3]);
    const seen = epoch.flatMap(([xb]) => rowsOf(xb));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(seen).not.toEqual(Array.from({ length: 23 }, (_, i) => i)); // shuffled
    for (const [xb, yb] of epoch) expect(yb).toEqual(rowsOf(xb).map((i) => i % 5));
    expect(batches(x, y, 5).length).toBe(5);
  });

  it("is reproducible from a seed, reshuffles each epoch, and keeps order with shuffle: false", () => {
    const x = indexed(10),
      y = new Array(10).fill(0);
    const order = (b: Iterable<[Tensor, unknown]>) => [...b].flatMap(([xb]) => rowsOf(xb));
    expect(order(batches(x, y, 4, { rng: createRng(3) }))).toEqual(order(batches(x, y, 4, { rng: createRng(3) })));
    const twice = batches(x, y, 4, { rng: createRng(3) });
    expect(order(twice)).not.toEqual(order(twice));
    expect(order(batches(x, y, 4, { shuffle: false }))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    seed(9);
    const a = order(batches(x, y, 4));
    seed(9);
    expect(order(batches(x, y, 4))).toEqual(a);
  });

  it("carries one-hot label tensors along", () => {
    const x = indexed(4),
      y = Tensor.from([
        [1, 0],
        [0, 1],
        [1, 0],
        [0, 1],
      ]);
    for (const [xb, yb] of batches(x, y, 3, { rng: createRng(0) })) {
      expect((yb as Tensor).toArray()).toEqual(rowsOf(xb).map((i) => (i % 2 ? [0, 1] : [1, 0])));
    }
  });

  it("permutation is Fisher–Yates: every order of 3 about equally often", () => {
    const rng = createRng(5),
      counts = new Map<string, number>();
    for (let t = 0; t < 6000; t++) {
      const key = permutation(3, rng).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(120); // ~4 standard deviations
  });

  it("names what is wrong", () => {
    expect(() => batches(indexed(3), [0, 1], 2)).toThrow(/x has 3 rows \(shape \[3, 1\]\) but y has 2 labels/);
    expect(() => batches(indexed(3), [0, 1, 2], 0)).toThrow(/batchSize must be a positive integer, got 0/);
    expect(() => batches(indexed(3), [0, 1, 2], 2, { shufle: false } as never)).toThrow(/unknown option "shufle"/);
  });
});

describe("batches with replacement (the book's np.random.choice)", () => {
  it("draws full batches at random: some samples twice, about e⁻¹ of them never", () => {
    const n = 2000,
      size = 20;
    const x = indexed(n),
      y = new Array(n).fill(0);
    const epoch = [...batches(x, y, size, { replacement: true, rng: createRng(11) })];
    expect(epoch.length).toBe(100);
    expect(epoch.every(([xb]) => xb.rows === size)).toBe(true);
    const counts = new Array(n).fill(0);
    for (const [xb] of epoch) for (const i of rowsOf(xb)) counts[i]++;
    const never = counts.filter((c) => c === 0).length / n;
    // P(never) = (1 − 1/n)^n ≈ 0.3678; its standard deviation here is about 0.011.
    expect(Math.abs(never - (1 - 1 / n) ** n)).toBeLessThan(0.045);
    expect(counts.some((c) => c >= 2)).toBe(true);
    // The epoch form, by contrast, sees each sample exactly once.
    const once = new Array(n).fill(0);
    for (const [xb] of batches(x, y, size, { rng: createRng(11) })) for (const i of rowsOf(xb)) once[i]++;
    expect(once.every((c) => c === 1)).toBe(true);
  });

  it("cannot be combined with shuffle: false", () => {
    expect(() => batches(indexed(4), [0, 0, 0, 0], 2, { replacement: true, shuffle: false })).toThrow(/replacement/);
  });
});
