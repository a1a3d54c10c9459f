/**
 * Every number the two-layer-net chapter states, recomputed with the core (and the run
 * engine the widgets use) and found in both editions' text (statedIn); its cells run as the
 * page runs them. Times are never asserted: the chapter states none, only counts of forward passes.
 */
import { describe, expect, it } from "vitest";
import { nodeNotebook } from "../../../src/notebook/testing";
import { runCell, statedIn, withSolution } from "../../../src/notebook/cell-testing/lesson-cells";
import { LayerStepper, type Bug } from "../../../components/widgets/backpropagation/layer-stepper";
import { presetSpec } from "../../../src/run/presets";
import { startInProcess } from "../../../src/run/in-process";
import { MNIST_SIZES } from "../../../src/run/spec-data";
import type { RunResult } from "../../../src/run/events";
import cellLayerByLayer from "./cell-layer-by-layer.ts?raw";
import cellGradientCost from "./cell-gradient-cost.ts?raw";
import cellTrain from "./cell-train.ts?raw";
import cellYourGradient from "./cell-your-gradient.ts?raw";

const said = statedIn("two-layer-net");
const checked = (settings: { seed?: number; batch: number; bug: Bug }) => {
  const s = new LayerStepper({ seed: 1, ...settings });
  s.runAll();
  return s.check();
};
const pct = (v: number | undefined) => `${(100 * v!).toFixed(1)} %`;
const last = (run: RunResult) => run.evals.at(-1)!;

describe("two-layer-net chapter: the layer stepper (seed 1, N = 3)", () => {
  const s = new LayerStepper();
  s.runAll();
  const Y = s.records.loss.output!,
    dA2 = s.records.loss.inputGrad!;

  it("L ≈ 1.598; sample 1 has label 0 and Y = (0.373, 0.627), so ∂L/∂A₂ row 1 = (−0.209, 0.209)", () => {
    said("With seed 1 the loss is $L \\approx 1.598$", "シード 1 では、損失は $L \\approx 1.598$ です。");
    said(
      "The first sample has label 0 and probabilities $(0.373, 0.627)$",
      "1つ目のサンプルはラベルが 0 で、確率は $(0.373, 0.627)$ です。",
    );
    said(
      "$((0.373 - 1)/3,\\ 0.627/3) = (-0.209,\\ 0.209)$",
      "の1行目は $((0.373 - 1)/3,\\ 0.627/3) = (-0.209,\\ 0.209)$ になります。",
    );
    expect(s.loss!.toFixed(3)).toBe("1.598");
    expect(s.net.t).toEqual([0, 1, 0]);
    expect(Y.toArray()[0].map((v) => v.toFixed(3))).toEqual(["0.373", "0.627"]);
    expect(dA2.toArray()[0].map((v) => v.toFixed(3))).toEqual(["-0.209", "0.209"]);
  });

  it("exercise 4: sample 2 has label 1, Y = (0.553, 0.447), row 2 of ∂L/∂A₂ = (0.184, −0.184)", () => {
    said(
      "the second sample has label 1 and softmax probabilities $(0.553, 0.447)$",
      "2つ目のサンプルはラベルが 1 で、ソフトマックス関数の出力は $(0.553, 0.447)$ です。",
    );
    said(
      "$((0.553 - 0)/3,\\ (0.447 - 1)/3) = (0.184,\\ -0.184)$",
      "$((0.553 - 0)/3,\\ (0.447 - 1)/3) = (0.184,\\ -0.184)$ です。",
    );
    expect(Y.toArray()[1].map((v) => v.toFixed(3))).toEqual(["0.553", "0.447"]);
    expect(dA2.toArray()[1].map((v) => v.toFixed(3))).toEqual(["0.184", "-0.184"]);
    for (const row of dA2.toArray()) expect(row[0] + row[1]).toBeCloseTo(0, 15);
  });

  it("ReLU switched off one hidden unit of sample 1 and two of sample 2; exactly those ∂L/∂A₁ entries are 0", () => {
    said(
      "ReLU switched off one hidden unit of the first sample and two of the second",
      "ReLU は、1つ目のサンプルでは隠れ層のニューロンを1つ、2つ目のサンプルでは2つ止めました。",
    );
    const A1 = s.records.affine1.output!.toArray(),
      dA1 = s.records.relu.inputGrad!.toArray();
    expect(A1.map((row) => row.filter((v) => v <= 0).length)).toEqual([1, 2, 0]);
    A1.forEach((row, i) => row.forEach((v, j) => expect(dA1[i][j] === 0).toBe(v <= 0)));
  });

  it("every parameter agrees with the numerical gradient to a relative error below 1e-10", () => {
    said(
      "agrees with the numerical gradient to a relative error below $10^{-10}$",
      "すべてのパラメータの勾配が、数値微分で求めた勾配と相対誤差 $10^{-10}$ 未満で一致します。",
    );
    const rows = s.check();
    expect(rows.map((r) => r.name)).toEqual(["0.weight", "0.bias", "2.weight", "2.bias"]);
    for (const r of rows) expect(r.maxRelativeError).toBeLessThan(1e-10);
  });

  it("the stepper's shapes are the exercise's: A₁ 3 × 3, ∂L/∂W₁ 2 × 3, ∂L/∂b₁ 1 × 3, ∂L/∂X 3 × 2", () => {
    expect(s.records.affine1.output!.shape).toEqual([3, 3]);
    expect(s.records.affine1.weightGrad!.shape).toEqual([2, 3]);
    expect(s.records.affine1.biasGrad!.shape).toEqual([1, 3]);
    expect(s.records.affine1.inputGrad!.shape).toEqual([3, 2]);
  });

  it("study group: 2·3 + 3 + 3·2 + 2 = 17 parameters", () => {
    said(
      "$2 \\cdot 3 + 3 + 3 \\cdot 2 + 2 = 17$ parameters",
      "パラメータは $2 \\cdot 3 + 3 + 3 \\cdot 2 + 2 = 17$ 個です。",
    );
    expect(s.net.model.parameters().reduce((n, p) => n + p.value.data.length, 0)).toBe(17);
  });

  it("the two-layer cell prints the stepper's loss, gradients and a passing check", async () => {
    const run = await nodeNotebook().run("tl-layer-by-layer", cellLayerByLayer);
    expect(run.result).toEqual({ ok: true });
    expect(run.texts[0]).toBe(`L = ${Number(s.loss!.toPrecision(6))}`);
    const tables = run.items.flatMap((i) => (i.kind === "table" ? [i.table] : []));
    expect(tables.map((tb) => tb.label)).toEqual(["∂L/∂W₁", "∂L/∂b₁"]);
    const dW1 = s.records.affine1.weightGrad!.toArray();
    tables[0].rows.forEach((row, i) => row.forEach((cell, j) => expect(Number(cell)).toBeCloseTo(dW1[i][j], 5)));
    expect(run.texts.slice(1)).toHaveLength(4);
    for (const line of run.texts.slice(1)) expect(line).toMatch(/✓$/);
  });
});

