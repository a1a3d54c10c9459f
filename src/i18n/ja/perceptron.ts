/**
 * パーセプトロンの章のウィジェット(components/widgets/perceptron/)の日本語の文字列。
 * キーと `{name}` のプレースホルダーは `src/i18n/en/perceptron.ts` と同じです。
 */
import type { perceptron as en } from "../en/perceptron";
import type { Translation } from "../translation";

export const perceptron: Translation<typeof en> = {
  "pc.region": "パーセプトロンの実験室",
  "pc.gate": "論理回路",
  "pc.gate.and": "ANDゲート",
  "pc.gate.or": "ORゲート",
  "pc.gate.nand": "NANDゲート",
  "pc.gate.xor": "XORゲート",
  "pc.w1": "重み w₁",
  "pc.w2": "重み w₂",
  "pc.b": "バイアス b",
  "pc.presets": "本書の重み",
  "pc.preset": "{gate}({w1}, {w2}, {b})",
  "pc.zero": "すべて 0 にする",
  "pc.drag.hint":
    "直線をドラッグすると平行に動き、丸いハンドルをドラッグすると回転します。スライダーを使えば、同じ操作をキーボードでもできます。",
  "pc.chart.title": "{gate}に対するパーセプトロンの境界線",
  "pc.chart.lead": "塗り分けは平面上の各点でのパーセプトロンの出力を、各入力の印はその正解を表します。",
  "pc.class.0": "0(丸)",
  "pc.class.1": "1(四角)",
  // ── 真理値表 ──────────────────────────────────────────────────────────────────────
  "pc.table.caption": "このパーセプトロンが各入力に対して出力する値",
  "pc.table.sum": "a = b + w₁x₁ + w₂x₂",
  "pc.table.output": "y = h(a)",
  "pc.table.target": "正解 t",
  "pc.table.check": "正誤",
  "pc.table.right": "✓",
  "pc.table.wrong": "✗",
  "pc.table.rightLabel": "正しい",
  "pc.table.wrongLabel": "誤り",
  "pc.verdict.all": "4行すべてが正しく、このパーセプトロンは{gate}になっています。",
  "pc.verdict.some": "{gate}としては、4行のうち {wrong} 行が誤りです。",
  // ── 学習 ──────────────────────────────────────────────────────────────────────────
  "pc.learn.title": "重みを学習する:パーセプトロンの学習則",
  "pc.learn.lr": "学習率 η",
  "pc.learn.idle":
    "「1 ステップ」で次の入力に学習則を1回適用し、「再生」で学習則が止まるまで続けます。上で設定した重みから始めます。",
  "pc.learn.update":
    "エポック {epoch}、入力 ({x1}, {x2}):a = {sum} なので y = {y}。正解は t = {t} で、誤差は t − y = {error} です。",
  "pc.learn.change":
    "Δw₁ = η(t − y)x₁ = {dw1}、Δw₂ = η(t − y)x₂ = {dw2}、Δb = η(t − y) = {db}。これで w = ({w1}, {w2})、b = {b} になりました。",
  "pc.learn.noChange": "正しいので、何も変わりません。",
  "pc.learn.errors": "エポックごとの誤りの数:{list}",
  "pc.learn.converged": "{gate}を学習しました:エポック {epoch} で誤りがなくなったので、学習則はここで止まります。",
  "pc.learn.cyclingXor":
    "XOR は線形分離可能ではありません。2つの 1 を同じ側に置く直線がないからです。エポック {epoch} の後、重みはエポック {start} の後と同じ値に戻ったので、同じ誤りがいつまでも繰り返されます。学習則が落ち着くことはありません。",
  "pc.learn.cycling":
    "エポック {epoch} の後、重みはエポック {start} の後と同じ値に戻りました。学習則は同じところを回り続け、落ち着くことはありません。",
  "pc.learn.gaveUp": "{epochs} エポックのあいだ、誤りのないエポックが一度もなかったため、ここで止めました。",
  // ── 2層 ───────────────────────────────────────────────────────────────────────────
  "pc.xor.inputTitle": "入力平面での XOR:NAND と OR の直線",
  "pc.xor.inputLead":
    "塗り分けは2層のネットワークの出力です。2本の直線のあいだ、つまり s₁ と s₂ がどちらも 1 になる領域で 1 になります。",
  "pc.xor.hiddenTitle": "同じ4つの入力を第1層で (s₁, s₂) に移した点と、ANDゲートの直線",
  "pc.xor.hiddenLead":
    "第1層は (1, 0) と (0, 1) を同じ点 (1, 1) に移します。そこでは1本の直線で 1 と 0 を分けられます。",
  "pc.xor.table": "2層のネットワークを1行ずつ(2.5.2)",
};
