/**
 * 重みの初期値の章のウィジェット(components/widgets/initialization/)の日本語の文字列。
 * キーと `{name}` のプレースホルダーは `src/i18n/en/initialization.ts` と同じです。
 */
import type { initialization as en } from "../en/initialization";
import type { Translation } from "../translation";

export const initialization: Translation<typeof en> = {
  "init.widget.title": "5層ネットワークのアクティベーションと勾配のヒストグラム",
  "init.control.activation": "活性化関数 φ",
  "init.control.scale": "重みの初期値の標準偏差 σ",
  "init.control.customStd": "任意の σ",
  "init.control.range": "ヒストグラムの範囲",
  "init.control.seed": "シード",
  "init.activation.sigmoid": "シグモイド関数",
  "init.activation.tanh": "tanh関数",
  "init.activation.relu": "ReLU関数",
  "init.scale.1": "σ = 1",
  "init.scale.0.01": "σ = 0.01",
  "init.scale.xavier": "Xavierの初期値 1/√n",
  "init.scale.he": "Heの初期値 √(2/n)",
  "init.scale.custom": "任意(スライダー)",
  "init.range.natural": "範囲に合わせる",
  "init.range.book": "本書と同じ (0, 1)、y ≤ 7000",
  "init.figures.label": "本書の図を読み込む",
  "init.figure.6-10": "図6-10 シグモイド関数、σ = 1",
  "init.figure.6-11": "図6-11 シグモイド関数、σ = 0.01",
  "init.figure.6-13": "図6-13 シグモイド関数、Xavierの初期値",
  "init.figure.tanh-note": "6.2.2 節の注:tanh関数、Xavierの初期値",
  "init.figure.6-14a": "図6-14 ReLU関数、σ = 0.01",
  "init.figure.6-14b": "図6-14 ReLU関数、Xavierの初期値",
  "init.figure.6-14c": "図6-14 ReLU関数、Heの初期値",
  "init.setup":
    "特徴量 100 個の入力 x ~ 𝒩(0, 1) を 1,000 件、5つの層 a = h·W、h = φ(a) に通します。W は 100 × 100 で、標準偏差 σ で生成します(本書のスクリプトと同じくバイアスはありません)。そのあと、ランダムな r を使った L = (1/N) Σ r ⊙ h₅ で逆伝播を1回行います。すべてこのページの中でコアが計算しています。",
  "init.status.computed": "σ = {std}:{ms} ms で計算しました。",
  "init.table.caption": "層ごとのアクティベーションと重みの勾配",
  "init.table.layer": "層",
  "init.table.mean": "h の平均",
  "init.table.std": "h の標準偏差",
  "init.table.saturated.sigmoid": "飽和(h < 0.01 または h > 0.99)",
  "init.table.saturated.tanh": "飽和(|h| > 0.99)",
  "init.table.saturated.relu": "ちょうど 0",
  "init.table.dead": "死んだユニット",
  "init.table.grad": "∂L/∂W の RMS",
  "init.chart.layer": "{layer}層目",
  "init.chart.layerZero": "{layer}層目 · 0 が {zero}",
  "init.chart.activations.title": "各層のアクティベーション",
  "init.chart.activations.lead": "5つの層のアクティベーション。重みは σ = {std} で生成しています。",
  "init.chart.activations.leadBook":
    "5つの層のアクティベーション。重みは σ = {std} で生成し、本書のスクリプトと同じ区切り方で集計しています((0, 1) を 30 区間に分け、度数は 7000 で打ち切り)。",
  "init.chart.activations.x.sigmoid": "シグモイド関数の出力 h",
  "init.chart.activations.x.tanh": "tanh関数の出力 h",
  "init.chart.activations.x.relu": "ReLU関数の出力 h(0 は除く)",
  "init.chart.stat.sigmoid": "{layer}層目:平均 {mean}、標準偏差 {std}、飽和 {saturated}。",
  "init.chart.stat.tanh": "{layer}層目:平均 {mean}、標準偏差 {std}、飽和 {saturated}。",
  "init.chart.stat.relu":
    "{layer}層目:平均 {mean}、標準偏差 {std}、ちょうど 0 が {saturated}、死んだユニットが {dead} 個。",
  "init.chart.gradients.title": "各層の重みの勾配 ∂L/∂W",
  "init.chart.gradients.lead": "逆伝播を1回行ったあとの各層の重みの勾配。1層目の RMS は5層目の {ratio} 倍です。",
  "init.chart.gradients.stat": "{layer}層目:RMS {rms}。",
  "init.chart.gradients.x": "∂L/∂W",
};
