/**
 * Every number the initialization chapter states, recomputed with the core (the literal
 * text is found in both editions, content/lessons/initialization.mdx and its Japanese twin),
 * and its cells run as the page runs them.
 */
import { describe, expect, it } from "vitest";
import { nodeNotebook } from "../../../src/notebook/testing";
import { formatNumber, formatPercent } from "../../../src/plot/text";
import { runStack, type ActivationName, type ScaleName } from "../../../components/widgets/initialization/stack";
import { BOOK_FIGURES } from "../../../components/widgets/initialization/figures";
import { loadTrainingData } from "../../../src/run/data";
import { presetSpec } from "../../../src/run/presets";
import { TrainLoop } from "../../../src/run/train-loop";
import { statedIn } from "../../../src/notebook/cell-testing/lesson-cells";
import cellHistograms from "./cell-histograms.ts?raw";
import cellSymmetry from "./cell-symmetry.ts?raw";
import cellYourInit from "./cell-your-init.ts?raw";

const said = statedIn("initialization");
const stats = (activation: ActivationName, scale: ScaleName, layers = 5) =>
  runStack({ activation, scale, layers }).stats;
/** "2.6 \times 10^{-4}" for numbers below 1e-3, else formatNumber's text. */
const tex = (v: number) => {
  const s = formatNumber(v);
  if (!s.includes("e")) return s;
  const [m, e] = v.toExponential(1).split("e");
  return `$${m} \\times 10^{${Number(e)}}$`;
};
const spreads = (activation: ActivationName, scale: ScaleName) =>
  stats(activation, scale)
    .map((s) => tex(s.std))
    .join(", ");
const gradRatio = (activation: ActivationName, scale: ScaleName) => {
  const s = stats(activation, scale);
  return s[4].gradRms / s[0].gradRms;
};

describe("initialization: equal weights stay equal (the symmetry cell)", () => {
  it("from zeros and from 0.5 every entry of W1 is equal after 20 steps (−0.0146, 0.298); from random they differ", async () => {
    const run = await nodeNotebook().run("init-symmetry", cellSymmetry);
    expect(run.result).toEqual({ ok: true });
    const tables = run.items.flatMap((i) => (i.kind === "table" ? [i.table] : []));
    expect(tables).toHaveLength(3);
    expect(new Set(tables[0].rows.flat())).toEqual(new Set(["-0.0145577"]));
    expect(new Set(tables[1].rows.flat())).toEqual(new Set(["0.298146"]));
    expect(new Set(tables[2].rows.flat()).size).toBe(6);
    expect(run.texts).toEqual([
      "all-zero weights: the three hidden units are still identical",
      "all-0.5 weights: the three hidden units are still identical",
      "random weights: the three hidden units are different",
    ]);
    said(
      "all six entries of $W_1$ equal $-0.0146$; from all weights $0.5$, all six equal $0.298$",
      "$W_1$ の6つの要素がすべて $-0.0146$ になります。すべて $0.5$ から始めると、6つとも $0.298$ になります",
    );
  });
});

