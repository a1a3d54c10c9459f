import { describe, expect, it } from "vitest";
import { Tensor, Parameter } from "kobai";
import {
  arrayTable,
  formatLogArguments,
  formatNumber,
  formatValue,
  isParameterLike,
  isTensorLike,
  tensorTable,
  tensorText,
  visibleIndices,
} from "./format";

describe("formatNumber", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333"],
    [-2.5, "-2.5"],
    [42, "42"],
    [12345678, "12345678"],
    [1234567.8, "1.23457e6"],
    [1.5e-7, "1.5e-7"],
    [0.0001, "0.0001"],
    [0, "0"],
    [-0, "-0"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
  ])("%s → %s", (x, text) => {
    expect(formatNumber(x)).toBe(text);
  });
});

describe("tables for show()", () => {
  it("shows a small tensor whole", () => {
    const table = tensorTable(
      Tensor.from([
        [1, 0.5],
        [-2, 1 / 3],
      ]),
    );
    expect(table).toEqual({
      shape: [2, 2],
      source: "tensor",
      rows: [
        ["1", "0.5"],
        ["-2", "0.333333"],
      ],
    });
  });

  it("cuts a big tensor in the middle of both axes with …", () => {
    const big = Tensor.from(Array.from({ length: 100 }, (_, i) => Array.from({ length: 30 }, (_, j) => i * 100 + j)));
    const table = tensorTable(big);
    expect(table.shape).toEqual([100, 30]);
    expect(table.rows).toHaveLength(11); // 5 + … + 5
    expect(table.rows[0]).toEqual(["0", "1", "2", "3", "…", "26", "27", "28", "29"]);
    expect(table.rows[5].every((c) => c === "…")).toBe(true);
    expect(table.rows[10][8]).toBe("9929");
  });

  it("visibleIndices keeps both ends", () => {
    expect(visibleIndices(3, 10)).toEqual([0, 1, 2]);
    expect(visibleIndices(12, 4)).toEqual([0, 1, -1, 10, 11]);
  });

  it("tables number arrays (flat as one row, nested as rows; ragged rows padded)", () => {
    expect(arrayTable([1, 2, 3])).toEqual({ shape: [1, 3], source: "array", rows: [["1", "2", "3"]] });
    expect(arrayTable([[1], [2, 3]]).rows).toEqual([
      ["1", ""],
      ["2", "3"],
    ]);
  });

  it("recognises tensors and parameters by shape", () => {
    expect(isTensorLike(Tensor.ones(1, 2))).toBe(true);
    expect(isTensorLike({ rows: 1, cols: 2, data: new Float64Array(3) })).toBe(false);
    expect(isParameterLike(new Parameter(Tensor.ones(1, 1), "w"))).toBe(true);
    expect(isParameterLike(Tensor.ones(1, 1))).toBe(false);
  });
});

describe("text for console.log", () => {
  it("prints a tensor as an aligned table under its shape", () => {
    expect(
      tensorText(
        Tensor.from([
          [1, 0.5],
          [-2, 10],
        ]),
      ),
    ).toBe("Tensor [2, 2]\n   1  0.5\n  -2   10");
  });

  it("prints values like a console", () => {
    expect(formatValue("top")).toBe("top");
    expect(formatValue(["a", 1, null, undefined, true])).toBe('["a", 1, null, undefined, true]');
    expect(formatValue({ lr: 0.01, "odd key": [1, 2] })).toBe('{ lr: 0.01, "odd key": [1, 2] }');
    expect(formatValue(new Float64Array([0.25, 1]))).toBe("Float64Array(2) [0.25, 1]");
    expect(formatValue(new Map([["a", 1]]))).toBe('Map(1) { "a" => 1 }');
    expect(formatValue(new Set([1]))).toBe("Set(1) { 1 }");
    expect(formatValue(function step() {})).toBe("[Function step]");
    expect(formatValue(10n)).toBe("10n");
    expect(formatValue({ t: Tensor.zeros(3, 4) })).toBe("{ t: Tensor [3, 4] }");
    class Point {
      x = 1;
    }
    expect(formatValue(new Point())).toBe("Point { x: 1 }");
  });

  it("cuts long arrays, deep nesting and cycles", () => {
    expect(formatValue(Array.from({ length: 150 }, (_, i) => i))).toMatch(/, 99, … 50 more\]$/);
    expect(formatValue({ a: { b: { c: { d: 1 } } } })).toBe("{ a: { b: { c: [Object] } } }");
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    expect(formatValue(loop)).toBe('{ name: "loop", self: [Circular] }');
  });

  it("joins console.log arguments with spaces", () => {
    expect(formatLogArguments(["loss", 0.123456789, [1, 2]])).toBe("loss 0.123457 [1, 2]");
  });
});
