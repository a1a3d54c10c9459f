/**
 * 自動生成される API リファレンス(/ja/reference/)と、開発者向けのグラフ一覧の日本語の文字列。
 * キーは `src/i18n/en/reference.ts` と同じです。
 */
import type { reference as en } from "../en/reference";
import type { Translation } from "../translation";

export const reference: Translation<typeof en> = {
  "reference.title": "API リファレンス",
  "reference.lead":
    "コードセルで「kobai」から import できるものを、すべて載せています。ビルド時にコアのソースコードから読み取り、章に登場する順に並べています。",
  "reference.contents": "目次",
  "reference.count": "エクスポート {count} 個",
  "reference.parameters": "引数",
  "reference.members": "メンバー",
  "reference.example": "例",
  "reference.source": "ソース",
  "reference.typeOnly": "型のみ",
  "reference.noDocs": "説明はまだありません。",
  "reference.optional": "省略可",
  "reference.anchor": "{name} へのリンク",
  "reference.kind.class": "クラス",
  "reference.kind.function": "関数",
  "reference.kind.interface": "インターフェース",
  "reference.kind.type": "型",
  "reference.kind.const": "定数",
  "reference.kind.enum": "列挙型",
  "reference.kind.namespace": "名前空間",
  "reference.group.tensor": "テンソル",
  "reference.group.random": "乱数",
  "reference.group.parameter": "パラメータ",
  "reference.group.layers": "レイヤ",
  "reference.group.losses": "損失関数",
  "reference.group.gradient": "勾配",
  "reference.group.optim": "最適化手法",
  "reference.group.landscapes": "損失関数の地形",
  "reference.group.data": "データセット",
  "reference.group.training": "学習",
  "reference.group.kernels": "行列積のカーネル",
  "dev.charts.title": "グラフ一覧",
  "dev.charts.lead":
    "src/plot のすべてのグラフを、ビルド時の描画とライブ描画の両方で並べています。ライトテーマとダークテーマでの見た目を確かめるためのページで、サイト内からはリンクしていません。",
  "dev.charts.static": "ビルド時に描画",
  "dev.charts.live": "ライブ描画のウィジェット(グラフをクリックすると始点を設定できます)",
  "dev.charts.lr": "学習率 η",
  "dev.charts.optimizer": "最適化手法",
  "dev.charts.steps": "ステップ数",
  "dev.charts.diverged": "{steps} ステップ後に発散しました。",
  "dev.charts.converged": "{steps} ステップ後、f = {f} になりました。",
  "dev.charts.started": "始点を ({x}, {y}) に設定しました。",
  "dev.training.title": "学習の実行",
  "dev.training.lead":
    "各ウィジェットは src/run のプリセットを1つずつ受け持ち、Web Worker の中で本物のネットワークを MNIST の手書き数字で学習します。開発とテストのためのページで、サイト内からはリンクしていません。",

  "dev.training.wd": "Weight decay(図6-20、図6-21)",
  "dev.training.init": "重みの初期値(図6-15)",
  "dev.training.bn": "Batch Normalization(図6-19)",
  "dev.training.drop": "Dropout(図6-23)",
  "dev.training.opt": "MNIST での最適化手法の比較(図6-9)",
  "dev.training.search": "ハイパーパラメータのランダムサーチ(図6-24)",
};
