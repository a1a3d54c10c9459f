import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { CrossEntropyLoss, Linear, ReLU, Tensor, createRng, matmul, transpose, sum, softmax } from "kobai";
import { BUGS, LayerStepper, buildNet, labelsFor } from "./layer-stepper";
import { checkTable, checkVerdict, formatCell, matrixTable, stagesElement, stepExplanation } from "./layer-view";

const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

describe("LayerStepper: the two-layer network, one layer at a time", () => {
  it("steps forward 4 times, then backward 4 times, in the book's order", () => {
    const s = new LayerStepper();
    const seen: string[] = [];
    while (s.step()) seen.push(`${s.current!.direction} ${s.current!.stage}`);
    expect(seen).toEqual([
      "forward affine1",
      "forward relu",
      "forward affine2",
      "forward loss",
      "backward loss",
      "backward affine2",
      "backward relu",
      "backward affine1",
    ]);
    expect(s.done).toBe(true);
    expect(s.step()).toBe(false);
  });

  it("equals the same network computed directly with the core (same seed, same draws)", () => {
    const s = new LayerStepper({ seed: 7, batch: 4, bug: "none" });
    s.runAll();
    const rng = createRng(7);
    const fc1 = new Linear(2, 3, { rng }),
      fc2 = new Linear(3, 2, { rng });
    const x = Tensor.randn(4, 2, { rng });
    const relu = new ReLU(),
      loss = new CrossEntropyLoss();
    const a1 = fc1.forward(x),
      z1 = relu.forward(a1),
      a2 = fc2.forward(z1);
    expect(s.loss).toBe(loss.forward(a2, [0, 1, 0, 1]));
    const dA2 = loss.backward();
    expect(s.records.loss.inputGrad!.toArray()).toEqual(dA2.toArray());
    expect(s.records.loss.output!.toArray()).toEqual(softmax(a2).toArray());
    // The Affine rules, written out: ∂L/∂W₂ = Z₁ᵀ·∂L/∂A₂, ∂L/∂b₂ = Σ rows.
    const dW2 = matmul(transpose(z1), dA2).toArray();
    s.records.affine2
      .weightGrad!.toArray()
      .forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(dW2[i][j], 14)));
    expect(s.records.affine2.biasGrad!.toArray()[0].map((v) => v.toFixed(12))).toEqual(
      sum(dA2, 0)
        .toArray()[0]
        .map((v) => v.toFixed(12)),
    );
    expect(s.records.affine1.inputGrad!.shape).toEqual([4, 2]);
  });

  it("labels alternate, so a batch of one is the first sample of a batch of three", () => {
    expect(labelsFor(3)).toEqual([0, 1, 0]);
    const one = buildNet({ seed: 1, batch: 1, bug: "none" }),
      three = buildNet({ seed: 1, batch: 3, bug: "none" });
    expect(one.x.toArray()[0]).toEqual(three.x.toArray()[0]);
    expect(() => buildNet({ seed: 1, batch: 0, bug: "none" })).toThrow(
      "buildNet: batch must be a positive integer, got 0",
    );
  });

  it("every injected bug is caught at N = 3, and the clean network passes", () => {
    for (const bug of BUGS) {
      const s = new LayerStepper({ seed: 1, batch: 3, bug });
      s.runAll();
      expect(
        s.check().every((r) => r.ok),
        bug,
      ).toBe(bug === "none");
    }
  });
});

describe("layer view: matrices, explanations and the check table", () => {
  it("draws a heat table with a caption, signs and strengths", () => {
    const table = matrixTable(
      doc(),
      "A₁",
      Tensor.from([
        [1, -2],
        [0, 0.5],
      ]),
    );
    expect(table.querySelector("caption")!.textContent).toBe("A₁ [2, 2]");
    const cells = [...table.querySelectorAll("td")];
    expect(cells.map((c) => c.textContent)).toEqual(["1", "−2", "0", "0.5"]);
    expect(cells.map((c) => c.getAttribute("data-sign"))).toEqual(["+", "-", "0", "+"]);
    expect(cells[1].getAttribute("style")).toBe("--heat: 1.000");
    expect(cells[0].getAttribute("style")).toBe("--heat: 0.500");
    expect(formatCell(-0.123456)).toBe("−0.123");
  });

  it("shows only what has been computed, marks the current stage, and explains the step", () => {
    const s = new LayerStepper();
    expect(stepExplanation(s)).toBe("Seed 1, N = 3. Press Forward one layer: X goes in at the top.");
    s.step();
    const el = stagesElement(doc(), s);
    expect(el.querySelector("[data-stage='affine1']")!.getAttribute("data-current")).toBe("forward");
    expect(el.querySelector("[data-matrix='affine1-out']")).not.toBeNull();
    expect(el.querySelector("[data-matrix='relu-out']")).toBeNull();
    s.runAll();
    const done = stagesElement(doc(), s);
    expect(done.querySelectorAll("[data-matrix]").length).toBe(1 + 2 + 1 + 3 + 1 + 1 + 2 + 1 + 3 + 1 + 1);
    expect(done.querySelector("[data-loss]")!.textContent).toBe(`L = ${s.loss!.toFixed(4)}`);
    expect(stepExplanation(s)).toMatch(/^Affine 1 backward/);
    expect(done.textContent).not.toMatch(/NaN|undefined/);
  });

  it("the check table and verdict name the failing parameters; a batch of one gets a warning", () => {
    const bad = new LayerStepper({ seed: 1, batch: 3, bug: "bias-first-row" });
    bad.runAll();
    const rows = bad.check();
    const table = checkTable(doc(), rows);
    expect(
      [...table.querySelectorAll("tbody tr")].map((tr) => [tr.getAttribute("data-param"), tr.getAttribute("data-ok")]),
    ).toEqual([
      ["0.weight", "true"],
      ["0.bias", "false"],
      ["2.weight", "true"],
      ["2.bias", "false"],
    ]);
    const verdict = checkVerdict(rows, "bias-first-row", 3);
    expect(verdict.tone).toBe("error");
    expect(verdict.text).toMatch(/^0\.bias, 2\.bias: backprop disagrees/);
    const hidden = new LayerStepper({ seed: 1, batch: 1, bug: "bias-first-row" });
    hidden.runAll();
    const v1 = checkVerdict(hidden.check(), "bias-first-row", 1);
    expect(v1.tone).toBe("warning");
    expect(v1.text).toContain("invisible with a batch of one");
  });
});
