// Every number the gradient-descent chapter states, computed with the calls its widgets and
// cells make, checked against the PyTorch/numpy fixture, and checked to appear in the prose.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { batches, createRng, Tensor } from "kobai";
import { loadFixture, expectClose } from "../../../src/core/testing/fixtures";
import { nodeNotebook } from "../../../src/notebook/testing";
import { identityCurvature, makeData, Neuron } from "../../../components/widgets/gradient-descent/fit-model";
import { descentStatus, runDescent } from "../../../components/widgets/gradient-descent/descent";
import { computeDescent, PRESETS } from "../../../components/widgets/gradient-descent/descent-model";
import { batchRuns, DEFAULT_BATCH } from "../../../components/widgets/gradient-descent/batch-view";
import { computeSurfaceRun, DEFAULT_SURFACE } from "../../../components/widgets/gradient-descent/surface3d-model";
import { surfaceGrid } from "../../../components/widgets/gradient-descent/surface3d-view";
import { runLessonCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";

const cell = (name: string) => readFileSync(new URL(`./${name}.ts`, import.meta.url), "utf8");
const fixture = loadFixture("foundations").gradientDescent;
const said = statedIn("gradient-descent");
const data = makeData();
const preset = (id: string) => computeDescent(PRESETS.find((p) => p.id === id)!.settings);
const identity = (lr: number, steps = 30) =>
  runDescent({ activation: "identity", data, start: [-1.2, -1.2], lr, steps });

describe("gradient-descent: numerical differentiation (4.3–4.4)", () => {
  it("the book's numerical_diff(function_1, 5) = 0.1999999999990898; ∇(x₀² + x₁²) at (3, 4) ≈ (6, 8)", () => {
    const f = (x: number) => 0.01 * x ** 2 + 0.1 * x;
    const d = (f(5 + 1e-4) - f(5 - 1e-4)) / 2e-4;
    expect(d).toBe(fixture.book.numerical_diff_5);
    said("0.1999999999990898", "$x = 5$ での値は 0.1999999999990898 になります");
    // The forward difference is off by about (h/2)·f″ = 0.5e-4 · 0.02 = 1e-6.
    const forward = (f(5 + 1e-4) - f(5)) / 1e-4;
    expect((forward - 0.2) / (0.5e-4 * 0.02)).toBeCloseTo(1, 4);
    said(
      "is off by about $\\tfrac{h}{2} f''(x)$, half of $h$ times the curvature ($10^{-6}$ here)",
      "およそ $\\tfrac{h}{2} f''(x)$、つまり $h$ と曲率の積の半分だけずれます(ここでは $10^{-6}$)",
    );
    expectClose(fixture.book.numerical_gradient_3_4, [6, 8], 1e-12);
    said("at $(3, 4)$ it is $(6, 8)$", "$(3, 4)$ での勾配は $(6, 8)$ です");
  });
});

describe("gradient-descent: the landscape", () => {
  it("the data: 40 points, seed 1", () => {
    expect(data.x.rows).toBe(40);
    expect(Array.from(data.t.data)).toEqual(fixture.data.t);
    said(
      "40 values of $x$ drawn uniformly from $[-3, 3]$ with seed 1",
      "$x$ はシード 1 で $[-3, 3]$ から一様に選んだ 40 個の値です",
    );
  });
  it("lesson preset: L 6.388 → 0.01988 in 30 steps; minimum 0.01987 at (0.2091, 0.4260); gradients agree", () => {
    const r = preset("lesson").run;
    expect(r.losses[0].toFixed(3)).toBe("6.388");
    expect(r.losses[0].toFixed(2)).toBe("6.39");
    expect(r.losses[30].toFixed(5)).toBe("0.01988");
    expect(descentStatus(r)).toEqual({ kind: "descending" });
    const c = identityCurvature(data);
    const at = new Neuron("identity", c.minimum);
    expect(at.loss(data).toFixed(5)).toBe("0.01987");
    expect([c.minimum[0].toFixed(4), c.minimum[1].toFixed(4)]).toEqual(["0.2091", "0.4260"]);
    said(
      "where $L = 6.39$,\nthirty steps of $\\eta = 0.1$ bring it to $L = 0.01988$, next to the minimum $0.01987$ at\n$(0.2091, 0.4260)$",
      "$L = 6.39$ の $(-1.2, -1.2)$ から $\\eta = 0.1$ で 30 ステップ進むと、$L = 0.01988$ になります。$(0.2091, 0.4260)$ にある最小値 $0.01987$ のすぐそばです。",
    );
    const [dw, db] = r.gradients[0];
    expect([dw.toFixed(6), db.toFixed(6)]).toEqual(["-6.428732", "-2.262000"]);
    const [nw, nb] = new Neuron("identity", [-1.2, -1.2]).numericalGradient(data);
    expect(Math.max(Math.abs(nw - dw), Math.abs(nb - db))).toBeLessThan(1e-9);
    said("$\\nabla L = (-6.428732, -2.262000)$", "$\\nabla L = (-6.428732, -2.262000)$");
    said("agree to within $10^{-9}$", "中心差分との差は $10^{-9}$ 以内に収まります");
  });
  it("curvatures 1.860 and 5.513; 1/λ = 0.1814, 2/λ = 0.3628 (numpy's eigenvalues)", () => {
    const c = identityCurvature(data);
    expectClose([c.lambdaMin, c.lambdaMax], fixture.hessian_eigenvalues, 1e-12);
    expect([c.lambdaMin.toFixed(3), c.lambdaMax.toFixed(3), c.monotone.toFixed(4), c.critical.toFixed(4)]).toEqual([
      "1.860",
      "5.513",
      "0.1814",
      "0.3628",
    ]);
    said("$\\lambda = 1.86$ and $5.51$", "$\\lambda = 1.86$ と $5.51$ の2つです");
    // The prose rounds to three significant figures; the exact values are asserted above.
    expect([c.lambdaMin.toFixed(2), c.lambdaMax.toFixed(2), c.monotone.toFixed(3), c.critical.toFixed(3)]).toEqual([
      "1.86",
      "5.51",
      "0.181",
      "0.363",
    ]);
    said("$\\eta < 1/\\lambda_{\\max} = 0.181$", "$\\eta < 1/\\lambda_{\\max} = 0.181$:経路はまっすぐ下ります");
    said(
      "$2/\\lambda_{\\max} = 0.363$",
      "$1/\\lambda_{\\max} < \\eta < 2/\\lambda_{\\max} = 0.363$:経路は谷底を行き過ぎては戻ってきます",
    );
  });
  it("η = 0.3 zigzags from step 2 and ends closer than η = 0.1; η = 0.4 rises at step 2 and diverges at step 27", () => {
    const zig = identity(0.3);
    expect(descentStatus(zig)).toEqual({ kind: "zigzag", step: 2 });
    expect(zig.losses[30]).toBeLessThan(identity(0.1).losses[30]);
    said(
      "With $\\eta = 0.3$ it first turns back at\n  step 2, and after 30 steps it is even closer to the minimum than with $\\eta = 0.1$",
      "$\\eta = 0.3$ ではステップ 2 で初めて折り返し、30 ステップ後には $\\eta = 0.1$ のときよりも最小値に近づいています",
    );
    const big = preset("diverge").run;
    expect(descentStatus(big, 5)).toEqual({ kind: "oscillating", step: 2 });
    expect(descentStatus(big)).toEqual({ kind: "diverged", step: 27 });
    said(
      'With $\\eta = 0.4$\n  the loss goes up at step 2 ("oscillating"), and the run diverges at step 27',
      "$\\eta = 0.4$ ではステップ 2 で損失が増え(「振動しています」)、ステップ 27 で発散します",
    );
  });
  it("sigmoid plateau: 0.5747 → 0.0085 in 50 steps with η = 5", () => {
    const r = preset("sigmoid").run;
    expect(r.losses[0].toFixed(4)).toBe("0.5747");
    expect(r.losses[50].toFixed(4)).toBe("0.0085");
    expect(r.losses[0].toFixed(3)).toBe("0.575");
    said("$(-1.5, 2)$ the loss is 0.575", "開始点 $(-1.5, 2)$ での損失は 0.575 です");
    said("after 50\nsteps the loss is 0.0085", "50 ステップ後の損失は 0.0085 です");
    // A smaller η crosses the plateau too, more slowly.
    const at = (lr: number) => computeDescent({ ...PRESETS.find((p) => p.id === "sigmoid")!.settings, lr }).run.losses;
    const below = (losses: number[]) => losses.findIndex((l) => l < 0.1);
    expect(below(at(1))).toBe(18);
    expect(below(at(5))).toBe(5);
    expect(at(1)[50].toFixed(4)).toBe("0.0115");
    said(
      "with $\\eta = 1$\nthe loss falls below 0.1 after 18 steps (5 with $\\eta = 5$) and is 0.0115 after 50",
      "$\\eta = 1$ では、損失が 0.1 を下回るのは 18 ステップ後で($\\eta = 5$ では 5 ステップ後)、50 ステップ後は 0.0115 です",
    );
  });
  it("the 3-D surface: the sigmoid's L over w ∈ [−2, 6], b ∈ [−5, 3] runs from 0.0088 to 0.63; its run is η = 1 from (−1.5, 2), below 0.1 after 18 steps", () => {
    const result = computeSurfaceRun(DEFAULT_SURFACE);
    const grid = surfaceGrid(result);
    expect(grid.box.w).toEqual([-2, 6]);
    expect(grid.box.b).toEqual([-5, 3]);
    expect(grid.box.loss.map((l) => l.toPrecision(2))).toEqual(["0.0088", "0.63"]);
    said(
      "over $w$ from −2 to 6 and $b$ from −5 to 3 it runs\nfrom 0.0088 to 0.63",
      "$w$ が −2 から 6、$b$ が −5 から 3 の範囲で、損失は 0.0088 から 0.63 まで変わります",
    );
    expect(result.run.points[0]).toEqual([-1.5, 2]);
    expect(result.settings.lr).toBe(1);
    expect(result.run.points).toHaveLength(51);
    expect(result.run.losses.findIndex((l) => l < 0.1)).toBe(18);
    // Flat: ten steps take the loss only from 0.57 to 0.46; the next eight drop it below 0.1.
    expect([result.run.losses[0].toFixed(2), result.run.losses[10].toFixed(2)]).toEqual(["0.57", "0.46"]);
    said(
      "50 steps of $\\eta = 1$ from $(-1.5, 2)$: it creeps across the table (ten steps take $L$ only\nfrom 0.57 to 0.46), needs 18 steps to get below 0.1",
      "$(-1.5, 2)$ から $\\eta = 1$ で 50 ステップ進む経路です。\n経路ははじめ台地の上をゆっくり進み(10 ステップで $L$ は 0.57 から 0.46 にしか下がりません)、0.1 を下回るまでに 18 ステップかかります",
    );
  });
  it("predict: η = 0.37 oscillates from step 3, factor −1.04, loss 6.388 → the number in the answer", () => {
    const r = identity(0.37);
    expect(descentStatus(r)).toEqual({ kind: "oscillating", step: 3 });
    expect(r.divergedAt).toBeUndefined();
    const c = identityCurvature(data);
    expect((1 - 0.37 * c.lambdaMax).toFixed(2)).toBe("-1.04");
    said(
      `the loss (${r.losses[30].toFixed(1)}) is far above its start (6.39)`,
      `損失(${r.losses[30].toFixed(1)})は開始時(6.39)よりずっと高くなっています`,
    );
    said("$1 - 0.37 \\times 5.51 = -1.04$", "$1 - 0.37 \\times 5.51 = -1.04$");
  });
});

describe("gradient-descent: the book's runs (4.4.1, 図4-10)", () => {
  it("20 steps from (−3, 4) with η = 0.1 end at (−0.0346, 0.0461); 100 steps give the book's (−6.1e−10, 8.1e−10)", () => {
    const r = preset("book").run;
    expect([r.points[20][0].toFixed(4), r.points[20][1].toFixed(4)]).toEqual(["-0.0346", "0.0461"]);
    expectClose(r.points, fixture.runs[4].points, 1e-12);
    said("ending at $(-0.0346, 0.0461)$", "$(-0.0346, 0.0461)$ で終わります");
    const hundred = computeDescent({ ...PRESETS.find((p) => p.id === "book")!.settings, steps: 100 }).run.points[100];
    expectClose(hundred, fixture.book.gd_lr_0_1, 1e-5);
    expect([hundred[0].toExponential(1), hundred[1].toExponential(1)]).toEqual(["-6.1e-10", "8.1e-10"]);
    said(
      "$(-6.1 \\times 10^{-10}, 8.1 \\times 10^{-10})$",
      "100 ステップ進めると $(-6.1 \\times 10^{-10}, 8.1 \\times 10^{-10})$ になり",
    );
  });
  it("η = 10 diverges at step 2; η = 1e−10 ends at (−2.99999994, 3.99999992)", () => {
    expect(descentStatus(preset("bookLarge").run)).toEqual({ kind: "diverged", step: 2 });
    said("$\\eta = 10$, which diverges at step 2", "$\\eta = 10$ を試します。これはステップ 2 で発散します");
    const small = preset("bookSmall").run.points[100];
    expectClose(small, fixture.book.gd_lr_1e_10, 1e-12);
    expect([small[0].toFixed(8), small[1].toFixed(8)]).toEqual(["-2.99999994", "3.99999992"]);
    said("$(-2.99999994, 3.99999992)$", "100 ステップ後もほとんど動かず、$(-2.99999994, 3.99999992)$ にとどまります");
  });
});

describe("gradient-descent: batch sizes", () => {
  it("after 20 epochs: full 20 steps → 0.0635; B = 10: 80 → 0.00905 with 6 rises; online 800 → 0.00895 with 384; with replacement 0.00915", () => {
    const [full, mini, online] = batchRuns(DEFAULT_BATCH).map((r) => r.run);
    expect([full.losses.length - 1, full.losses.at(-1)!.toFixed(4)]).toEqual([20, "0.0635"]);
    expect([mini.losses.length - 1, mini.losses.at(-1)!.toFixed(5), mini.rises]).toEqual([80, "0.00905", 6]);
    expect([online.losses.length - 1, online.losses.at(-1)!.toFixed(5), online.rises]).toEqual([800, "0.00895", 384]);
    said(
      "full batch ($B = 40$) has taken 20 steps and is still at $L = 0.0635$",
      "バッチ学習($B = 40$)は 20 回更新しただけで、損失はまだ $L = 0.0635$ です",
    );
    said(
      "$B = 10$ has taken 80 steps and reached $0.00905$; the loss on all the data\nwent up after 6 of them",
      "$B = 10$ のミニバッチ学習は 80 回更新して $0.00905$ に達しました。そのうち 6 回は、全データでの損失を増やしています",
    );
    said(
      "Online learning took 800 steps and reached $0.00895$, but the\nloss rose after 384 of them",
      "オンライン学習は 800 回更新して $0.00895$ に達しましたが、そのうち 384 回は損失を増やしています",
    );
    const rep = batchRuns({ ...DEFAULT_BATCH, replacement: true })[1].run;
    expect(rep.losses.at(-1)!.toFixed(5)).toBe("0.00915");
    said("$0.00915$\nfor $B = 10$", "$B = 10$ では $0.00915$ になります");
  });
  it("exercise 3: 1, 4, 6 and 40 updates per epoch", () => {
    const per = [40, 10, 7, 1].map(
      (b) => batchRuns({ ...DEFAULT_BATCH, batchSize: b, epochs: 1 })[1].run.updatesPerEpoch,
    );
    expect(per).toEqual([1, 4, 6, 40]);
    said(
      "1, 4, 6 (five batches of 7 and one of 5) and 40",
      "1, 4, 6(7 個ずつのバッチが5つと、5 個のバッチが1つ)、40 回です",
    );
    // The book's epoch (draws with replacement) is exactly N/B iterations, 40 draws; only on
    // average does it see each example once (with seed 0, far fewer than 40 distinct ones).
    const rows = Tensor.from(Array.from({ length: 40 }, (_, i) => [i]));
    const labels = Array.from({ length: 40 }, () => 0);
    const loader = batches(rows, labels, 10, { replacement: true, rng: createRng(0) });
    expect(loader.length).toBe(40 / 10);
    const seen = [...loader].flatMap(([xb]) => Array.from(xb.data));
    expect(seen.length).toBe(40);
    expect(new Set(seen).size).toBeLessThan(40);
    said(
      "its epoch\nis exactly $N/B$ iterations (`iter_per_epoch`), and only on average does an epoch see each\nexample once",
      "本書の1エポックはちょうど $N/B$ 回のイテレーション(`iter_per_epoch`)です。各データを1回ずつ見るのは、あくまで平均してのことです",
    );
  });
});

describe("gradient-descent: the cells", () => {
  it("the iris cell: 100 to train, 50 to test, B = 20 → 5 updates per epoch, 500 in 100 epochs; loss 0.29, 96 % / 92 % (46 of 50)", async () => {
    const [run] = await runLessonCells("gradient-descent", "cell-iris.ts");
    const text = run.texts.join("\n");
    expect(text).toContain("100 training and 50 test flowers; batch 20:");
    expect(text).toContain("5 updates per epoch");
    expect(text).toContain("500 updates in 100 epochs");
    expect(text).toContain("after 100 epochs: loss 0.287, training accuracy 0.96, test accuracy 0.92 (46 of 50)");
    expect(run.items.filter((i) => i.kind === "plot")).toHaveLength(1);
    said(
      "keeps 100 flowers to learn from\nand 50 to test on, and takes mini-batches of $B = 20$: one epoch is $100/20 = 5$ updates,\nand 100 epochs are 500",
      "100 個を学習に使い、50 個をテスト用に取っておきます。ミニバッチは $B = 20$ です。\n1エポックは $100/20 = 5$ 回の更新で、100 エポックでは 500 回になります",
    );
    said(
      "reaches a loss of 0.29 after\n100 epochs, with 96% of the training flowers and 92% (46 of 50) of the held-out ones right",
      "100 エポック後の損失は 0.29 で、訓練データの 96%、テストデータの 92%(50 個中 46 個)を正しく分類できます",
    );
  });
  it("the reproduce cell prints the widget's lesson run, backprop = numerical", async () => {
    const [run] = await runLessonCells("gradient-descent", "cell-descent.ts");
    const lines = run.texts.join("\n").split("\n").slice(1);
    const r = identity(0.1, 5);
    lines.forEach((line, k) => {
      const [step, w, b, L, dw, nw, db, nb] = line.trim().split(/\s+/).map(Number);
      expect(step).toBe(k);
      expect(w).toBeCloseTo(r.points[k][0], 6);
      expect(b).toBeCloseTo(r.points[k][1], 6);
      expect(L).toBeCloseTo(r.losses[k], 6);
      expect(dw).toBeCloseTo(nw, 6);
      expect(db).toBeCloseTo(nb, 6);
      expect(dw).toBeCloseTo(r.gradients[k][0], 6);
    });
    expect(lines.length).toBe(6);
  });

  const yourTurn = cell("cell-your-numgrad");
  const withBody = (body: string) => yourTurn.replace(/    \/\/ TODO:[^\n]*\n    \/\/ [^\n]*\n/, body);
  const solution =
    "    const original = x[i];\n    x[i] = original + h;\n    const up = f();\n    x[i] = original - h;\n    const down = f();\n    x[i] = original;\n    grad.data[i] = (up - down) / (2 * h);\n";
  it("the your-turn cell starts failing with 'Every entry is 0'", async () => {
    expect(withBody("X")).not.toBe(yourTurn);
    const run = await nodeNotebook().run("gd-your", yourTurn);
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, false]);
    expect(run.texts.join("\n")).toContain("Every entry is 0");
  });
  it("the reference solution passes", async () => {
    const run = await nodeNotebook().run("gd-your", withBody(solution));
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true]);
  });
  it("a forward difference, a missing 2, and a parameter not put back are each named", async () => {
    const forward = await nodeNotebook().run(
      "a",
      withBody(
        "    const original = x[i];\n    const here = f();\n    x[i] = original + h;\n    const up = f();\n    x[i] = original;\n    grad.data[i] = (up - here) / h;\n",
      ),
    );
    expect(forward.verdicts.map((v) => v.ok)).toEqual([true, false]);
    expect(forward.texts.join("\n")).toContain("These are forward differences");
    const twice = await nodeNotebook().run("b", withBody(solution.replace("(2 * h)", "h")));
    expect(twice.texts.join("\n")).toContain("Twice too large");
    const leak = await nodeNotebook().run("c", withBody(solution.replace("    x[i] = original;\n", "")));
    expect(leak.verdicts[0].ok).toBe(false);
    expect(leak.verdicts[0].label).toBe("p is put back exactly as it was");
  });
  it("the tiny-h cell shows 0 for h = 1e-50 and fround(1e-50) = 0; the forward error bottoms out near 1e-7", async () => {
    const [run] = await runLessonCells("gradient-descent", "cell-tiny-h.ts");
    const out = run.texts.join("\n");
    expect(out).toContain("numericalGradient, h = 1e-4: 0.1999999999990898");
    expect(out).toContain("5 + 1e-50 === 5: true  → slope 0");
    expect(out).toContain("Math.fround(1e-50) = 0");
    expect(Math.fround(1e-50)).toBe(fixture.book.float32_1e_50);
    const f = (x: number) => 0.01 * x ** 2 + 0.1 * x;
    const errors = Array.from({ length: 14 }, (_, i) =>
      Math.abs((f(5 + 10 ** -(i + 1)) - f(5)) / 10 ** -(i + 1) - 0.2),
    );
    expect(errors.indexOf(Math.min(...errors)) + 1).toBe(7);
    said("for the forward difference near $h = 10^{-7}$", "前方差分では $h = 10^{-7}$ 付近です");
  });
  it("the leaking cell moves w from (3, 4) to (2.9999, 3.9999) in one call", async () => {
    const [run] = await runLessonCells("gradient-descent", "cell-forgot-restore.ts");
    expect(run.texts[0]).toContain("w is now [2.9999, 3.9999]");
    said("one call leaves $w = (2.9999, 3.9999)$", "$w = (3, 4)$ から1回呼ぶと $w = (2.9999, 3.9999)$ になり");
  });
});
