// Every number the Adam chapter states, computed with the calls the widgets and cells use,
// and checked to appear in the prose as written, in English and in Japanese.
import { describe, expect, it } from "vitest";
import { bookBowl, runOptimizer, Adam, AdamW } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import {
  applyPreset,
  bookPreset,
  computeExplorer,
  initialSettings,
  parseExplorerConfig,
  switchForm,
} from "../../../components/widgets/shared/optimizers/explorer-model";
import { runCells, runPageCells, statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import { chapterRuns, expectYourTurn, largestGap } from "../../../src/notebook/cell-testing/optimizer-chapters";
import { adamVariantPath, correctionFactors } from "../../../components/widgets/adam/bias-correction";
import { spotTheMistake } from "./spot-mistake";

const said = statedIn("adam");
const adam = chapterRuns(Adam, { lr: 0.3 });
const fix = (p: readonly number[], d: number) => p.map((v) => v.toFixed(d));
const start = initialSettings(parseExplorerConfig({ optimizer: "Adam", optimizers: ["Adam", "AdamW"] }));
const explorerWith = (preset: Parameters<typeof applyPreset>[1]) => computeExplorer(applyPreset(start, preset));

describe("adam chapter: claims", () => {
  it("the book's settings (図6-7): step 1 to (−6.7, 1.7); after 30 steps (0.14, 0.32), f = 0.10; below 0.001 from step 82", () => {
    const book = computeExplorer(applyPreset(start, bookPreset("Adam")));
    expect(book.settings).toMatchObject({ form: "book", lr: 0.3, beta1: 0.9, beta2: 0.999, eps: 1e-7 });
    expect(fix(book.run.points[1], 1)).toEqual(["-6.7", "1.7"]);
    expect(fix(book.run.points[30], 2)).toEqual(["0.14", "0.32"]);
    expect(book.run.losses[30].toFixed(2)).toBe("0.10");
    said("the first step lands at $(-6.7, 1.7)$", "この設定では、最初の一歩で $(-6.7, 1.7)$ に着きます。");
    said(
      "at $(0.14, 0.32)$ with $f = 0.10$",
      "30 ステップ後、Adam は $(0.14, 0.32)$ にいて、$f = 0.10$ です。これが図6-7 の経路です。",
    );
    expect(firstStepBelow(adam({}, 200).losses, 0)).toBe(82);
    expect(firstStepBelow(adam({ form: "book" }, 200).losses, 0)).toBe(82);
    said("from step 82", "ステップ 82 以降は、ずっと $f < 0.001$ です(ステップ数を 200 にして確かめてください)。");
  });

  it("bias correction: step 1 of each variant; only the 'both' variant is the core's Adam", () => {
    const p1 = (c: "both" | "none" | "m" | "v") => fix(adamVariantPath(bookBowl, { lr: 0.3 }, c, 1)[1], 2);
    expect(p1("both")).toEqual(["-6.70", "1.70"]);
    expect(p1("none")).toEqual(["-6.05", "1.05"]);
    expect(p1("m")).toEqual(["2.49", "-7.49"]);
    expect(p1("v")).toEqual(["-6.97", "1.97"]);
    said("to $(-6.05, 1.05)$", "$\\eta\\cdot 0.1/\\sqrt{0.001} = 3.16\\,\\eta$ で、$(-6.05, 1.05)$ に着きます。");
    said("to $(2.49, -7.49)$", "最初の一歩は $31.6\\,\\eta$ になり、点は谷の外の $(2.49, -7.49)$ まで飛ばされます。");
    said("to $(-6.97, 1.97)$", "最初の一歩は $0.1\\,\\eta$ と**ごく小さく**、$(-6.97, 1.97)$ に着きます。");
    said("point moves from $(-7, 2)$ to $(-6.97, 1.97)$", "点は $(-7, 2)$ から $(-6.97, 1.97)$ へ動くだけです。");
    said("the point jumps to $(2.49, -7.49)$", "点は $(2.49, -7.49)$ へ跳びます。");
    expect((0.1 / Math.sqrt(0.001)).toFixed(2)).toBe("3.16");
    expect(Math.sqrt(0.001).toFixed(4)).toBe("0.0316");
    said("uncorrected together they give $3.16\\,\\eta$", "どちらも補正しないと $3.16\\,\\eta$ になります。");
    said("$31.6\\,\\eta$", "最初の一歩は $31.6\\,\\eta$ になり");
    expect(adamVariantPath(bookBowl, { lr: 0.3 }, "both")).toEqual(adam().points);
  });

  it("correction factors: 1/(1 − β1ᵏ) within 1 % after 44 steps; step factor 0.316 at 1, low ≈ 0.15 near 10, 0.80 at 1000; always < 1", () => {
    expect(correctionFactors(43).m).toBeGreaterThan(1.01);
    expect(correctionFactors(44).m).toBeLessThan(1.01);
    said("within 1 % of 1\nafter 44 steps", "$1/(1-\\beta_1^k)$ は、44 ステップ後には 1 との差が 1 % 以内になります。");
    expect(correctionFactors(1).step.toFixed(3)).toBe("0.316");
    const steps = Array.from({ length: 5000 }, (_, i) => correctionFactors(i + 1).step);
    const low = Math.min(...steps);
    expect(low.toFixed(2)).toBe("0.15");
    expect(Math.abs(steps.indexOf(low) + 1 - 10)).toBeLessThanOrEqual(2);
    expect(correctionFactors(1000).step.toFixed(2)).toBe("0.80");
    expect(steps.every((s) => s < 1)).toBe(true);
    said(
      "$0.316$ at $k = 1$, a\nlow of about $0.15$ near $k = 10$, and still $0.80$ at $k = 1000$",
      "$k = 1$ で $0.316$、$k = 10$ 付近で最小の約 $0.15$ になり、$k = 1000$ でもまだ $0.80$ です。",
    );
  });

  it("book vs PyTorch: ε_k = 31.6ε at 1, 5.8ε at 30; paths within 9.5e-6; tiny gradient y → −0.20 vs −0.0019", () => {
    expect(correctionFactors(1).sqrtV.toFixed(1)).toBe("31.6");
    expect(correctionFactors(30).sqrtV.toFixed(1)).toBe("5.8");
    expect(correctionFactors(1000).sqrtV.toFixed(2)).toBe("1.26");
    said(
      "$31.6\\,\\varepsilon$ at step 1 and still\n$5.8\\,\\varepsilon$ at step 30",
      "ステップ 1 で $31.6\\,\\varepsilon$、ステップ 30 でもまだ $5.8\\,\\varepsilon$ です。",
    );
    said(
      "$\\varepsilon_1 = 31.6\\,\\varepsilon$, $\\varepsilon_{30} = 5.8\\,\\varepsilon$, $\\varepsilon_{1000} = 1.26\\,\\varepsilon$",
      "$\\varepsilon_1 = 31.6\\,\\varepsilon$、$\\varepsilon_{30} = 5.8\\,\\varepsilon$ です。",
    );
    said(
      "$\\varepsilon_{1000} = 1.26\\,\\varepsilon$",
      "$\\varepsilon_{1000}$ でも、まだ $1.26\\,\\varepsilon$ です。",
    );
    const gap = largestGap(adam().points, adam({ form: "book" }).points);
    expect(gap).toBeLessThan(9.55e-6);
    expect(gap).toBeGreaterThan(9.45e-6);
    said("$9.5 \\times 10^{-6}$", "2つの形の経路の差は最大でも $9.5 \\times 10^{-6}$ です。");
    const tiny = explorerWith({
      label: "",
      optimizer: "Adam",
      start: [-7, 1e-8],
      options: { lr: 0.3, weightDecay: 0 },
    });
    expect(tiny.run.points[1][1].toFixed(2)).toBe("-0.20");
    const tinyBook = computeExplorer(switchForm(tiny.settings, "book"));
    expect(tinyBook.settings.eps).toBe(1e-7);
    expect(tinyBook.run.points[1][1].toPrecision(2)).toBe("-0.0019");
    said("moves $y$ to $-0.20$ at step 1", "PyTorch の形では、ステップ 1 で $y$ が $-0.20$ に動きます。");
    said("it moves to\n$-0.0019$", "本書の形に切り替えると、$-0.0019$ に動きます。");
  });

  it("L2 λ = 0.1 moves the path by at most 4.5e-8; AdamW λ = 0.1 ends at (0.67, 0.19), f = 0.058, and moves it by up to 1.58", () => {
    const l2 = explorerWith({ label: "", optimizer: "Adam", options: { lr: 0.3, weightDecay: 0.1 } });
    const gap = largestGap(adam().points, l2.run.points);
    expect(gap.toExponential(1)).toBe("4.5e-8");
    said("by at most $4.5 \\times 10^{-8}$", "30 ステップでの変化は最大でも $4.5 \\times 10^{-8}$ です。");
    const w = explorerWith({ label: "", optimizer: "AdamW", options: { lr: 0.3, weightDecay: 0.1 } });
    expect(fix(w.run.points[30], 2)).toEqual(["0.67", "0.19"]);
    expect(w.run.losses[30].toFixed(3)).toBe("0.058");
    expect(adam().losses[30].toFixed(2)).toBe("0.10");
    said(
      "AdamW is at $(0.67, 0.19)$ with\n$f = 0.058$",
      "30 ステップ後、AdamW は $(0.67, 0.19)$ にいて $f = 0.058$ です。同じとき、Adam は $f = 0.10$ でした。",
    );
    expect(largestGap(adam().points, w.run.points).toFixed(2)).toBe("1.58");
    expect(
      largestGap(adam().points, runOptimizer(bookBowl, AdamW, { lr: 0.3, weightDecay: 0.1 }).points).toFixed(2),
    ).toBe("1.58");
    said("by up to 1.58 in 30 steps", "AdamW では 30 ステップで経路を最大 1.58 も変えます。");
  });

  it("ε = 1: f = 0.70 after 30 steps; exercise 3: 0.97³⁰ = 0.401", () => {
    expect(
      explorerWith({
        label: "",
        optimizer: "Adam",
        options: { lr: 0.3, eps: 1, weightDecay: 0 },
      }).run.losses[30].toFixed(2),
    ).toBe("0.70");
    said("$f = 0.70$ after 30 steps instead of $0.10$", "30 ステップ後の $f$ は、$0.10$ ではなく $f = 0.70$ です。");
    const eps1 = explorerWith({
      label: "",
      optimizer: "Adam",
      form: "pytorch",
      options: { lr: 0.3, eps: 1, weightDecay: 0 },
    });
    expect(eps1.run.losses[30].toFixed(2)).toBe("0.70");
    const eps1Book = computeExplorer(switchForm(eps1.settings, "book"));
    expect(eps1Book.settings.eps).toBe(1);
    expect(eps1Book.run.losses[30].toFixed(2)).toBe("2.02");
    expect(correctionFactors(1).sqrtV.toFixed(1)).toBe("31.6");
    said("it acts like $31.6$ at step 1", "ステップ 1 では $31.6$ のように働きます。");
    said("$f = 2.02$ after 30 steps", "30 ステップ後は $f = 2.02$ です。");
    expect((1 - 0.3 * 0.1).toFixed(2)).toBe("0.97");
    expect((0.97 ** 30).toFixed(3)).toBe("0.401");
    said("$0.97^{30} = 0.401$", "$0.97^{30} = 0.401$ です。");
    said("pull any weight 60 % of the way to 0", "0 までの道のりの 60 % を進みます。");
  });

  it("β1 = 0: first step η per coordinate, no overshoot, (−1.15, 0.0000) and f = 0.066 after 30 steps", () => {
    const r = explorerWith({
      label: "",
      optimizer: "Adam",
      form: "pytorch",
      options: { lr: 0.3, beta1: 0, eps: 1e-8, weightDecay: 0 },
    });
    expect(fix(r.run.points[1], 2)).toEqual(["-6.70", "1.70"]);
    expect(r.run.points.every((p) => p[0] <= 0)).toBe(true);
    expect([r.run.points[30][0].toFixed(2), r.run.points[30][1].toFixed(4), r.run.losses[30].toFixed(3)]).toEqual([
      "-1.15",
      "0.0000",
      "0.066",
    ]);
    said("$(-1.15, 0.0000)$ with $f = 0.066$", "30 ステップ後は $(-1.15, 0.0000)$ にいて、$f = 0.066$ です。");
  });

  it("exercise 1: W₂ = (−6.400, 1.402)", () => {
    expect(fix(adam({}, 2).points[2], 3)).toEqual(["-6.400", "1.402"]);
    said("(-6.400, 1.402)", "= (-6.400, 1.402)$ となります。");
  });

  it("the your-turn starting code (RMSProp with β2, uncorrected, ε = 1e-8) throws x to 2.49 at step 1", () => {
    expect(adamVariantPath(bookBowl, { lr: 0.3, beta1: 0 }, "none", 1)[1][0].toFixed(2)).toBe("2.49");
    said("throws $x$ to $2.49$", "$x$ を $2.49$ まで飛ばしてしまいます。");
  });
});

describe("adam chapter: cells (page order, one notebook)", () => {
  it("all cells run; your turn fails at step 1 and passes with the solution", async () => {
    const cells = await runPageCells("adam");
    const [reproduce, decay, begin] = ["cell-reproduce.ts", "cell-weight-decay.ts", "cell-your-turn.ts"].map(
      (file) => cells[file],
    );
    expect(reproduce.texts).toContain("largest gap between the two forms: 9.50285e-6");
    expect(decay.texts).toEqual([
      "Adam + L2: largest change of the path: 4.50546e-8",
      "AdamW: largest change of the path: 1.57792",
    ]);
    await expectYourTurn(begin, "adam", {
      failsAt: "step 1, x",
      detail: "Expected -6.7, got 2.48683.",
      optimizer: "Adam",
    });
  });
});

describe("adam chapter: spot the mistake", () => {
  const spot = spotTheMistake();
  it("(a) m ← β₁m + (1 − β₁)·m·∇ never leaves (−7, 2); Adam reaches (0.136, 0.318), f = 0.102", () => {
    expect(spot.mTimesGradient.every((p) => p[0] === -7 && p[1] === 2)).toBe(true);
    expect(bookBowl.value(-7, 2)).toBeCloseTo(6.45, 12);
    expect(bookBowl.value(-7, 2).toFixed(2)).toBe("6.45");
    expect(spot.right.points[30].map((v) => v.toFixed(3))).toEqual(["0.136", "0.318"]);
    expect(spot.right.losses[30].toFixed(3)).toBe("0.102");
    said(
      "kobai's Adam is at $(0.136, 0.318)$ with $f = 0.102$ by then",
      "そのころ kobai の Adam は $(0.136, 0.318)$ にいて、$f = 0.102$ です。",
    );
    said(
      "version (a) stays at f = 6.45, the value at the start, for all 30 steps",
      "版 (a) は、30 ステップの間ずっと開始点の値 f = 6.45 のままです。",
    );
    said("kobai's Adam falls to f = 0.102 in 30 steps", "kobai の Adam は、30 ステップで f = 0.102 まで下がります。");
  });

  it("(b) v̂ over √m̂: x is NaN at step 1; y goes 2 → −0.4 → −2.46, NaN from step 3", () => {
    const s = spot.swapped;
    expect(Number.isNaN(s[1][0])).toBe(true);
    expect(bookBowl.gradient(-7, 2)[0]).toBeCloseTo(-0.7, 12);
    expect(s[1][1].toFixed(1)).toBe("-0.4");
    expect(s[2][1].toFixed(2)).toBe("-2.46");
    expect(bookBowl.gradient(0, s[1][1])[1]).toBeLessThan(0); // at −0.4 the slope says "go up", y went down
    expect(Number.isNaN(s[3][1])).toBe(true);
    said("its gradient is $-0.7$, so $\\hat m_x = -0.7$", "$x$ の勾配は $-0.7$ なので $\\hat m_x = -0.7$ となり");
    said(
      "$y$ goes from 2 to $-0.4$, past the\nminimum, and to $-2.46$ at step 2, uphill; there $\\hat m_y$ turns negative and $y$ is NaN from\nstep 3",
      "$y$ は 2 から最小値を通り越して $-0.4$ に、ステップ 2 では坂を上って $-2.46$ に動きます。そこで $\\hat m_y$ が負になり、ステップ 3 から $y$ は NaN です。",
    );
  });

  it("the cell runs in page order; with no mistake it is kobai's Adam", async () => {
    const { "cell-spot-mistake.ts": spotCell } = await runPageCells("adam");
    const gap = spotCell.texts.find((line) => line.startsWith("with no mistake, largest gap to kobai's Adam: "))!;
    expect(Number(gap.split(": ")[1])).toBeLessThan(1e-12);
    const [swapped] = await runCells(
      spotCell.source.replace(
        'const mistake: Mistake = "m times the gradient";',
        'const mistake: Mistake = "m̂ and v̂ swapped";',
      ),
    );
    expect(swapped.error).toBeUndefined();
  });
});