describe("two-layer-net chapter: the gradient check finds bugs, and a batch of one hides some", () => {
  it("bias-first-row and loss-no-divide pass at N = 1 and fail at N = 3; relu-no-mask fails at both", () => {
    for (const bug of ["bias-first-row", "loss-no-divide"] as const)
      expect(checked({ batch: 1, bug }).every((r) => r.ok)).toBe(true);
    expect(checked({ batch: 1, bug: "relu-no-mask" }).some((r) => !r.ok)).toBe(true);
    expect(checked({ batch: 3, bug: "none" }).every((r) => r.ok)).toBe(true);
  });

  it("bias-first-row at N = 3: 0.bias fails with relative error 1.0, 2.bias with 0.39, the weights pass", () => {
    said(
      "`0.bias` fails with a relative error of 1.0, `2.bias` with 0.39",
      "`0.bias` が相対誤差 1.0 で、`2.bias` が 0.39 で不合格になります。",
    );
    const rows = Object.fromEntries(checked({ batch: 3, bug: "bias-first-row" }).map((r) => [r.name, r]));
    expect(rows["0.bias"].maxRelativeError.toFixed(1)).toBe("1.0");
    expect(rows["2.bias"].maxRelativeError.toFixed(2)).toBe("0.39");
    expect(rows["0.weight"].ok && rows["2.weight"].ok).toBe(true);
  });

  it("loss-no-divide at N = 3: every parameter off by exactly 2/3 (gradients 3× too large)", () => {
    said(
      "at $N = 3$ every parameter is off by exactly 2/3",
      "$N = 3$ ではすべてのパラメータの相対誤差がちょうど 2/3 になります。",
    );
    said(
      "All four, each with a relative error of exactly $2/3 \\approx 0.67$",
      "4つすべてです。相対誤差はどれもちょうど $2/3 \\approx 0.67$ です。",
    );
    const rows = checked({ batch: 3, bug: "loss-no-divide" });
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(r.maxRelativeError).toBeCloseTo(2 / 3, 8);
      expect(r.backprop / r.numerical).toBeCloseTo(3, 8);
    }
  });
});

