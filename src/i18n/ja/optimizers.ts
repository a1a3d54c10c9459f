/**
 * 最適化手法の探索ウィジェット(components/widgets/optimizers/。sgd から
 * optimizer-comparison までの章で共通)の日本語の文字列。キーと `{name}` の
 * プレースホルダーは `src/i18n/en/optimizers.ts` と同じです。
 */
import { optimizerSymbols, type optimizers as en } from "../en/optimizers";
import type { Translation } from "../translation";

export const optimizers: Translation<typeof en> = {
  "opt.region": "最適化手法の探索:{name}",
  // ── 操作 ──────────────────────────────────────────────────────────────────────────
  "opt.optimizer": "最適化手法",
  "opt.landscape": "関数",
  "opt.form": "更新式の形",
  "opt.form.pytorch": "PyTorch の形",
  "opt.form.book": "本書の形",
  "opt.steps": "ステップ数",
  "opt.start.x": "開始点の x",
  "opt.start.y": "開始点の y",
  "opt.start.hint": "グラフをクリックすると、その点から始めます。開始点の座標を入力することもできます。",
  "opt.compareSgd": "SGD と比べる(η は同じ)",
  "opt.otherForm": "もう一方の形の経路も表示",
  "opt.presets": "プリセット",
  "opt.preset.book": "本書の設定({figure})",
  "opt.preset.ours": "本書にならった設定(本書にはない、kobai 独自の設定)",
  "opt.formula": "このステップの更新と、その数値",
  "opt.formula.start": "ステップ 0 は開始点です。各ステップでは次の更新式を適用します:",
  "opt.formula.step": "ステップ {k} / {steps}:",
  "opt.legend.velocity": "矢印:速度 v(Momentum が次のステップに持ち越す移動量)。",
  "opt.legend.lookAhead":
    "四角:古典的な Nesterov の重み θ。丸印は勾配を測る先読みの点 θ + μu です(PyTorch が保持する重み)。",
  "opt.lookAhead.theta": "θ",
  "opt.lookAhead.point": "θ + μu",
  "opt.lookAhead.caption":
    "ステップ {k} では、先読みの点 θ + μu = {point} で勾配を測ります。古典的な重み θ は {theta} にあります。",
  "opt.legend.ellipse": "破線の楕円:軸ごとの歩幅 η/(√h + ε)。×{scale} で描いています。",
  "opt.legend.adam": "破線の楕円:軸ごとの歩幅 η/(√v̂ + ε)。×{scale} で描いています。破線の矢印:向き −m̂。",
  // ── ハイパーパラメータ ────────────────────────────────────────────────────────────
  "opt.hyper.lr": "学習率 η",
  "opt.hyper.momentum": "Momentum の係数 μ",
  "opt.hyper.momentum.book": "Momentum の係数 α",
  "opt.hyper.alpha": "減衰率 α",
  "opt.hyper.alpha.book": "減衰率 ρ",
  "opt.hyper.beta1": "β₁(∇ の平均)",
  "opt.hyper.beta2": "β₂(∇² の平均)",
  "opt.hyper.eps": "ε(対数目盛)",
  "opt.hyper.weightDecay": "Weight decay の強さ λ",
  ...optimizerSymbols, // 記号と値(η = 0.1 など):数式なので英語版と同じ
  // ── 名前 ──────────────────────────────────────────────────────────────────────────
  "opt.name.pytorch": "{name}(PyTorch の形)",
  "opt.name.book": "{name}(本書の形)",
  "opt.ghost.sgd": "SGD(η は同じ)",
  "opt.landscape.book": "本書のお椀型の関数 x²/20 + y²",
  "opt.landscape.rosenbrock": "Rosenbrock 関数の谷",
  "opt.landscape.saddle": "鞍点をもつ関数 x² − y²",
  "opt.landscape.tilted": "傾けたお椀型の関数",
  "opt.landscape.wells": "2つのくぼみ",
  "opt.fn.book": "f(x, y) = x²/20 + y²",
  "opt.fn.rosenbrock": "Rosenbrock 関数 f(x, y) = (1 − x)² + 100(y − x²)²",
  "opt.fn.saddle": "f(x, y) = x² − y²",
  "opt.fn.tilted": "本書のお椀型の関数を 30° 回転したもの",
  "opt.fn.wells": "浅いお椀の上にある2つのくぼみ",
  "opt.target.global": "最小値",
  "opt.target.local": "極小値",
  // ── 各章のグラフ(content/lessons/<slug>/*.ts) ──────────────────────────────────────
  "opt.lesson.sgd.flatter": "x²/20 + y²/4 で η = {lr}",
  "opt.lesson.sgd.book": "本書の x²/20 + y² で η = {lr}",
  "opt.lesson.adagrad.mistake": "間違い:h ← h + η",
  "opt.lesson.adagrad.nearLimit": "SGD η = {lr}(2/λmax のすぐ下)",
  // ── 状態(操作部の横に表示) ──────────────────────────────────────────────────────
  "opt.status.diverged": "ステップ {step} で発散しました。",
  "opt.status.converged": "{target}に収束しました:ステップ {step} 以降、f − f* < 0.001 です。",
  "opt.status.oscillating": "{axis} 方向に振動しています:{steps}後も f = {f} です。",
  "opt.status.stalled": "停滞しています:最後のステップでは {length} しか動いていません。{steps}後の f = {f} です。",
  "opt.status.moving": "まだ動いています:{steps}後の f = {f} です。",
  "opt.status.rising":
    "最小値から遠ざかっています:{steps}で f が {f0} から {f} に増えました。ステップ数を増やすと発散します。",
  "opt.status.offView":
    "この経路はグラフの範囲(x は {x0} から {x1}、y は {y0} から {y1})に一点も入らないため、何も描かれていません。経路を見るには、開始点を範囲の内側に移してください。",
  "opt.status.error": "実行できませんでした:{message}",
  // ── キャプション(グラフの代替テキスト) ──────────────────────────────────────────
  "opt.caption.run": "{landscape} での {name}({hypers}):{steps}で {start} から {end} まで進み、最後の f = {f} です。",
  "opt.caption.at": "ステップ {k} を表示中:{point}、f = {f}。",
  "opt.caption.ghostSgd": "η が同じ {name} は、{steps}後に {end}(f = {f})に達します。",
  "opt.caption.ghostForm": "{name} は、{steps}後に {end}(f = {f})に達します。",
};
