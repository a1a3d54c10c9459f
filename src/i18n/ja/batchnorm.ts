/**
 * Batch Normalization の章のウィジェット(components/widgets/batch-normalization/)の日本語の文字列。
 * キーと `{name}` のプレースホルダーは `src/i18n/en/batchnorm.ts` と同じです。
 */
import type { batchnorm as en } from "../en/batchnorm";
import type { Translation } from "../translation";

export const batchnorm: Translation<typeof en> = {
  // ── 正規化のパネル ──
  "bn.panel.title": "1つのバッチの Batch Normalization 前後",
  "bn.panel.tableScroll": "バッチと移動平均の統計量の表(横にスクロールできます)",
  "bn.control.batch": "バッチサイズ N",
  "bn.control.gamma": "γ(スケール)",
  "bn.control.beta": "β(シフト)",
  "bn.control.mode": "モード",
  "bn.control.form": "実装",
  "bn.control.seed": "バッチのシード",
  "bn.mode.training": "学習時:バッチの統計量",
  "bn.mode.eval": "推論時:移動平均の統計量",
  "bn.form.pytorch": "PyTorch 方式(momentum 0.1、ε 1e-5)",
  "bn.form.book": "本書の方式(momentum 0.9、ε 1e-6)",
  "bn.panel.setup":
    "N 個のランダムな入力(x ~ 𝒩(0, 1)、特徴量 20 個)からなるバッチについて、4つのユニットの活性化関数に入る前の値 a = x·W + b を示します(ユニットごとに平均もばらつきも異なります)。移動平均の統計量は、{size} 行のバッチで {warmup} 回学習したあとの状態を再現したものです。短い縦線は各ユニットの平均を表します。",
  "bn.chart.before": "正規化前:a",
  "bn.chart.after": "正規化後:y = γx̂ + β",
  "bn.chart.unit": "ユニット {unit}",
  "bn.chart.title": "各ユニットの、活性化関数に入る前の値(正規化の前と後)",
  "bn.chart.caption.training":
    "学習時モード、バッチサイズ {n}:各ユニットをそのバッチの平均と分散で正規化し、γ = {gamma} 倍して β = {beta} だけずらします。",
  "bn.chart.caption.eval":
    "推論時モード、バッチサイズ {n}:各ユニットを移動平均の平均と分散で正規化します。そのため、ある行の出力はバッチのほかの行に左右されません。",
  "bn.chart.unitStat":
    "ユニット {unit}:正規化前は平均 {meanBefore}、標準偏差 {stdBefore}。正規化後は平均 {meanAfter}、標準偏差 {stdAfter}。",
  "bn.table.caption": "ユニットごとの統計量",
  "bn.table.unit": "ユニット",
  "bn.table.batchMean": "バッチの μ",
  "bn.table.batchVar": "バッチの σ²",
  "bn.table.runningMean": "移動平均の μ",
  "bn.table.runningVar": "移動平均の σ²",
  "bn.table.outMean": "y の平均",
  "bn.table.outStd": "y の標準偏差",
  "bn.status.batchOne": "学習時モードでバッチサイズが 1 です:{message}",
  "bn.status.batchOneBook":
    "学習時モードでバッチサイズが 1 です。μ = x、σ² = 0 なので x̂ = 0 となり、入力が何であっても出力はすべて β になります。",
  "bn.status.ok": "バッチサイズ {n}({mode})。",
  // ── 重みの初期値のスケールを変えて比べる ──
  "bn.sweep.title": "重みの初期値のスケールごとの、Batch Normalization の有無による訓練データの認識精度",
  "bn.sweep.scale.label": "プリセット",
  "bn.sweep.scale.lesson": "授業用:{scales} 通りのスケール × {epochs} エポック({time})",
  "bn.sweep.scale.book": "図6-18/図6-19 の再現:16 通りのスケール × 20 エポック(本書の設定、{time})",
  "bn.sweep.progress.idle":
    "まだ始めていません。「開始」を押すと、スケールごとに Batch Normalization ありとなしのネットワークを、同じミニバッチを使って Web Worker の中で学習します。",
  "bn.sweep.progress.text":
    "スケール {total} 通りのうち {done} 通り完了 · このスケールのステップ {steps} 回中 {step} 回目({percent} %)",
  "bn.sweep.status.running": "スケール W = {scale} をバックグラウンドで学習しています…",
  "bn.sweep.status.paused": "一時停止中です。",
  "bn.sweep.status.finished": "{total} 通りのスケールを {time} で学習し終えました。",
  "bn.sweep.status.stopped": "{total} 通りのスケールのうち {done} 通りで停止しました。",
  "bn.sweep.status.error": "学習に失敗しました:{message}",
  "bn.sweep.panel": "W = {scale}",
  "bn.sweep.series.bn": "BN あり",
  "bn.sweep.series.plain": "BN なし",
  "bn.sweep.summary": "W = {scale}:エポック {epoch} の時点で、BN あり {bn}、BN なし {plain}。",
  "bn.sweep.summaryDiverged": "W = {scale}:BN あり {bn}。BN なしはステップ {step} で発散しました。",
  "bn.sweep.summary.none": "まだ結果がありません。",
  "bn.sweep.divergedMark": "BN なし:ステップ {step} で発散",
  "bn.sweep.caption":
    "手書き数字 1,000 枚で学習したときの、エポックごとの訓練データの認識精度。実線は Batch Normalization あり、破線はなし。",
};
