/**
 * 長い学習の実行(TrainingRun ウィジェット:components/TrainingRun.astro、
 * components/training/*、src/run)の日本語の文字列。キーと `{name}` のプレースホルダーは
 * `src/i18n/en/run.ts` と同じです。
 */
import type { run as en } from "../en/run";
import type { Translation } from "../translation";

export const run: Translation<typeof en> = {
  // ── ウィジェット ──────────────────────────────────────────────────────────────────
  "run.region": "学習:{title}",
  "run.scale.label": "プリセット",
  "run.scale.lesson": "章で試す規模({time})",
  "run.scale.book": "{figure} を再現(本書の設定、{time})",
  "run.start": "開始",
  "run.pause": "一時停止",
  "run.resume": "再開",
  "run.stop": "停止",
  "run.progress.label": "学習の進み具合",
  "run.progress.idle":
    "まだ始めていません。「開始」を押すとバックグラウンドで学習します。そのあいだもページは操作できます。",
  "run.progress.steps": "ステップ {step} / {total}({percent} %)",
  "run.progress.download": "手書き数字をダウンロードしています:{total} MB 中 {loaded} MB",
  "run.progress.trials": "試行 {done} / {total} が終了({percent} %)",
  "run.progress.left": "残り約 {time}",
  "run.progress.estimating": "残り時間を見積もっています…",
  "run.noscript": "この学習ウィジェットを動かすには JavaScript が必要です。",
  "run.identity": "シード {seed} · フィンガープリント {fingerprint}",
  "run.identity.hint":
    "シードと設定が同じなら、どのブラウザーでも同じフィンガープリントになります。輪読会の仲間と見比べてみてください。",
  "run.identity.pending": "シード {seed} · フィンガープリントは学習の終了時に表示します",
  "run.summary.title": "主な数値",
  "run.summary.none": "まだ結果がありません。",
  "run.summary.loss":
    "{name}:損失はステップ 1 で {first}、ステップ {step} で {last} です(最後の {window} ステップの平均は {mean})。",
  "run.summary.accuracy":
    "{name}:エポック {epoch} の終了時点で、認識精度は訓練データで {train}、{evalKind}データで {test} です。",
  "run.summary.trainOnly": "{name}:エポック {epoch} の終了時点で、訓練データの認識精度は {train} です。",
  "run.summary.diverged": "{name} はステップ {step} で発散しました。",
  "run.summary.trial": "{rank}. {label}:検証データの認識精度 {val}、訓練データの認識精度 {train}。",
  "run.evalKind.test": "テスト",
  "run.evalKind.validation": "検証",
  // ── 状態の表示 ────────────────────────────────────────────────────────────────────
  "run.status.loading": "MNIST の手書き数字を読み込んでいます…",
  "run.status.running": "バックグラウンドで学習しています…",
  "run.status.paused": "ステップ {step} で一時停止しています。",
  "run.status.finished": "{time} で {steps} の学習を終えました。",
  "run.status.searchFinished": "{time} で {trials} 回の試行を終えました。",
  "run.status.stopped": "ステップ {step} / {total} で停止しました。",
  "run.status.diverged":
    "{name} はステップ {step} で発散しました。損失が NaN か無限大になったか、急激に大きくなっています。学習率を小さくしてみてください。",
  "run.status.allDiverged": "すべての学習が発散しました(最初はステップ {step})。学習率を小さくしてみてください。",
  "run.status.error": "学習に失敗しました:{message}",
  // ── 操作 ──────────────────────────────────────────────────────────────────────────
  "run.control.seed": "シード",
  "run.control.lr": "学習率 η",
  "run.control.optimizer": "最適化手法",
  "run.control.weightDecay": "Weight decay の強さ λ",
  "run.control.dropout": "Dropout の割合",
  "run.control.weightScale": "重みの初期値の標準偏差",
  "run.control.trials": "試行回数",
  "run.control.locked": "学習中は設定を変更できません。変更するには学習を停止してください。",
  // ── グラフ ────────────────────────────────────────────────────────────────────────
  "run.chart.loss": "ステップごとの訓練データの損失",
  "run.chart.accuracy": "エポックごとの認識精度",
  "run.chart.search": "上位の試行の検証データでの認識精度",
  "run.chart.epoch": "エポック",
  "run.chart.accuracyAxis": "認識精度",
  "run.chart.weightNorm": "エポックごとの重みの大きさ ‖W‖",
  "run.chart.weightNormAxis": "‖W‖",
  "run.series.train": "{name}(訓練)",
  "run.series.test": "{name}({evalKind})",
  // ── 実行のラベル(プリセットの id → 表示名) ──────────────────────────────────────────
  "run.label.bn": "Batch Normalization あり",
  "run.label.no-bn": "Batch Normalization なし",
  "run.label.no-decay": "λ = 0",
  "run.label.decay": "λ = {lambda}",
  "run.label.no-dropout": "Dropout なし",
  "run.label.dropout": "Dropout あり({p})",
  "run.label.run": "学習",
  "run.label.relu": "ReLU(5章)",
  "run.label.sigmoid": "シグモイド(4章)",
};
