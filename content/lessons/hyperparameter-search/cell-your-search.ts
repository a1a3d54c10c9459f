// Your turn: the two pieces of a random search.
// 1. logUniform(rng, lo, hi): a value 10^u with u uniform in [lo, hi] (the book's
//    10 ** np.random.uniform(-6, -2)), so every decade gets the same share of trials.
// 2. bestK(trials, k): the k trials with the highest validation accuracy, best first.
//ja: やってみよう:ランダムサーチの2つの部品です。
//ja: 1. logUniform(rng, lo, hi):u を [lo, hi] で一様に選び、10^u を返します(本書の
//ja:    10 ** np.random.uniform(-6, -2))。こうすると、どの桁にも同じ割合の試行が割り当てられます。
//ja: 2. bestK(trials, k):検証データでの認識精度が高い順に、k 件の試行を返します。
import { createRng, type Rng } from "kobai";

function logUniform(rng: Rng, lo: number, hi: number): number {
  // ▼ your code: sampler
  //ja: ▼ ここに書く:サンプリング
  return 10 ** lo + rng.uniform() * (10 ** hi - 10 ** lo);
  // ▲ your code
  //ja: ▲ ここまで
}

interface Trial {
  lr: number;
  valAcc: number;
}
function bestK(trials: Trial[], k: number): Trial[] {
  // ▼ your code: selection
  //ja: ▼ ここに書く:選び出し
  return trials.slice(0, k);
  // ▲ your code
  //ja: ▲ ここまで
}

// ── the check (no need to edit below) ──────────────────────────────────────────────
//ja: ── チェック(ここから下は編集しなくてかまいません)──────────
const rng = createRng(0);
const samples = Array.from({ length: 4000 }, () => logUniform(rng, -6, -2));
check(
  "every sample lies in [1e-6, 1e-2]",
  //ja: "どのサンプルも [1e-6, 1e-2] に入る",
  samples.every((v) => v >= 1e-6 && v <= 1e-2),
);
const decades = [-6, -5, -4, -3].map(
  (d) => samples.filter((v) => v >= 10 ** d && (v < 10 ** (d + 1) || (d === -3 && v <= 1e-2))).length / samples.length,
);
console.log(
  `share of samples in [1e-6, 1e-5), [1e-5, 1e-4), [1e-4, 1e-3), [1e-3, 1e-2]: ${decades.map((d) => d.toFixed(3)).join(", ")}`,
  //ja: `[1e-6, 1e-5)、[1e-5, 1e-4)、[1e-4, 1e-3)、[1e-3, 1e-2] に入ったサンプルの割合:${decades.map((d) => d.toFixed(3)).join("、")}`,
);
check(
  "each of the four decades gets about a quarter of the samples",
  //ja: "4つの桁のどれにも、サンプルの約4分の1が入る",
  decades,
  [0.25, 0.25, 0.25, 0.25],
  { rtol: 0, atol: 0.03 },
);

const trials: Trial[] = Array.from({ length: 30 }, (_, i) => ({
  lr: 10 ** (-6 + (4 * i) / 29),
  valAcc: Math.round(1000 * rng.uniform()) / 1000,
}));
const picked = bestK(trials, 5);
check("bestK returns k trials", picked.length, 5);
//ja: check("bestK は k 件の試行を返す", picked.length, 5);
check(
  "best first: validation accuracy never rises down the list",
  //ja: "検証データでの認識精度の高い順に並んでいる",
  picked.every((t, i) => i === 0 || picked[i - 1].valAcc >= t.valAcc),
);
const cut = Math.min(...picked.map((t) => t.valAcc));
check(
  "no trial left out beats one picked",
  //ja: "選ばれなかった試行が、選ばれた試行を上回ることはない",
  trials.filter((t) => !picked.includes(t)).every((t) => t.valAcc <= cut),
);