describe("two-layer-net chapter: numerical gradients against backprop on TwoLayerNet(784, 50, 10)", () => {
  it("39,760 parameters, so 79,520 forward passes per numerical gradient", () => {
    const count = 784 * 50 + 50 + 50 * 10 + 10;
    expect(count).toBe(39760);
    said(
      "$784 \\cdot 50 + 50 + 50 \\cdot 10 + 10 = 39{,}760$ parameters",
      "パラメータは $784 \\cdot 50 + 50 + 50 \\cdot 10 + 10 = 39{,}760$ 個です。",
    );
    said("one gradient costs **79,520 forward passes**", "勾配を1回求めるのに **79,520 回の順伝播** が必要です。");
    expect(2 * count).toBe(79520);
  });

  it("the gradient-cost cell: every max |backprop − numerical| is tiny, with the values the text states", async () => {
    const run = await runCell(cellGradientCost);
    expect(run.ok).toBe(true);
    expect(run.texts[0]).toBe("39760 parameters: 79520 forward passes for one numerical gradient");
    const diffs = run.texts.slice(1, 5).map((line) => /^(\S+) .* = (\S+)$/.exec(line)!.slice(1));
    expect(diffs).toEqual([
      ["0.weight", "5.8e-12"],
      ["0.bias", "3.9e-12"],
      ["2.weight", "4.7e-12"],
      ["2.bias", "1.2e-10"],
    ]);
    said(
      "`0.weight` (that is $W_1$) 5.8e-12, `0.bias` 3.9e-12, `2.weight` 4.7e-12 and `2.bias` 1.2e-10",
      "`0.weight`(つまり $W_1$)が 5.8e-12、`0.bias` が 3.9e-12、`2.weight` が 4.7e-12、`2.bias` が 1.2e-10 です。",
    );
    for (const [, value] of diffs) expect(Number(value)).toBeLessThan(1e-9);
    // The times are measured, never asserted: only that both are reported and backprop wins.
    expect(run.texts[5]).toMatch(/^one gradient by backprop: [\d.]+ ms$/);
    expect(run.texts[6]).toMatch(/^one gradient by numerical differences: [\d.]+ s$/);
    expect(run.texts[7]).toMatch(/^backprop is [\d,]+× faster on this machine$/);
  }, 600_000);
});

describe("two-layer-net chapter: training on digits", () => {
  it("an epoch: 60,000 / 100 = 600 steps in the book, 8,000 / 100 = 80 here; 10,000 steps are 16.7 and 125 epochs", () => {
    said(
      "$60{,}000 / 100 = 600$, and $8{,}000 / 100 = 80$ on the digits kobai ships",
      "本書では $60{,}000 / 100 = 600$、kobai に同梱の手書き数字では $8{,}000 / 100 = 80$ です。",
    );
    expect(MNIST_SIZES.train / 100).toBe(80);
    expect((10_000 / 600).toFixed(1)).toBe("16.7");
    expect(Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 600 === 0)).toHaveLength(17);
    expect(10_000 / (MNIST_SIZES.train / 100)).toBe(125);
    said("10,000 steps are 125 epochs", "10,000 ステップは 125 エポックで");
    said(
      "so $10{,}000 / 600 \\approx 16.7$ epochs, and the script evaluates 17 times",
      "$10{,}000 / 600 \\approx 16.7$ エポックで、スクリプトは認識精度を 17 回計算します。",
    );
  });

  it("the lesson preset (seed 0): ReLU 92.8 % / 90.0 %, sigmoid 83.9 % / 82.9 % after 10 epochs", async () => {
    const result = await startInProcess(presetSpec("two-layer-net", "lesson")).done;
    const [relu, sigmoid] = result.runs;
    expect([relu.label, sigmoid.label]).toEqual(["relu", "sigmoid"]);
    expect(last(relu).epoch).toBe(10);
    expect([pct(last(relu).trainAcc), pct(last(relu).testAcc)]).toEqual(["92.8 %", "90.0 %"]);
    expect([pct(last(sigmoid).trainAcc), pct(last(sigmoid).testAcc)]).toEqual(["83.9 %", "82.9 %"]);
    said(
      "ends with the ReLU net at 92.8 % train and 90.0 % test accuracy and the sigmoid net at 83.9 % and 82.9 %",
      "ReLU のネットワークは訓練データで 92.8 %、テストデータで 90.0 %、シグモイド関数のネットワークは 83.9 % と 82.9 % になります。",
    );
    // The sigmoid's local gradient y(1 − y) is at most 1/4, at its middle.
    said("passes back only a quarter of the gradient it receives", "受け取った勾配の4分の1しか下流へ伝えません。");
    expect(0.5 * (1 - 0.5)).toBe(0.25);
  }, 600_000);

  it("the train cell: 0.9011 train and 0.8815 test accuracy after epoch 5", async () => {
    const run = await runCell(cellTrain);
    expect(run.ok).toBe(true);
    expect(run.texts[4]).toBe("epoch 5: train acc 0.9011, test acc 0.8815");
    expect(run.texts[5]).toMatch(/^400 steps; loss 2\.303 at the first/);
    said(
      "It ends at a train accuracy of 0.9011 and a test accuracy of 0.8815 after epoch 5",
      "5 エポック目を終えると、訓練データの認識精度は 0.9011、テストデータの認識精度は 0.8815 になります。",
    );
    expect(run.items.filter((item) => item.kind === "plot")).toHaveLength(2);
  }, 600_000);
});