describe("initialization: the histogram experiment (seed 0, 1000 × 100, five layers)", () => {
  it("σ = 1, sigmoid: 64.7% of layer 1 saturated, 48.4% to 51.0% in layers 2–5", () => {
    const s = stats("sigmoid", "1");
    expect(formatPercent(s[0].saturated)).toBe("64.7%");
    const later = s.slice(1).map((x) => x.saturated);
    const [first, least, most] = [s[0].saturated, Math.min(...later), Math.max(...later)].map(formatPercent);
    said(
      `${first} of layer 1's outputs are within 0.01 of 0 or 1, and about half of every later layer (${least} to ${most})`,
      `1層目の出力の ${first} が 0 または 1 から 0.01 以内にあり、2層目以降でも、各層のおよそ半分(${least} から ${most})がそうです`,
    );
    said(`${first} of layer 1 saturated`, `1層目では ${first} が飽和しています`);
  });

  it("σ = 0.01, sigmoid: std 0.025 then 0.013; gradient 3.0e−9 in layer 1 against 0.0033 in layer 5", () => {
    const s = stats("sigmoid", "0.01");
    said(
      `standard deviation is ${formatNumber(s[0].std)} in layer 1 and ${formatNumber(s[4].std)} by layer 5`,
      `標準偏差は1層目で ${formatNumber(s[0].std)}、5層目で ${formatNumber(s[4].std)} です`,
    );
    said(
      `RMS gradient is ${tex(s[0].gradRms)} against $${formatNumber(s[4].gradRms)}$ in layer 5`,
      `勾配の RMS は1層目で ${tex(s[0].gradRms)}、5層目で $${formatNumber(s[4].gradRms)}$ です`,
    );
    expect(tex(s[0].gradRms)).toBe("$3.0 \\times 10^{-9}$");
    expect(s[4].gradRms / s[0].gradRms).toBeGreaterThan(1e6); // "a million times smaller"
    for (const x of s) expect(Math.abs(x.mean - 0.5)).toBeLessThan(0.005);
  });

  it("Xavier: sigmoid spreads and a 159× smaller gradient; tanh 0.63 → 0.32 with gradients 0.88×", () => {
    said(
      `With sigmoids (図6-13) the spreads are ${spreads("sigmoid", "xavier")}:`,
      `シグモイド関数(図6-13)では、各層の標準偏差は ${spreads("sigmoid", "xavier")} です。`,
    );
    // 図6-12 is the diagram of Xavier's rule; 図6-13 the sigmoid's histograms; tanh is a note.
    expect(BOOK_FIGURES.map((f) => f.id)).not.toContain("6-12");
    expect(BOOK_FIGURES.find((f) => f.id === "6-13")).toMatchObject({ activation: "sigmoid", scale: "xavier" });
    expect(BOOK_FIGURES.find((f) => f.id === "tanh-note")).toMatchObject({ activation: "tanh", scale: "xavier" });
    said("(図6-12 draws the $n$ inputs of one unit)", "(図6-12 は、1つのユニットに入る $n$ 個の入力を描いています)");
    said(
      "the book's note in 6.2.2 says the histograms improve; it draws no figure for it",
      "本書も6.2.2項の注で、tanh関数ではヒストグラムが改善すると述べています(ただし図はありません)",
    );
    const sigmoidRatio = Math.round(gradRatio("sigmoid", "xavier"));
    said(
      `layer 1's gradient comes out ${sigmoidRatio} times smaller than layer 5's`,
      `1層目の勾配は5層目の ${sigmoidRatio} 分の1になります`,
    );
    said(
      `shrinking ${sigmoidRatio} times with Xavier`,
      `Xavier の初期値でもシグモイド関数の勾配は ${sigmoidRatio} 分の1に縮みます`,
    );
    const t = stats("tanh", "xavier");
    said(
      `(${formatNumber(t[0].std)} down to ${formatNumber(t[4].std)})`,
      `(${formatNumber(t[0].std)} から ${formatNumber(t[4].std)} まで)`,
    );
    said(
      `(layer 5's is ${formatNumber(gradRatio("tanh", "xavier"))} times layer 1's)`,
      `(5層目の勾配は1層目の ${formatNumber(gradRatio("tanh", "xavier"))} 倍)`,
    );
  });

  it("ReLU: Xavier shrinks (0.59 … 0.14), He keeps (0.83 … 0.79), 0.01 vanishes (… 1.4e−6)", () => {
    said(
      `With ReLU and Xavier the spreads are ${spreads("relu", "xavier")}.`,
      `ReLU関数と Xavier の初期値の組み合わせでは、各層の標準偏差は ${spreads("relu", "xavier")} です。`,
    );
    said(
      `the spreads stay at ${spreads("relu", "he")}.`,
      `各層の標準偏差は ${spreads("relu", "he")} のまま保たれます。`,
    );
    said(
      `the activations simply vanish: ${spreads("relu", "0.01")}.`,
      `アクティベーションはあっさり消えてしまいます。各層の標準偏差は ${spreads("relu", "0.01")} です。`,
    );
    const small = stats("relu", "0.01");
    const [layer1, layer2] = [small[0].std, small[1].std].map(formatNumber);
    said(
      `(in the widget: ${layer1} to ${layer2} from layer 1 to 2)`,
      `ウィジェットでも、1層目から2層目で ${layer1} から ${layer2} へ縮んでいます`,
    );
    expect(small[1].std / small[0].std).toBeCloseTo(0.01 * Math.sqrt(50), 1);
    said(
      `to $${tex(small[4].std).slice(1, -1)}$ by layer 5`,
      `5層目では $${tex(small[4].std).slice(1, -1)}$ になります`,
    );
    const he = stats("relu", "he").map((s) => s.std);
    const [heLeast, heMost] = [Math.min(...he), Math.max(...he)].map(formatNumber);
    said(
      `with He the spreads stay between ${heLeast} and ${heMost}`,
      `He の初期値では、標準偏差は ${heLeast} から ${heMost} の間に収まります`,
    );
  });

  it("He with a sigmoid: healthy spreads (0.26 → 0.17), gradient still 51× smaller", () => {
    const s = stats("sigmoid", "he");
    said(
      `(std ${formatNumber(s[0].std)} down to ${formatNumber(s[4].std)})`,
      `(標準偏差は ${formatNumber(s[0].std)} から ${formatNumber(s[4].std)} まで)`,
    );
    said(
      `gradient is still ${Math.round(gradRatio("sigmoid", "he"))} times smaller than layer 5's`,
      `1層目の勾配はまだ5層目の ${Math.round(gradRatio("sigmoid", "he"))} 分の1です`,
    );
  });

  it("ten ReLU layers with Xavier: layers 6 to 10 at 0.096, 0.070, 0.053, 0.039, 0.025 (the Predict)", () => {
    const s = stats("relu", "xavier", 10)
      .slice(5)
      .map((x) => formatNumber(x.std));
    said(
      `gives exactly that: ${s.join(", ")} for layers 6 to 10`,
      `6層目から10層目の値はまさにそのとおりで、${s.join(", ")} です`,
    );
    expect(s[4]).toBe("0.025");
  });

  it("the API cell prints the widget's numbers", async () => {
    const run = await nodeNotebook().run("init-histograms", cellHistograms);
    expect(run.result).toEqual({ ok: true });
    const tables = run.items.flatMap((i) => (i.kind === "table" ? [i.table] : []));
    const cases: [ScaleName, number][] = [
      ["1", 0],
      ["0.01", 1],
      ["xavier", 2],
    ];
    for (const [scale, k] of cases) {
      const s = stats("sigmoid", scale);
      tables[k].rows.forEach((row, l) => {
        expect(Number(row[1])).toBeCloseTo(s[l].mean, 5);
        expect(Number(row[2])).toBeCloseTo(s[l].std, 5);
        expect(Number(row[3])).toBeCloseTo(s[l].saturated, 5);
      });
    }
    expect(run.items.some((i) => i.kind === "plot")).toBe(true);
  });
});

