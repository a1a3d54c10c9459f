import { describe, expect, it } from "vitest";
import { createRng, datasets, seed } from "kobai";

describe("logic gates", () => {
  it("give the four truth-table rows and the right labels", () => {
    const inputs = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    for (const [name, y] of [
      ["and", [0, 0, 0, 1]],
      ["or", [0, 1, 1, 1]],
      ["nand", [1, 1, 1, 0]],
      ["xor", [0, 1, 1, 0]],
    ] as const) {
      const d = datasets[name]();
      expect(d.x.toArray(), name).toEqual(inputs);
      expect(d.y, name).toEqual(y);
      expect(d.classes).toBe(2);
      expect(d.featureNames).toEqual(["x₁", "x₂"]);
    }
  });
});

describe("spiral", () => {
  it("follows r = i/(n−1), with noise only on the angle", () => {
    const d = datasets.spiral({ n: 50, classes: 4, noise: 0.3, rng: createRng(1) });
    expect(d.x.shape).toEqual([200, 2]);
    expect(d.classes).toBe(4);
    for (let k = 0; k < 4; k++) {
      for (let i = 0; i < 50; i++) {
        const row = k * 50 + i;
        expect(d.y[row]).toBe(k);
        expect(Math.hypot(d.x.get(row, 0), d.x.get(row, 1))).toBeCloseTo(i / 49, 12);
      }
    }
  });

  it("without noise, sits exactly on θ = 4k + 4i/(n−1)", () => {
    const d = datasets.spiral({ n: 5, classes: 2, noise: 0 });
    const theta = 4 * 1 + 4 * (3 / 4),
      r = 3 / 4;
    expect(d.x.get(5 + 3, 0)).toBeCloseTo(r * Math.sin(theta), 14);
    expect(d.x.get(5 + 3, 1)).toBeCloseTo(r * Math.cos(theta), 14);
  });

  it("is reproducible from a seed, and from seed(n) without an rng", () => {
    const a = datasets.spiral({ rng: createRng(7) }).x.data;
    expect(datasets.spiral({ rng: createRng(7) }).x.data).toEqual(a);
    expect(datasets.spiral({ rng: createRng(8) }).x.data).not.toEqual(a);
    seed(3);
    const b = datasets.spiral().x.data;
    seed(3);
    expect(datasets.spiral().x.data).toEqual(b);
  });

  it("names a bad option", () => {
    expect(() => datasets.spiral({ n: 0 })).toThrow(/spiral: n must be an integer ≥ 2, got 0/);
    expect(() => datasets.spiral({ noise: -1 })).toThrow(/noise/);
    expect(() => datasets.spiral({ nosie: 1 } as never)).toThrow(/unknown option "nosie"/);
  });
});

describe("moons and circles", () => {
  it("moons without noise lie on the two unit half circles", () => {
    const d = datasets.moons({ n: 101, noise: 0 });
    expect(d.x.shape).toEqual([101, 2]);
    expect(d.y.filter((c) => c === 0).length).toBe(50);
    d.x.toArray().forEach(([a, b], i) => {
      const [cx, cy] = d.y[i] === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(a - cx, b - cy)).toBeCloseTo(1, 12);
      expect(d.y[i] === 0 ? b >= -1e-12 : b <= 0.5 + 1e-12).toBe(true);
    });
  });

  it("circles without noise have radii 1 and factor", () => {
    const d = datasets.circles({ n: 60, noise: 0, factor: 0.3 });
    d.x.toArray().forEach(([a, b], i) => expect(Math.hypot(a, b)).toBeCloseTo(d.y[i] === 0 ? 1 : 0.3, 12));
    expect(() => datasets.circles({ factor: 1 })).toThrow(/factor must be in \(0, 1\), got 1/);
  });

  it("noise has the requested spread and is seeded", () => {
    const clean = datasets.moons({ n: 2000, noise: 0 }).x.data;
    const noisy = datasets.moons({ n: 2000, noise: 0.2, rng: createRng(5) }).x.data;
    let s2 = 0;
    for (let i = 0; i < clean.length; i++) s2 += (noisy[i] - clean[i]) ** 2;
    expect(Math.sqrt(s2 / clean.length)).toBeGreaterThan(0.19);
    expect(Math.sqrt(s2 / clean.length)).toBeLessThan(0.21);
    expect(datasets.moons({ n: 2000, noise: 0.2, rng: createRng(5) }).x.data).toEqual(noisy);
  });
});

describe("iris", () => {
  it("is Fisher's 150 flowers with the known column means", () => {
    const d = datasets.iris();
    expect(d.x.shape).toEqual([150, 4]);
    expect(d.classNames).toEqual(["setosa", "versicolor", "virginica"]);
    expect([0, 1, 2].map((c) => d.y.filter((v) => v === c).length)).toEqual([50, 50, 50]);
    expect(d.x.toArray()[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect(d.x.toArray()[149]).toEqual([5.9, 3.0, 5.1, 1.8]);
    const means = [0, 1, 2, 3].map((j) => d.x.toArray().reduce((s, r) => s + r[j], 0) / 150);
    [5.8433, 3.0573, 3.758, 1.1993].forEach((m, j) => expect(means[j]).toBeCloseTo(m, 4));
  });
});
