// Every number the SGD chapter states, computed with the calls the widget and cells use,
// and checked to appear in the prose as written.
import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, SGD } from "kobai";
import { firstStepBelow, runStatus } from "../../../components/widgets/shared/optimizers/run-status";
import { runLessonCells, runPageCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { expectYourTurn } from "../../../src/notebook/cell-testing/optimizer-chapters";
import { formatNumber } from "../../../src/plot/text";
import { presetSpec } from "../../../src/run/presets";
import { buildModel } from "../../../src/run/model";
import { flatterBowl, spotTheMistake } from "./spot-mistake";

const said = statedIn("sgd");
const run = (lr: number, steps = 30, weightDecay = 0) => runOptimizer(bookBowl, SGD, { lr, weightDecay }, { steps });
const fixed = (v: number, d: number) => v.toFixed(d);

describe("sgd chapter: claims", () => {
  it("the first step from (−7, 2) with η = 0.95 and the second (exercise 1)", () => {
    const r = run(0.95, 2);
    expect(r.points[1][0]).toBeCloseTo(-6.335, 12);
    expect(r.points[1][1]).toBeCloseTo(-1.8, 12);
    said("$(-6.335, -1.8)$", "最初の更新で着くのは $(-6.335, -1.8)$ です。");
    expect(r.points[2][0]).toBeCloseTo(-5.733, 3);
    expect(r.points[2][1]).toBeCloseTo(1.62, 12);
    said(
      "$x = 0.905 \\cdot (-6.335) \\approx -5.733$",
      "2回目:$x = 0.905 \\cdot (-6.335) \\approx -5.733$、$y = -0.9 \\cdot (-1.8) = 1.62$",
    );
    expect(bookBowl.gradient(-7, 2)).toEqual([-0.7, 4]);
    said("the gradient is $(-0.7, 4)$", "開始点での勾配は $(-0.7, 4)$ です。");
    // The slope ratio at the start, and the curvature ratio (∂²f/∂y² = 2 against ∂²f/∂x² = 0.1).
    expect((4 / 0.7).toFixed(1)).toBe("5.7");
    const h = 1e-3;
    const curvature = (dx: number, dy: number) =>
      (bookBowl.value(-7 + dx * h, 2 + dy * h) - 2 * bookBowl.value(-7, 2) + bookBowl.value(-7 - dx * h, 2 - dy * h)) /
      h ** 2;
    expect(curvature(1, 0)).toBeCloseTo(0.1, 6);
    expect(curvature(0, 1)).toBeCloseTo(2, 6);
    said(
      "here the slope\nacross the valley is 5.7 times the slope along it, and the curvature across it is 20 times the\ncurvature along it (2 against 0.1)",
      "谷を横切る方向の傾きが、谷に沿った方向の 5.7 倍あります。曲率で比べると 20 倍(2 と 0.1)です。",
    );
  });

  // Where SGD is after 30 steps, as the prose writes it (each number to the digits written).
  const decimals = (text: string) => text.split(".")[1]?.length ?? 0;
  it.each([
    { lr: 0.95, x: "-0.35", y: "0.085", f: "0.013" }, // 図6-3
    { lr: 0.1, x: "-5.18", y: "0.0025", f: "1.34" },
  ])("after 30 steps with η = $lr: ($x, $y), f = $f", ({ lr, x, y, f }) => {
    const r = run(lr);
    expect([fixed(r.points[30][0], decimals(x)), fixed(r.points[30][1], decimals(y))]).toEqual([x, y]);
    expect(fixed(r.losses[30], decimals(f))).toBe(f);
    said(`$(${x}, ${y})$ with $f = ${f}$`, `30 回更新した時点で、SGD は $(${x}, ${y})$ にあり、$f = ${f}$ です。`);
  });

  it("η = 0.95 oscillates along y after 30 steps; η = 0.1 takes 389 steps to f < 0.001", () => {
    expect(runStatus(bookBowl, run(0.95))).toEqual({ kind: "oscillating", axis: "y" });
    expect(firstStepBelow(run(0.1, 1000).losses, 0)).toBe(389);
    said("needs 389 steps", "$f < 0.001$ に届くまでには 389 回の更新が必要です。");
  });

  it("steps to f < 0.001: 43 for η = 0.95, 42 for η = 0.9", () => {
    expect(firstStepBelow(run(0.95, 1000).losses, 0)).toBe(43);
    expect(firstStepBelow(run(0.9, 1000).losses, 0)).toBe(42);
    said("it takes 43 steps", "その後もそこにとどまるまでに 43 回かかります。");
    said("with $\\eta = 0.9$, 42", "$\\eta = 0.9$ では 42 回です。");
  });

  it("η = 1: y jumps between 2 and −2 forever, x → −0.013 after 60 steps; oscillating", () => {
    const r = run(1, 60);
    expect(r.points[60][1]).toBe(2);
    expect(r.points[59][1]).toBe(-2);
    expect(formatNumber(r.points[60][0])).toBe("−0.013");
    said("to about $-0.013$", "1回あたり $0.9$ 倍に縮み、およそ $-0.013$ になります。");
    expect(runStatus(bookBowl, r)).toEqual({ kind: "oscillating", axis: "y" });
  });

  it("η = 1.05 diverges at step 51; λ = 0.2 with η = 0.95 diverges at step 57", () => {
    expect(runStatus(bookBowl, run(1.05, 300))).toEqual({ kind: "diverged", step: 51 });
    said("*diverged at step 51*", "「ステップ 51 で発散しました」");
    expect(runStatus(bookBowl, run(0.95, 300, 0.2))).toEqual({ kind: "diverged", step: 57 });
    said("diverges at step 57", "プリセット **Weight decay λ = 0.2** はステップ 57 で発散します。");
    expect(1 - 0.95 * 2.2).toBeCloseTo(-1.09, 12);
  });

  it("the best single rate 2/(2 + 0.1) ≈ 0.952 makes both factors 0.905", () => {
    const eta = 2 / 2.1;
    expect(eta.toFixed(3)).toBe("0.952");
    expect(1 - eta / 10).toBeCloseTo(0.905, 3);
    expect(Math.abs(1 - 2 * eta)).toBeCloseTo(0.905, 3);
    // Faster than a rate a little off it on either side, measured by the slower coordinate.
    const rate = (e: number) => Math.max(Math.abs(1 - e / 10), Math.abs(1 - 2 * e));
    expect(rate(eta)).toBeLessThan(rate(0.9));
    expect(rate(eta)).toBeLessThan(rate(1));
  });

  it("SGD's book form takes the same steps as PyTorch's", () => {
    const book = runOptimizer(bookBowl, SGD, { lr: 0.95, form: "book" });
    expect(book.points).toEqual(run(0.95).points);
  });

  it("the MNIST network (784-100-100-100-100-10) has 109,810 weights and biases", () => {
    const model = buildModel(presetSpec("optimizer-vs-sgd", "lesson"));
    const count = model.parameters().reduce((sum, p) => sum + p.value.size, 0);
    expect(count).toBe(784 * 100 + 100 + 3 * (100 * 100 + 100) + 100 * 10 + 10);
    expect(count).toBe(109_810);
    said(
      "about 110,000 directions (109,810 weights and biases)",
      "方向が2つから約 110,000(重みとバイアスで 109,810 個)に増えています。",
    );
  });
});

describe("sgd chapter: cells", () => {
  it("the page's cells run in page order in one notebook; the reproduce cell plots the path", async () => {
    const { "cell-reproduce.ts": reproduce } = await runPageCells("sgd");
    expect(reproduce.items.filter((i) => i.kind === "plot")).toHaveLength(1);
  });

  it("your turn: the starting code fails at step 1 in x; the solution passes", async () => {
    const [start] = await runLessonCells("sgd", "cell-your-turn.ts");
    await expectYourTurn(start, "sgd", { failsAt: "step 1, x", optimizer: "SGD" });
  });
});

describe("sgd chapter: spot the mistake (η ≥ 1 is not forbidden)", () => {
  const spot = spotTheMistake();
  it("on x²/20 + y²/4: η = 1.5 below 0.001 from step 25, 3.9 from step 68, 4 bounces; the book's bowl diverges at step 7", () => {
    const h = 1e-3;
    expect((flatterBowl.value(0, h) - 2 * flatterBowl.value(0, 0) + flatterBowl.value(0, -h)) / h ** 2).toBeCloseTo(
      0.5,
      6,
    );
    expect(firstStepBelow(spot.flat.losses, 0)).toBe(25);
    expect(firstStepBelow(spot.nearLimit.losses, 0)).toBe(68);
    expect(spot.atLimit.diverged).toBe(false);
    expect(spot.atLimit.points.slice(90).map((p) => Math.abs(p[1]).toFixed(6))).toEqual(
      Array.from({ length: 11 }, () => "2.000000"),
    );
    expect(runOptimizer(flatterBowl, SGD, { lr: 4.1 }, { steps: 1000 }).diverged).toBe(true);
    expect(runStatus(bookBowl, spot.book)).toEqual({ kind: "diverged", step: 7 });
    expect([1 - 1.5 * 0.1, 1 - 1.5 * 0.5].map((v) => v.toFixed(2))).toEqual(["0.85", "0.25"]);
    said(
      "η = 1.5 reaches f < 0.001 at step 25 and η = 3.9 at step 68; on the book's bowl η = 1.5 diverges at step 7",
      "η = 1.5 はステップ 25 で、η = 3.9 はステップ 68 で f < 0.001 に届きます。本書のお椀では、η = 1.5 はステップ 7 で発散します。",
    );
    said("It converges, and fast: $f < 0.001$ from step 25 on", "しかも速く、ステップ 25 以降は $f < 0.001$ です。");
    said(
      "even $\\eta = 3.9$ converges (from step 68), $\\eta = 4$ makes\n$y$ bounce between $2$ and $-2$ for ever",
      "$\\eta = 3.9$ でさえ収束します(ステップ 68 以降)。$\\eta = 4$ では $y$ が $2$ と $-2$ の間をいつまでも行き来し",
    );
    said("diverges at step 7", "$y$ の係数が $1 - 3 = -2$ となり、ステップ 7 で発散します。");
  });

  it("the cell runs in page order and prints the limit 4, the factors 0.85 and 0.25, and divergence at step 7", async () => {
    const { "cell-spot-mistake.ts": spotCell } = await runPageCells("sgd");
    expect(spotCell.texts).toContain("the limit 2/λ_max on the flatter bowl: 4");
    // The same step the prose and the widget name for the book's bowl.
    expect(spotCell.texts).toContain("the book's bowl (limit 1): diverged at step 7");
  });
});