describe("initialization: your turn", () => {
  it("as given it fails and shows the collapse from 0.0712 to 3.2e−12; the reference solution passes", async () => {
    const given = await nodeNotebook().run("init-your-turn", cellYourInit);
    expect(given.verdicts.map((v) => v.ok)).toEqual([false, false, false]);
    expect(given.texts[0]).toMatch(/^RMS of the activations, layer 1 … 10: 0\.0712, .*, 3\.17e-12$/);
    said(
      "falls from 0.0712 in layer 1 to $3.2 \\times 10^{-12}$ in layer 10",
      "1層目の 0.0712 から10層目の $3.2 \\times 10^{-12}$ まで縮みます",
    );
    // Each "return 0.01;" is the line just above its ▲ marker (and the marker's //ja: line).
    const marker = String.raw`(\s*\/\/ ▲ your code\n(?:\s*\/\/ja:[^\n]*\n)?\})`;
    const solved = cellYourInit
      .replace(new RegExp(`return 0\\.01;${marker}(\\s*function myHeStd)`), "return 1 / Math.sqrt(n);$1$2")
      .replace(new RegExp(`return 0\\.01;${marker}(\\s*\\/\\/ ── the check)`), "return Math.sqrt(2 / n);$1$2");
    expect(solved).not.toContain("return 0.01;");
    const run = await nodeNotebook().run("init-your-turn", solved);
    expect(run.verdicts.map((v) => v.ok)).toEqual([true, true, true]);
  });
});

describe("initialization: MNIST, std 0.01 vs Xavier vs He (lesson preset, seed 0)", () => {
  it("last 50 steps: std 0.01 stays at 2.30, Xavier 0.89, He 0.40", async () => {
    const spec = presetSpec("weight-init", "lesson", { seed: 0 });
    const result = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed)).runToEnd();
    const last50 = (label: string) => {
      const losses = result.runs.find((r) => r.label === label)!.losses.slice(-50);
      return losses.reduce((a, b) => a + b, 0) / losses.length;
    };
    const [small, xavier, he] = ["std=0.01", "Xavier", "He"].map(last50);
    said(
      `the std 0.01 network's loss is still ${small.toFixed(2)} (the loss of guessing, $\\ln 10$) over its last 50 steps, while Xavier's is ${xavier.toFixed(2)} and He's is ${he.toFixed(2)}.`,
      `最後の 50 ステップの損失を平均します。 標準偏差 0.01 のネットワークでは、損失はまだ ${small.toFixed(2)} です(でたらめに答えたときの損失 $\\ln 10$ と同じです)。 同じ区間で、Xavier の初期値では ${xavier.toFixed(2)}、He の初期値では ${he.toFixed(2)} です。`,
    );
    expect(small.toFixed(2)).toBe("2.30");
    expect(Math.abs(small - Math.log(10))).toBeLessThan(0.01);
    expect(he).toBeLessThan(xavier);
  }, 180_000);
});
