// Spot the mistake: Adam's rule as it is sometimes miswritten, beside kobai's Adam on the
// book's bowl (η = 0.3, β₁ = 0.9, β₂ = 0.999, ε = 1e-8). Edit `mistake` and run again.
//ja: 間違い探し:ときどき見かける書き間違えた Adam の規則を、kobai の Adam と並べます。本書のお椀型の関数で、
//ja: η = 0.3、β₁ = 0.9、β₂ = 0.999、ε = 1e-8 です。`mistake` を書き換えて実行し直してみてください。
import { bookBowl, runOptimizer, Adam, type Point } from "kobai";

type Mistake = "m times the gradient" | "m̂ and v̂ swapped" | "none";
//ja: type Mistake = "m に勾配を掛けた" | "m̂ と v̂ を入れ替えた" | "none";
const mistake: Mistake = "m times the gradient";
//ja: const mistake: Mistake = "m に勾配を掛けた";

function adamAsWritten(which: Mistake, steps: number): Point[] {
  let mAvg: Point = [0, 0];
  let vAvg: Point = [0, 0];
  const path: Point[] = [bookBowl.start];
  for (let k = 1; k <= steps; k++) {
    const w = path[k - 1];
    const g = bookBowl.gradient(w[0], w[1]);
    // right: m ← β₁m + (1 − β₁)∇; the mistake multiplies the new term by m as well.
    //ja: 正しくは m ← β₁m + (1 − β₁)∇ です。間違いでは、新しい項にさらに m を掛けています。
    mAvg = [0, 1].map((i) => 0.9 * mAvg[i] + 0.1 * (which === "m times the gradient" ? mAvg[i] * g[i] : g[i])) as Point;
    //ja: mAvg = [0, 1].map((i) => 0.9 * mAvg[i] + 0.1 * (which === "m に勾配を掛けた" ? mAvg[i] * g[i] : g[i])) as Point;
    vAvg = [0, 1].map((i) => 0.999 * vAvg[i] + 0.001 * g[i] * g[i]) as Point;
    const mHat = mAvg.map((x) => x / (1 - 0.9 ** k));
    const vHat = vAvg.map((x) => x / (1 - 0.999 ** k));
    // right: W ← W − η m̂/(√v̂ + ε); swapped: W ← W − η v̂/(√m̂ + ε).
    //ja: 正しくは W ← W − η m̂/(√v̂ + ε) です。入れ替えると W ← W − η v̂/(√m̂ + ε) になります。
    const swapped = which === "m̂ and v̂ swapped";
    //ja: const swapped = which === "m̂ と v̂ を入れ替えた";
    path.push(
      [0, 1].map((i) =>
        swapped
          ? w[i] - (0.3 * vHat[i]) / (Math.sqrt(mHat[i]) + 1e-8)
          : w[i] - (0.3 * mHat[i]) / (Math.sqrt(vHat[i]) + 1e-8),
      ) as Point,
    );
  }
  return path;
}

const asWritten = adamAsWritten(mistake, 30);
const kobaiAdam = runOptimizer(bookBowl, Adam, { lr: 0.3, beta1: 0.9, beta2: 0.999, eps: 1e-8 }, { steps: 30 });
show(asWritten.slice(0, 4), `${mistake}: the first three steps`);
//ja: show(asWritten.slice(0, 4), `${mistake}:最初の3ステップ`);
show(asWritten[30], `${mistake}: after 30 steps`);
//ja: show(asWritten[30], `${mistake}:30 ステップ後`);
show(kobaiAdam.points[30], "kobai's Adam after 30 steps");
//ja: show(kobaiAdam.points[30], "kobai の Adam、30 ステップ後");
const noMistake = adamAsWritten("none", 30);
show(
  Math.max(
    ...noMistake.flatMap((p, k) => [Math.abs(p[0] - kobaiAdam.points[k][0]), Math.abs(p[1] - kobaiAdam.points[k][1])]),
  ),
  "with no mistake, largest gap to kobai's Adam",
  //ja: "間違いがないときの、kobai の Adam との最大の差",
);
