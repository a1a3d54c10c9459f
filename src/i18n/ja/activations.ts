/**
 * 活性化関数の章のウィジェット(components/widgets/activation-functions/)の日本語の文字列。
 * キーと `{name}` のプレースホルダーは `src/i18n/en/activations.ts` と同じです。
 */
import type { activations as en } from "../en/activations";
import type { Translation } from "../translation";

export const activations: Translation<typeof en> = {
  "act.region": "活性化関数の探索",
  "act.fn": "関数",
  "act.fn.step": "ステップ関数",
  "act.fn.sigmoid": "シグモイド関数",
  "act.fn.tanh": "tanh関数",
  "act.fn.relu": "ReLU関数",
  "act.fn.leaky-relu": "Leaky ReLU関数",
  "act.x": "入力 x",
  "act.chart.title": "{name} とその導関数",
  "act.readout": "x = {x} で {name}(x) = {y}、傾きは {name}′(x) = {dy} です。",
  "act.readout.source": "値はコアの forward、傾きは ∂L/∂y = 1 としたコアの backward から求めています。",
  "act.readout.step":
    "x = {x} で step(x) = {y} です。傾きは 0 の両側で 0、0 では定義されないため、コアの Step.backward は値を返さずに例外を投げます。",
  "act.click": "グラフをクリックすると、x をその位置に移せます。",
  "act.formula": "選んだ関数とその導関数の式",
  // ── 深さ ──
  "act.depth.title": "層を重ねたときの勾配",
  "act.depth": "深さ L(層の数)",
  "act.depth.chart": "各層に届く勾配の大きさ(活性化関数ごと)",
  "act.depth.axis.layer": "層",
  "act.depth.axis.grad": "∂y/∂(層の入力)の RMS",
  "act.depth.summary":
    "{depth} 層を通ると、入力に届く勾配はシグモイド関数で {sigmoid}、tanh関数で {tanh}、ReLU関数で {relu} になります。",
  "act.depth.setup":
    "1層目が入力側、L層目が出力側です。各層は Linear(20 → 20) のあとに活性化関数を置いたものです(重みはシグモイド関数と tanh関数では Xavierの初期値 1/√n、ReLU関数では Heの初期値 √(2/n)、シード 0)。入力は N(0, 1) から取った 100 件、y は最後の層の出力の和で、∂y/∂y = 1 から逆伝播します。",
  // ── ソフトマックス ──
  "sm.region": "ソフトマックス関数のパネル",
  "sm.logit": "ロジット a{k}",
  "sm.temperature": "温度 T",
  "sm.shift": "すべてのロジットに C を足す",
  "sm.presets": "ロジット",
  "sm.preset.book": "本書の (0.3, 2.9, 4.0)",
  "sm.preset.large": "大きな値 (1010, 1000, 990)",
  "sm.chart.title": "ソフトマックス関数の確率",
  "sm.chart.axis": "確率 yₖ",
  "sm.class": "クラス {k}",
  "sm.table.caption": "素朴なソフトマックス関数 exp(aₖ/T) / Σ exp(aᵢ/T) と、先に最大のロジットを引く安定な計算との比較",
  "sm.table.k": "k",
  "sm.table.logit": "aₖ + C",
  "sm.table.exp": "exp((aₖ + C)/T) の値",
  "sm.table.naive": "素朴な計算の yₖ",
  "sm.table.stable": "安定な計算の yₖ(コア)",
  "sm.status.ok": "どちらも一致します。確率の和は {sum} です。",
  "sm.status.overflow":
    "ロジットがこれほど大きいと exp は Infinity にオーバーフローし、Infinity / Infinity = NaN となって素朴なソフトマックス関数は失敗します。先に最大のロジットを引けば、オーバーフローせずに同じ確率が得られます。",
  "sm.status.underflow":
    "すべての exp が 0 にアンダーフローし、0 / 0 = NaN となって素朴なソフトマックス関数は失敗します。安定な計算では正しく求まります。",
};
