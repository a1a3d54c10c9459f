/**
 * 順伝播の章(形状の実験室)と、学習率のスケジュールの章(スケジュールの探索)の日本語の文字列。
 * キーは `src/i18n/en/forward.ts` と同じです。
 */
import type { forward as forwardEn, schedules as schedulesEn } from "../en/forward";
import type { Translation } from "../translation";

export const forward: Translation<typeof forwardEn> = {
  "shapes.region": "形状の実験室:順伝播の行列の積",
  "shapes.batch": "バッチサイズ N(X の行数)",
  "shapes.inputs": "1件あたりの入力の数(X の列数)",
  "shapes.layer": "W⁽{layer}⁾",
  "shapes.rows": "行(入力)",
  "shapes.cols": "列(出力)",
  "shapes.presets": "プリセット",
  "shapes.preset.book": "本書のネットワーク、100枚のバッチ",
  "shapes.preset.one": "画像1枚(N = 1)",
  "shapes.preset.swapped": "W⁽¹⁾ を転置",
  "shapes.product": "{layer}層目:{product} → {result}",
  "shapes.mismatch": "{layer}層目:{product} は形状がそろいません。コアのメッセージ:",
  "shapes.summaryOk":
    "すべての積の形状がそろいます。{batch} 件を入力すると出力の形状は {result} になり、入力1件につき1行が対応します。",
  "shapes.summaryBad": "{layer}層目の積が失敗します。左の行列の列数と右の行列の行数は、一致していなければなりません。",
};

export const schedules: Translation<typeof schedulesEn> = {
  "sched.region": "学習率スケジュールの探索:本書のお椀型の関数で SGD を動かす",
  "sched.kind": "スケジュール",
  "sched.kind.constant": "一定",
  "sched.kind.step": "StepLR(5回半減)",
  "sched.kind.cosine": "コサイン",
  "sched.kind.warmup": "線形ウォームアップ",
  "sched.lr": "学習率の初期値 η₀",
  "sched.steps": "ステップ数",
  "sched.limit": "上限 2/λ_y = 1",
  "sched.chart.loss": "各ステップの f = x²/20 + y²(対数軸)",
  "sched.chart.lr": "各ステップの学習率 η_t と上限 1",
  "sched.status.below": "ステップ {step} で f が 0.001 を下回ります。最後は f = {f} です。",
  "sched.status.notYet": "{steps} ステップ後も f = {f} で、まだ 0.001 を下回っていません。",
  "sched.status.growing":
    "f が {f0} から {f} に増えました。η_t が長いあいだ上限 1 を上回っていたため、y 方向の振動が大きくなっています。",

  "sched.status.diverged":
    "ステップ {step} で発散しました。η_t が上限 1 を上回ったままだったため、f が開始時の 10⁴ 倍を超えました。",
};
