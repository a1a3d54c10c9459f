/**
 * Weight decay、Dropout、ハイパーパラメータの探索の各章のウィジェット
 * (components/widgets/<slug>/)の日本語の文字列。
 * キーと `{name}` のプレースホルダーは `src/i18n/en/regularization.ts` と同じです。
 */
import type { regularization as en } from "../en/regularization";
import type { Translation } from "../translation";

export const regularization: Translation<typeof en> = {
  // ── Weight decay:2次元の損失関数にペナルティを加える ──
  "wd.penalty.lambda": "Weight decay の係数 λ",
  "wd.penalty.title": "ペナルティを加えた損失関数 f(w) + λ/2·‖w‖²",
  "wd.penalty.fn": "f(w) + λ/2·‖w‖²",
  "wd.penalty.path": "λ を大きくしたときの最小点の軌跡",
  "wd.penalty.sgd": "weightDecay λ を指定した SGD",
  "wd.penalty.caption":
    "λ = {lambda} のときの、ペナルティを加えた損失関数の等高線です。+ はその最小点、曲線は λ を 0((6, 2) の位置)から大きくしていったときに最小点がたどる軌跡を表します。",
  "wd.penalty.status":
    "λ = {lambda}:最小点は ({x}, {y})、‖w*‖ = {norm}(ペナルティなしでは 6.32)、f(w*) = {loss} です。weightDecay = λ の SGD は ({sx}, {sy}) に到達します。",
  // ── Dropout:どのユニットを消去するか ──
  "dropout.net.p": "Dropout の割合 p",
  "dropout.net.form": "実装",
  "dropout.net.inverted": "学習時に拡大(PyTorch の inverted dropout)",
  "dropout.net.book": "推論時に縮小(本書の方式)",
  "dropout.net.mode": "モード",
  "dropout.net.train": "学習時",
  "dropout.net.eval": "推論時",
  "dropout.net.step": "次のステップ",
  "dropout.net.reset": "ステップ 1 に戻る",
  "dropout.net.title": "隠れ層ごとに Dropout を入れた 4-6-6-2 のネットワーク",
  "dropout.net.input": "入力層",
  "dropout.net.hidden": "隠れ層 {n}",
  "dropout.net.output": "出力層",
  "dropout.net.unitKept": "{layer} のユニット {unit}:残す、値 {value}",
  "dropout.net.unitDropped": "{layer} のユニット {unit}:消去",
  "dropout.net.unit": "{layer} のユニット {unit}:{value}",
  "dropout.net.summaryTrain":
    "ステップ {step}(シード {seed}):隠れ層 1 では {drop1}、隠れ層 2 では {drop2} を消去します。隠れ層のユニット 12 個のうち {kept} 個が残り、それぞれ {scale} 倍されます。",
  "dropout.net.summaryEval": "推論時:すべてのユニットを残し、それぞれ {scale} 倍します。",
  "dropout.net.none": "なし",
  "dropout.net.scale": "残ったユニット × {scale}",
  "dropout.net.outputs": "出力:{y1}、{y2}",
  // ── ハイパーパラメータの探索:選択によるバイアス ──
  "hp.bias.region": "選択によるバイアス:同じ実力のモデルの中から、テストデータで最良のものを選ぶ",
  "hp.bias.models": "比べるモデルの数",
  "hp.bias.testSize": "選ぶのに使うテストデータの枚数",
  "hp.bias.title": "各モデルのテストデータでの認識精度:最も高いモデルと、同じモデルの新しいデータでの認識精度",
  "hp.bias.axis": "テストデータでの認識精度",
  "hp.bias.count": "モデル数",
  "hp.bias.caption":
    "点の1つ1つが、{n} 枚のテストデータでの各モデルの認識精度です。破線は本当の認識精度 90 %、赤い線は最高の認識精度({best})、青緑の線は同じモデルの新しいデータでの認識精度({fresh})を表します。",
  "hp.bias.status":
    "どのモデルも本当の認識精度は 90 % です。{n} 枚のテストデータで {models} 個のモデルを比べると、最も高いモデルの認識精度は {best} ですが、同じモデルを新しい 10,000 枚で測ると {fresh} になります(テスト − 新しいデータ:{gap} ポイント)。",
  // ── ハイパーパラメータの探索:ランダムサーチ ──
  "hp.search.scatterTitle": "試行ごとの学習率と Weight decay(色は検証データでの認識精度)",
  "hp.search.lr": "学習率の log₁₀",
  "hp.search.wd": "Weight decay λ の log₁₀",
  "hp.search.val": "検証データでの認識精度",
  "hp.search.scatterCaption": "{total} 回の試行のうち {done} 回が終わりました。最良:{best}。",
  "hp.search.scatterEmpty": "まだ終わった試行はありません。",
  "hp.search.multiplesTitle": "上位 {k} 件の試行:エポックごとの検証データ(実線)と訓練データ(破線)での認識精度",
  "hp.search.multiplesCaption": "図6-24 と同じく、1位から {k} 位までを並べています:{list}。",
  "hp.search.best": "{rank} 位",
  "hp.search.trialLine": "{rank} 位({label})検証 {val}",
};
