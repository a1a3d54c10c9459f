/**
 * Test helpers shared by the core's tests: read a PyTorch fixture and compare numbers
 * with a relative tolerance. Fixtures are JSON written by scripts/fixtures/*.py and
 * committed, so tests need no Python.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { Tensor } from "../tensor";

const fixtureDir = fileURLToPath(new URL("../__fixtures__/", import.meta.url));

/** A fixture case's matrices by name, e.g. `Matrices<"x" | "y">` is `{ x: number[][]; y: number[][] }`. */
export type Matrices<Name extends string> = Record<Name, number[][]>;

/** Reads src/core/__fixtures__/<name>.json. */
export function loadFixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(`${fixtureDir}${name}.json`, "utf8")) as T;
}

/** |a − e| ≤ rtol·max(|e|, 1) per element — relative for large values, absolute near zero. */
export function expectClose(
  actual: Tensor | number[][] | number[] | number,
  expected: number[][] | number[] | number,
  rtol = 1e-9,
  label = "",
): void {
  const a = flatten(actual instanceof Tensor ? actual.toArray() : actual);
  const e = flatten(expected);
  expect(a.length, `${label}: length`).toBe(e.length);
  let worst = 0,
    at = -1;
  for (let i = 0; i < e.length; i++) {
    const err = Math.abs(a[i] - e[i]) / Math.max(Math.abs(e[i]), 1);
    if (!(err <= worst)) {
      worst = err;
      at = i;
    }
  }
  expect(worst, `${label}: worst relative error at element ${at} (got ${a[at]}, want ${e[at]})`).toBeLessThanOrEqual(
    rtol,
  );
}

function flatten(v: number[][] | number[] | number): number[] {
  if (typeof v === "number") return [v];
  return (v as any[]).flat(Infinity as 1) as number[];
}
