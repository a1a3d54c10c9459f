/**
 * The numbers the Japanese comparison chapter (content/ja/lessons/optimizer-comparison.mdx)
 * states, recomputed with the core and found in its text, like claims.test.ts does for
 * English. (The cells are the same files as the English chapter's; claims.test.ts runs them.)
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { bookBowl, rosenbrock, saddle, runOptimizer, SGD, AdaGrad, Momentum } from "kobai";
import { firstStepBelow } from "../../../components/widgets/shared/optimizers/run-status";
import {
  comparisonTable,
  computeComparison,
  type Outcome,
} from "../../../components/widgets/optimizer-comparison/comparison-model";
import { readLesson } from "../../../src/notebook/cell-testing/lesson-cells";
import { installStrings, setLocale } from "../../../src/i18n";
import { ja } from "../../../src/i18n/ja";

const source = readFileSync(new URL("../../ja/lessons/optimizer-comparison.mdx", import.meta.url), "utf8");
const mdx = source.replace(/\s+/g, " ");
const inProse = (s: string) => expect(mdx).toContain(s);
const ids = ["book", "tilted", "rosenbrock", "saddle", "wells"];
const table = comparisonTable(ids, 500);
const row = (id: string) =>
  Object.fromEntries(table.find((r) => r.landscape === id)!.cells.map((c) => [c.name, c.outcome]));
/** The step an outcome names (converged, escaped, diverged), or null for one that names f. */
const stepIn = (o: Outcome) => ("step" in o ? o.step : null);
const stepOf = (id: string) => Object.fromEntries(Object.entries(row(id)).map(([name, o]) => [name, stepIn(o)]));

describe("最適化手法の比較の章(日本語版):表(500 ステップ、本書の形と学習率)", () => {
  it("ページは同じ呼び出しで表を作り、表の文字列は日本語で出る", () => {
    inProse("export const table = comparisonTable(LANDSCAPES.map(([id]) => id), 500);");
    for (const id of ids) inProse(`["${id}", `);
    installStrings("ja", ja);
    setLocale("ja");
    try {
      const texts = comparisonTable(["rosenbrock", "saddle"], 500).map((r) => r.cells.map((c) => c.text));
      expect(texts[0].slice(0, 3)).toEqual(["1 で発散", "1 で発散", "1 で発散"]);
      expect(texts[1][3]).toBe("1 で離脱");
    } finally {
      setLocale("en");
    }
  });

  it("本書のお椀:AdaGrad 29、SGD 43、RMSProp 52、Nesterov 56、Adam 82、Momentum 83", () => {
    expect(stepOf("book")).toEqual({ SGD: 43, Momentum: 83, Nesterov: 56, AdaGrad: 29, RMSProp: 52, Adam: 82 });
    inProse("いちばん早いのは AdaGrad(29 ステップ)で、次が SGD の 43 ステップです");
    inProse("その後に RMSProp(52)、Nesterov(56)、Adam(82)、Momentum(83)が続きます。");
  });

  it("回転したお椀:AdaGrad 72、RMSProp 449、Adam 89。SGD、Momentum、Nesterov は 43、83、56 のまま", () => {
    expect(stepOf("tilted")).toEqual({ SGD: 43, Momentum: 83, Nesterov: 56, AdaGrad: 72, RMSProp: 449, Adam: 89 });
    inProse("AdaGrad は 72 ステップ、RMSProp は 449 ステップかかります。");
    inProse("回転前とちょうど同じステップ数(43、83、56)です。");
    inProse("(29 → 72、52 → 449、82 → 89)");
    inProse("最初は SGD(43 ステップで、回転前のお椀とちょうど同じ)、最後は RMSProp(449 ステップ)です。");
    inProse("本書のお椀で勝った AdaGrad(29)は、72 ステップかかります。");
  });

  it("Rosenbrock:SGD、Momentum、Nesterov はステップ 1 で発散、AdaGrad は停滞、RMSProp は未着、Adam は 412", () => {
    const r = row("rosenbrock");
    expect([r.SGD, r.Momentum, r.Nesterov].map((o) => [o.kind, stepIn(o)])).toEqual([
      ["diverged", 1],
      ["diverged", 1],
      ["diverged", 1],
    ]);
    expect([r.AdaGrad.kind, r.RMSProp.kind, r.Adam.kind, stepIn(r.Adam)]).toEqual([
      "stalled",
      "moving",
      "converged",
      412,
    ]);
    inProse("SGD、Momentum、Nesterov はどれもステップ 1 で発散します。");
    inProse("AdaGrad は停滞し、RMSProp は 500 ステップでも着きません。着くのは Adam だけで、ステップ 412 です。");
    // The pitfall: a rate a thousand times smaller walks down the valley without diverging.
    const slow = runOptimizer(rosenbrock, SGD, { lr: 0.95 / 1000 }, { steps: 500 });
    expect(slow.diverged).toBe(false);
    expect(slow.losses[500]).toBeLessThan(slow.losses[0] / 2);
    inProse("学習率を1000分の1にすれば、Rosenbrock 関数の谷をゆっくりと下っていきます。");
    inProse("SGD のパネルには、ステップ 1 で発散したと表示されます。");
  });

  it("鞍点:AdaGrad 1、RMSProp 2、SGD 7、Momentum 19。練習問題 2 の数値", () => {
    const r = row("saddle");
    expect([r.AdaGrad, r.RMSProp, r.SGD, r.Momentum].map((o) => [o.kind, stepIn(o)])).toEqual([
      ["escaped", 1],
      ["escaped", 2],
      ["escaped", 7],
      ["escaped", 19],
    ]);
    inProse("AdaGrad(ステップ 1)と RMSProp(ステップ 2)は、ほとんどすぐに抜け出します。");
    inProse("SGD は 7 ステップ、Momentum は 19 ステップかかります。");
    const p = runOptimizer(saddle, AdaGrad, { lr: 1.5, form: "book" }, { steps: 1 });
    expect(p.points[1].map((v) => v.toFixed(3))).toEqual(["-0.500", "1.501"]);
    expect(p.losses[1].toFixed(1)).toBe("-2.0");
    inProse("$W_1 = (-0.5, 1.501)$、$f = 0.25 - 2.253 = -2.0$ で、もう $-1$ を下回っています。");
    const sgd = runOptimizer(saddle, SGD, { lr: 0.95 }, { steps: 7 });
    expect([sgd.points[6][1] < 1, sgd.points[7][1] > 1]).toEqual([true, true]);
    expect((1 + 2 * 0.95).toFixed(1)).toBe("2.9");
    inProse("$1 + 2\\eta = 2.9$ 倍にします。そのため、ごく小さな $y$ が 1 を超えるまでに 7 ステップかかります。");
  });

  it("2つのくぼみ:RMSProp 以外は極小値に落ち着き、RMSProp はその周りで振動する", () => {
    const r = table.find((x) => x.landscape === "wells")!;
    expect(r.cells.map((c) => c.outcome.kind)).toEqual(["local", "local", "local", "local", "oscillating", "local"]);
    inProse('どの手法も浅いほうの<Term id="local-minimum" />に落ち着くか、その周りで振動します。');
  });
});

