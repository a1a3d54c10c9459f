/**
 * 誤差逆伝播法の章のウィジェット(components/widgets/backpropagation/)の日本語の文字列:
 * 買い物の計算グラフ(「bp.graph.*」「bp.value.*」「bp.chain.*」「bp.node.*」)と、
 * 2層ネットワークのステップ実行(「bp.net.*」)。キーと `{name}` のプレースホルダーは
 * `src/i18n/en/backprop.ts` と同じです。
 */
import type { backprop as en } from "../en/backprop";
import type { Translation } from "../translation";

export const backprop: Translation<typeof en> = {
  // ── 買い物の計算グラフ(図5-16、図5-17) ──
  "bp.graph.region": "買い物の例の計算グラフ:順伝播と逆伝播を1ステップずつ",
  "bp.graph.variant": "グラフ",
  "bp.graph.variant.fruit": "図5-17:りんごとみかん",
  "bp.graph.variant.apples": "図5-16:りんごのみ",
  "bp.graph.inputs": "入力",
  "bp.graph.book": "本書の数値",
  "bp.graph.forward": "順伝播",
  "bp.graph.backward": "逆伝播(1ノード)",
  "bp.graph.reset": "リセット",
  "bp.graph.scroll": "計算グラフ(画面の幅が狭いときは横にスクロールできます)",
  "bp.graph.svgTitle": "計算グラフ:矢印の上に値、下に勾配 ∂L/∂· を示します",
  "bp.graph.idle": "「順伝播」を押すと、支払金額 L を左から右へ計算します。",
  "bp.graph.forwarded":
    "順伝播が終わりました:L = {total}。逆伝播は右端の ∂L/∂L = 1 から始まります。「逆伝播(1ノード)」を押してください。",
  "bp.graph.stepped": "{node}ノードの逆伝播({k}/{n}):",
  "bp.graph.done":
    "逆伝播が終わり、すべての入力に勾配が求まりました。入力の値を変えると、すべての数値が変わる様子を確かめられます。",
  "bp.graph.legend": "矢印の上に値、下にオレンジ色で勾配 ∂L/∂· を示します。",
  "bp.graph.focusHint": "ノードをフォーカスするかクリックすると、その数値をここに表示します。",
  "bp.input.applePrice": "りんごの値段(円)",
  "bp.input.appleCount": "りんごの個数",
  "bp.input.orangePrice": "みかんの値段(円)",
  "bp.input.orangeCount": "みかんの個数",
  "bp.input.tax": "消費税(倍率)",
  "bp.value.applePrice": "りんごの値段",
  "bp.value.appleCount": "りんごの個数",
  "bp.value.orangePrice": "みかんの値段",
  "bp.value.orangeCount": "みかんの個数",
  "bp.value.tax": "消費税",
  "bp.value.appleTotal": "りんごの金額",
  "bp.value.orangeTotal": "みかんの金額",
  "bp.value.subtotal": "税抜きの金額",
  "bp.value.total": "L",
  "bp.op.mul": "乗算",
  "bp.op.add": "加算",
  "bp.chain.term": "∂L/∂({input}) = ∂L/∂({output}) · ∂({output})/∂({input}) = {upstream} × {local} = {gradient}",
  "bp.chain.start": "逆伝播は ∂L/∂L = 1 から始まります。",
  "bp.chain.localMul": "乗算ノードは、上流から伝わった勾配に「もう一方の入力」を掛けて、それぞれの入力へ流します。",
  "bp.chain.localAdd": "加算ノードは、上流から伝わった勾配をそのまま両方の入力へ流します(局所的な微分は 1)。",
  "bp.node.mul": "乗算ノード:{x} × {y} = {z}。",
  "bp.node.add": "加算ノード:{x} + {y} = {z}。",
  "bp.node.before": "まだ計算していません。「順伝播」を押してください。",
  "bp.node.grads": "逆伝播:∂L/∂({x}) = {dx}、∂L/∂({y}) = {dy}。",
  "bp.node.noGrads": "逆伝播はまだこのノードに届いていません。",
  "bp.node.input": "入力 {name} = {value}。",
  "bp.node.inputGrad": "∂L/∂({name}) = {grad}。",
  "bp.node.output": "出力 L(支払金額)= {value}。",
  "bp.table.caption": "計算グラフ上のすべての値とその勾配(計算グラフを表にしたもの)",
  "bp.table.quantity": "量",
  "bp.table.value": "値(順伝播)",
  "bp.table.grad": "勾配 ∂L/∂·",
  "bp.table.none": "—",
  // ── 2層ネットワークをレイヤごとに ──
  "bp.net.region": "2層ネットワークをレイヤごとに順伝播・逆伝播し、最後に勾配確認を行う",
  "bp.net.seed": "シード",
  "bp.net.batch": "バッチサイズ N",
  "bp.net.bug": "バグを仕込む",
  "bp.net.bug.none": "なし(コアのレイヤ)",
  "bp.net.bug.bias-first-row": "Affine:∂L/∂b を ∂L/∂Y の行の総和ではなく、1行目にする",
  "bp.net.bug.loss-no-divide": "Softmax-with-Loss:y − t を 1/N 倍しない",
  "bp.net.bug.relu-no-mask": "ReLU:勾配をどこでも通す(マスクなし)",
  "bp.net.forward": "順伝播(1レイヤ)",
  "bp.net.backward": "逆伝播(1レイヤ)",
  "bp.net.runAll": "最後まで実行",
  "bp.net.reset": "リセット",
  "bp.net.stage.input": "入力",
  "bp.net.stage.affine1": "Affineレイヤ 1",
  "bp.net.stage.relu": "ReLUレイヤ",
  "bp.net.stage.affine2": "Affineレイヤ 2",
  "bp.net.stage.loss": "Softmax-with-Lossレイヤ",
  "bp.net.formula.input": "X:N × 2 の入力データ、t:正解ラベル",
  "bp.net.formula.affine1": "A₁ = X·W₁ + b₁",
  "bp.net.formula.relu": "Z₁ = max(0, A₁)(要素ごと)",
  "bp.net.formula.affine2": "A₂ = Z₁·W₂ + b₂",
  "bp.net.formula.loss": "Y = softmax(A₂)、交差エントロピー誤差 L = −(1/N) Σₙ log yₙ,tₙ",
  "bp.net.params": "パラメータ",
  "bp.net.forwardLabel": "順伝播",
  "bp.net.backwardLabel": "逆伝播",
  "bp.net.labels": "t = ({labels})",
  "bp.net.lossValue": "L = {loss}",
  "bp.net.notYet": "まだ計算していません",
  "bp.net.matrix": "{name} {shape}",
  "bp.net.idle": "シード {seed}、N = {n}。「順伝播(1レイヤ)」を押すと、X が上から入ります。",
  "bp.net.step.forward.affine1":
    "Affineレイヤ 1 の順伝播:A₁ = X·W₁ + b₁、[{n}, 2]·[2, 3] + [1, 3] → [{n}, 3](b₁ はすべての行に足されます)。",
  "bp.net.step.forward.relu":
    "ReLUレイヤの順伝播:Z₁ = max(0, A₁)。負の要素は 0 になり、ReLU はその位置を覚えておきます。",
  "bp.net.step.forward.affine2":
    "Affineレイヤ 2 の順伝播:A₂ = Z₁·W₂ + b₂、[{n}, 3]·[3, 2] + [1, 2] → [{n}, 2]。これがスコア(ロジット)です。",
  "bp.net.step.forward.loss":
    "Softmax-with-Lossレイヤの順伝播:行ごとに Y = softmax(A₂) を求め、L = {loss} です。順伝播はここまでです。次は逆伝播です。",
  "bp.net.step.backward.loss":
    "Softmax-with-Lossレイヤの逆伝播:∂L/∂A₂ = (Y − T)/N(N = {n})。T は t を one-hot 表現の行にしたものです。",
  "bp.net.step.backward.affine2":
    "Affineレイヤ 2 の逆伝播:∂L/∂Z₁ = ∂L/∂A₂·W₂ᵀ([{n}, 2]·[2, 3])、∂L/∂W₂ = Z₁ᵀ·∂L/∂A₂([3, {n}]·[{n}, 2] → [3, 2])、∂L/∂b₂ = ∂L/∂A₂ の行の総和。",
  "bp.net.step.backward.relu":
    "ReLUレイヤの逆伝播:A₁ > 0 の位置では ∂L/∂A₁ = ∂L/∂Z₁、それ以外は 0 です。順伝播で 0 になったユニットは勾配を通しません。",
  "bp.net.step.backward.affine1":
    "Affineレイヤ 1 の逆伝播:∂L/∂W₁ = Xᵀ·∂L/∂A₁([2, {n}]·[{n}, 3] → [2, 3])、∂L/∂b₁ = ∂L/∂A₁ の行の総和、∂L/∂X = ∂L/∂A₁·W₁ᵀ。逆伝播はここまでです。",
  "bp.net.check.caption":
    "勾配確認:パラメータごとに、誤差逆伝播法の勾配と中心差分(リチャードソン外挿つき)の勾配を比べる",
  "bp.net.check.param": "パラメータ",
  "bp.net.check.shape": "形状",
  "bp.net.check.rel": "相対誤差の最大値",
  "bp.net.check.backprop": "誤差逆伝播法",
  "bp.net.check.numerical": "数値微分",
  "bp.net.check.ok": "一致?",
  "bp.net.check.yes": "✓ 一致",
  "bp.net.check.no": "✗ 不一致",
  "bp.net.check.pending": "勾配確認の結果は、逆伝播が終わると表示されます(「最後まで実行」を押しても表示されます)。",
  "bp.net.check.allOk":
    "{count} 個のパラメータすべてで一致しました。相対誤差の最大値は {worst} です。ここでは誤差逆伝播法の勾配が正しく求まっています。",
  "bp.net.check.bad":
    "{names}:誤差逆伝播法の勾配が数値微分の勾配と一致しません(相対誤差は最大 {worst}。最も食い違う要素では、誤差逆伝播法が {backprop}、数値微分が {numerical} です)。",
  "bp.net.check.hidden": "このバグはバッチサイズが 1 だと表に出ません。N = 3 にして、もう一度確認してください。",
};
