/**
 * rmsprop、adam、optimizer-comparison の章(6つの最適化手法を並べるグリッド
 * components/widgets/optimizer-comparison/ と、Adam のバイアス補正の切り替え
 * components/widgets/adam/)の日本語の文字列。キーは `src/i18n/en/comparison.ts` と同じです。
 */
import type { comparison as en } from "../en/comparison";
import type { Translation } from "../translation";

export const comparison: Translation<typeof en> = {
  "cmp.region": "6つの最適化手法を同じ関数で比べる",
  "cmp.landscape": "6つに共通の関数",
  "cmp.steps": "ステップ数",
  "cmp.panel": "{name}、η = {lr}",
  "cmp.summary": "{landscape} で、それぞれ {steps} ステップ動かします。{results}",
  "cmp.summary.one": "{name}:{status}",
  "cmp.outcome.converged": "{step}",
  "cmp.outcome.local": "{step}(極小値)",
  "cmp.outcome.escaped": "{step} で離脱",
  "cmp.outcome.diverged": "{step} で発散",
  "cmp.outcome.stalled": "停滞(f = {f})",
  "cmp.outcome.oscillating": "振動(f = {f})",
  "cmp.outcome.moving": "未収束(f = {f})",
  "adam.bc.legend": "Adam が 1 − βᵗ で割る平均",
  "adam.bc.both": "両方(Adam)",
  "adam.bc.none": "どちらも割らない",
  "adam.bc.m": "m だけ",
  "adam.bc.v": "v だけ",
  "adam.bc.name.both": "Adam(m と v を補正)",
  "adam.bc.name.none": "補正なし",
  "adam.bc.name.m": "m だけ補正",
  "adam.bc.name.v": "v だけ補正",
  "adam.bc.caption":
    "{name}、η = {lr}、(−7, 2) から開始:1 ステップ目で {p1} に移り、{steps} ステップ後には {end} に達して f = {f} です。両方を補正した Adam(2本目の経路)は {adamEnd} で終わります。",
};