describe("最適化手法の比較の章(日本語版):30 ステップ後の6つのパネル", () => {
  it("収束は AdaGrad だけ。SGD 0.013、Momentum 0.048、Nesterov 0.014、RMSProp 0.024、Adam 0.10(通り越し)", () => {
    const results = computeComparison("book", 30);
    expect(results.map((r) => r.status.kind)).toEqual([
      "oscillating",
      "moving",
      "moving",
      "converged",
      "moving",
      "moving",
    ]);
    expect(results.map((r) => r.run.losses[30].toPrecision(2))).toEqual([
      "0.013",
      "0.048",
      "0.014",
      "0.00072",
      "0.024",
      "0.10",
    ]);
    expect(results[5].run.points[30][0]).toBeGreaterThan(0);
    expect(results.map((r) => r.settings.lr)).toEqual([0.95, 0.1, 0.1, 1.5, 0.1, 0.3]);
    inProse("収束しているのは AdaGrad だけです");
    inProse("SGD はまだジグザグしています($f = 0.013$)。");
    inProse("($f = 0.048$ と $0.014$)");
    inProse("RMSProp は最小値へ向かう途中です($f = 0.024$)。");
    inProse("最小値を通り越しています($f = 0.10$)。");
    inProse("SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3 です。");
  });
});

describe("最適化手法の比較の章(日本語版):やってみよう と まとめ", () => {
  it("本書の Momentum は 83 ステップ、η = 0.8、μ = 0.5 で 19、μ = 0.6 で 17。SGD はどの学習率でも 41 以上", () => {
    const momentum = (lr: number, mu: number) =>
      firstStepBelow(runOptimizer(bookBowl, Momentum, { lr, momentum: mu }, { steps: 500 }).losses, 0);
    expect([momentum(0.1, 0.9), momentum(0.8, 0.5), momentum(0.8, 0.6)]).toEqual([83, 19, 17]);
    inProse("本書の $\\eta = 0.1$、$\\mu = 0.9$ では 83 ステップかかります。");
    inProse("const myLr = 0.8; const myMomentum = 0.5;");
    inProse("この設定では、19 ステップで $f < 0.001$ に達します($\\eta = 0.8$、$\\mu = 0.6$ なら 17 ステップです)。");
    inProse("調整すれば本書のお椀でも勝ちます(17〜19 ステップ)。");
    const sgdSteps = Array.from({ length: 999 }, (_, i) =>
      firstStepBelow(runOptimizer(bookBowl, SGD, { lr: (i + 1) / 1000 }, { steps: 500 }).losses, 0),
    ).filter((s) => s >= 0);
    expect(Math.min(...sgdSteps)).toBe(41);
    inProse("学習率をどう選んでも、$f = 0.001$ を下回るまでに最低 41 ステップかかります。");
  });
});

describe("最適化手法の比較の章(日本語版):MNIST での競争(章で試す規模、シード 0)", () => {
  it("英語版と同じ数値を述べる(英語版の claims.test.ts が学習を実行して確かめている)", () => {
    // The lesson-scale race takes about a minute of CPU; claims.test.ts runs it once and
    // asserts these numbers in the English text, so here they must match that text exactly.
    const en = readLesson("optimizer-comparison").replace(/\s+/g, " ");
    expect(en).toContain("the loss is 0.44 for SGD, 0.18 for Momentum, 0.11 for AdaGrad and 0.12 for Adam");
    expect(en).toContain("`55277b50`");
    inProse("SGD が 0.44、Momentum が 0.18、AdaGrad が 0.11、Adam が 0.12 です。");
    inProse("フィンガープリント `55277b50` が表示されます。");
    expect(en).toContain("(400 iterations of 64 images, about 20 seconds)");
    inProse("(64 枚ずつ 400 回、約 20 秒)");
    expect(en).toContain("2,000 iterations of 128 images each");
    inProse("128 枚ずつ 2,000 回繰り返します。");
  });
});
