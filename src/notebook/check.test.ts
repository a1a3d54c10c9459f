import { describe, expect, it } from "vitest";
import { Tensor } from "kobai";
import { evaluateCheck } from "./check";

describe("check() verdicts", () => {
  it("passes numbers within the allclose tolerance and fails others with both values", () => {
    expect(evaluateCheck("sum", 0.1 + 0.2, 0.3)).toEqual({ ok: true, label: "sum", detail: "" });
    expect(evaluateCheck("sum", 0.31, 0.3)).toEqual({ ok: false, label: "sum", detail: "Expected 0.3, got 0.31." });
    expect(evaluateCheck("loose", 0.31, 0.3, { rtol: 0.1 }).ok).toBe(true);
  });

  it("compares tensors and arrays elementwise and names the first difference", () => {
    const grad = Tensor.from([
      [1, 2],
      [3, 4],
    ]);
    expect(
      evaluateCheck("grad", grad, [
        [1, 2],
        [3, 4 + 1e-12],
      ]).ok,
    ).toBe(true);
    expect(
      evaluateCheck("grad", grad, [
        [1, 2],
        [3.5, 4],
      ]).detail,
    ).toBe("At [1, 0]: expected 3.5, got 3 (tolerance 3.51e-6).");
    expect(evaluateCheck("vec", [1, 2, 3], Tensor.from([1, 2, 4])).detail).toMatch(/^At \[2\]: expected 4, got 3/);
  });

  it("reports a shape mismatch before any value", () => {
    expect(evaluateCheck("shape", Tensor.zeros(2, 3), Tensor.zeros(3, 2)).detail).toBe(
      "Expected shape [3, 2], got [2, 3].",
    );
  });

  it("treats NaN as a failure unless NaN is expected", () => {
    expect(evaluateCheck("nan", NaN, 1).ok).toBe(false);
    expect(evaluateCheck("nan", NaN, NaN).ok).toBe(true);
  });

  it("checks a condition when no expected value is given", () => {
    expect(evaluateCheck("went down", 0.1 < 0.2)).toEqual({ ok: true, label: "went down", detail: "" });
    expect(evaluateCheck("went down", 0.4 < 0.2)).toEqual({
      ok: false,
      label: "went down",
      detail: "The condition is false.",
    });
  });

  it("compares other values by their printed form", () => {
    expect(evaluateCheck("name", "relu", "relu").ok).toBe(true);
    expect(evaluateCheck("name", "relu", "sigmoid").detail).toBe('Expected "sigmoid", got "relu".');
  });
});
