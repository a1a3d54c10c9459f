/**
 * グラフ描画(src/plot)とウィジェット部品(src/widgets)の日本語の文字列。
 * キーと `{name}` のプレースホルダーは `src/i18n/en/charts.ts` と同じです。
 */
import type { charts as en } from "../en/charts";
import type { Translation } from "../translation";

export const charts: Translation<typeof en> = {
  "chart.line.title": "折れ線グラフ",
  "chart.loss.title": "損失の推移",
  "chart.contour.title": "等高線と最適化の経路",
  "chart.histogram.title": "ヒストグラム",
  "chart.regions.title": "決定領域",
  "chart.function.title": "関数のグラフ",
  "chart.bars.title": "棒グラフ",
  "chart.axis.step": "ステップ",
  "chart.axis.epoch": "エポック",
  "chart.axis.loss": "損失",
  "chart.axis.count": "個数",
  "chart.axis.value": "値",
  "chart.series.summary": "{name}:{xLabel} {x0} で {first}、{xLabel} {x1} で {last}({xLabel} {xMin} で最小の {min})。",
  "chart.series.empty": "{name}:値がありません。",
  "chart.series.diverged": "{name} は {xLabel} {x} で発散しました(最後の有限の値は {last})。",
  "chart.series.divergedAtStart": "{name} には有限の値がありません。",
  "chart.series.smoothed": "太線は平滑化した値(係数 {factor})、細線は元の値です。",
  "chart.diverged": "発散",
  "chart.log.dropped": "0 以下の値 {count} 個は対数軸に表示できないため、除いています。",
  "chart.log.fallback": "正の値がないため、y 軸は対数目盛ではなく線形目盛で表示しています。",
  "chart.contour.summary": "{fn} の等高線(x ∈ [{x0}, {x1}]、y ∈ [{y0}, {y1}])。格子点で求めた最小値は {min} です。",
  "chart.path.summary": "{name}:({x0}, {y0}) から ({x1}, {y1}) まで {steps}で進み、f は {f0} から {f1} になりました。",
  "chart.path.diverged": "{name} は {steps}後に値が有限でなくなりました。",
  "chart.path.empty": "{name}:点がありません。",
  "chart.histogram.group": "{name}:{count} 個の値、平均 {mean}、標準偏差 {std}。",
  "chart.histogram.dropped": "有限でない値 {count} 個を除いています。",
  "chart.regions.summary": "{classes} クラス、{points} 点。範囲は x ∈ [{x0}, {x1}]、y ∈ [{y0}, {y1}] です。",
  "chart.regions.accuracy": "モデルは {points} 点のうち {correct} 点を正しく分類しています({percent})。",
  "chart.regions.boundary": "境界 {name}:{w1}·x₁ {w2}·x₂ {b} = 0。",
  "chart.regions.noBoundary": "境界 {name} は重みがすべて 0 なので、直線を描けません。",
  "chart.function.summary": "x ∈ [{x0}, {x1}] の範囲の {name}。値は {yMin} から {yMax} までです。",
  "chart.function.at": "x = {x} で {name} = {y}、傾きは {dy} です。",
  "chart.function.derivative": "{name}′",
  "chart.function.gaps": "値が定義されない標本点 {count} 個は、線を途切れさせて表しています。",
  "chart.bars.item": "{name}:{value}。",
  "chart.bars.missing": "{name}:{value}(棒なし)。",
  "chart.error.noDocument":
    "グラフ:描画先の document がありません。ブラウザーの外で描くときは { document }(たとえば linkedom のもの)を渡してください。",

  "count.steps.one": "{n} ステップ",
  "count.steps.other": "{n} ステップ",

  "widget.play": "再生",
  "widget.pause": "一時停止",
  "widget.step": "1 ステップ",
  "widget.reset": "リセット",
  "widget.speed": "速さ(1 秒あたりのステップ数)",
  "widget.timeline": "ステップ",
  "widget.url.notNumber": "{key}:「{raw}」は数値ではないため、{fallback} を使います。",
  "widget.url.notInteger": "{key}:「{raw}」は整数ではないため、{fallback} を使います。",
  "widget.url.outOfRange": "{key}:{raw} は [{min}, {max}] の範囲外なので、{fallback} を使います。",
  "widget.url.notOption": "{key}:「{raw}」は {options} のどれでもないため、{fallback} を使います。",
  "widget.url.notBoolean": "{key}:「{raw}」は 0 でも 1 でもないため、{fallback} を使います。",
  "widget.url.badString": "{key}:「{raw}」は使えないため、{fallback} を使います。",
  "widget.input.notNumber": "数値を入力してください。",
  "widget.input.outOfRange": "{min} から {max} までの数値を入力してください。",

  "widget.config.invalid": "このウィジェットの設定を読み取れませんでした:{message}",
};