describe("two-layer-net chapter: overfitting on 300 digits", () => {
  it("train 99.0 %, test 82.3 % after 100 epochs; the gap grows from 3.7 to 16.7 points", async () => {
    const result = await startInProcess(presetSpec("two-layer-overfit", "lesson")).done;
    const evals = result.runs[0].evals;
    const at = (epoch: number) => evals.find((e) => e.epoch === epoch)!;
    const gap = (epoch: number) => (100 * (at(epoch).trainAcc! - at(epoch).testAcc!)).toFixed(1);
    expect([pct(at(100).trainAcc), pct(at(100).testAcc)]).toEqual(["99.0 %", "82.3 %"]);
    expect([gap(10), gap(100)]).toEqual(["3.7", "16.7"]);
    said(
      "the training accuracy climbs to 99.0 % while the test accuracy stops near 82.3 %",
      "訓練データの認識精度は 99.0 % まで上がりますが、テストデータの認識精度は 82.3 % 付近で止まります。",
    );
    said(
      "The gap grows from 3.7 points after epoch 10 to 16.7 points after epoch 100",
      "差は、10 エポック目の後の 3.7 ポイントから、100 エポック目の後の 16.7 ポイントまで広がります。",
    );
    said(
      "In the overfitting widget it reaches 99.0 % while the network gets only 82.3 %",
      "過学習のウィジェットでは、訓練データの認識精度は 99.0 % に達しますが、新しい手書き数字には 82.3 % しか正解できません。",
    );
    said(
      "The training accuracy reaches 99.0 %, the test accuracy only 82.3 %: a gap of 16.7 points",
      "訓練データの認識精度は 99.0 % に達しますが、テストデータの認識精度は 82.3 % にとどまります。差は 16.7 ポイント",
    );
  }, 600_000);
});

describe("two-layer-net chapter: the your-turn cell (TwoLayerNet.gradient)", () => {
  const solution = [
    "    this.loss(x, t);",
    "    let dout = this.lastLayer.backward();",
    "    dout = this.affine2.backward(dout);",
    "    dout = this.relu.backward(dout);",
    "    this.affine1.backward(dout);",
  ].join("\n");

  it("fails as given, naming each parameter and where it is wrong", async () => {
    const run = await runCell(cellYourGradient);
    expect(run.ok).toBe(true);
    expect(run.verdicts.map((v) => [v.label, v.ok])).toEqual([
      ["∂L/∂W1", false],
      ["∂L/∂b1", false],
      ["∂L/∂W2", false],
      ["∂L/∂b2", false],
    ]);
    expect(run.verdicts[0].detail).toMatch(/^At \[0, 0\]: expected .*, got 0/);
  });

  it("passes with the reference solution", async () => {
    const run = await runCell(withSolution(cellYourGradient, solution));
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true, true, true]);
  });

  it("skipping ReLU's backward is caught in W1 and b1 only", async () => {
    const run = await runCell(
      withSolution(cellYourGradient, solution.replace("    dout = this.relu.backward(dout);\n", "")),
    );
    expect(run.verdicts.map((v) => v.ok)).toEqual([false, false, true, true]);
  });
});
