/**
 * コードセルとノートブックのツールバー(src/notebook、CodeCell.astro、NotebookToolbar.astro)
 * の日本語の文字列。キーは `src/i18n/en/notebook.ts` と同じです。
 */
import type { notebook as en } from "../en/notebook";
import type { Translation } from "../translation";

export const notebook: Translation<typeof en> = {
  // ── セルのツールバー ──────────────────────────────────────────────────────────────
  "cell.run": "実行",
  "cell.stop": "停止",
  "cell.reset": "リセット",
  "cell.share": "共有",
  "cell.label": "コードセル {n}:{title}",
  "cell.labelUntitled": "コードセル {n}",
  "cell.region": "コードセル:{title}",
  "cell.modified": "編集済み",
  "cell.modifiedHint": "編集した内容はこのブラウザーに保存されています。",
  "cell.yourTurn": "やってみよう",
  "cell.keys":
    "Shift+Enter または Ctrl+Enter でセルを実行します。キーボードでエディターから出るには、Escape を押してから Tab を押します。",
  "cell.output": "コードセル {n} の出力",
  // ── 実行の状態 ────────────────────────────────────────────────────────────────────
  "cell.status.idle": "未実行",
  "cell.status.waiting": "前のセルの実行を待っています…",
  "cell.status.running": "実行中…",
  "cell.status.done": "実行完了({time})",
  "cell.status.failed": "{time} 後に失敗",
  "cell.status.stopped": "停止しました",
  "cell.stopped":
    "停止しました。ノートブックを再起動したため、セルで定義したものはすべて消えています。前のセルをもう一度実行してください。",
  "cell.restarted": "ノートブックを再起動しました",
  "cell.cancelled": "前のセルが失敗したため、実行しませんでした。",
  "cell.noOutput": "完了しました(出力はありません)。",
  // ── 出力 ──────────────────────────────────────────────────────────────────────────
  "cell.lateOutput": "実行の終了後の出力(タイマーや Promise から):",
  "cell.runtimeFrame": "コードセルの実行環境(表示なし)",
  "cell.omitted": "… 残りの {count} 行は表示していません",
  "cell.textCut": "…(残りの {count} 文字は表示していません)",
  "cell.omittedTail": "… {count} 行を省略しました。続けて最後の数行を表示します",
  "cell.progress": "進捗",
  "cell.timeLeft": "残り約 {time}",
  "cell.elapsed": "経過 {time}",
  "cell.tensorCaption": "テンソル {rows} × {cols}",
  "cell.tableCaption": "{rows} × {cols}",
  "cell.chart": "コードセル {n} が描いたグラフ",
  "cell.check.pass": "✓ {label}",
  "cell.check.fail": "✗ {label}",
  "cell.check.mismatch": "期待値は {expected} ですが、結果は {actual} でした。",
  "cell.check.shape": "期待する形状は {expected} ですが、結果は {actual} でした。",
  "cell.check.element": "{where} の要素:期待値は {expected} ですが、結果は {actual} でした(許容誤差 {tol})。",
  "cell.check.falsy": "条件が満たされていません(false です)。",
  "cell.trajectory.step": "ステップ {step} の {axis}:kobai の値と一致すること",
  "cell.trajectory.pass": "{steps} ステップすべてが kobai の {name} と一致しています",
  "cell.trajectory.length": "経路の点の数が kobai の {name} と同じであること",
  // ── エラー ────────────────────────────────────────────────────────────────────────
  "cell.error.at": "{name}({line} 行 {column} 列):{message}",
  "cell.error.atOther": "{name}(セル「{cell}」の {line} 行 {column} 列):{message}",
  "cell.error.plain": "{name}:{message}",
  "cell.error.goto": "{line} 行目へ移動",
  "cell.error.line": "この行でエラー:{message}",
  "cell.error.noModule":
    "「{name}」は import できません。セルで import できるのは「kobai」と「@observablehq/plot」です。",
  "cell.error.plot":
    "plot() には Observable Plot のオプションのオブジェクトを渡してください。例:plot({ marks: [Plot.lineY([1, 3, 2])] })。",
  "cell.error.progress": "progress(fraction) には 0 以上 1 以下の数を渡してください。渡された値は {value} です。",
  "cell.error.plotTooBig":
    "このグラフの要素は {count} 個です。セルのグラフに描ける要素は最大 {max} 個です。点を間引いてください。例(10 個に 1 個):data.filter((_, i) => i % 10 === 0)。",
  "cell.error.late": "実行の終了後に発生:{message}",
  "cell.error.closed":
    "セルが実行環境を閉じました(self.close())。次に実行するときに新しい実行環境が起動します。セルで定義したものはすべて消えているため、前のセルをもう一度実行してください。",
  "cell.error.crashed":
    "実行環境がクラッシュしました。セルがメモリを使い切った可能性が高いです。次に実行するときに新しい実行環境が起動します。セルで定義したものはすべて消えているため、前のセルをもう一度実行してください。",
  "cell.error.worker": "セルの実行環境を起動できませんでした:{message}",
  // ── リセット、共有、保存した編集 ──────────────────────────────────────────────────
  "cell.resetConfirm.title": "このセルをリセットしますか?",
  "cell.resetConfirm.body": "編集した内容は破棄され、元のコードに戻ります。",
  "cell.resetConfirm.ok": "編集を破棄",
  "cell.resetConfirm.cancel": "編集を続ける",
  "cell.share.copied": "リンクをコピーしました。このページを、あなたが編集したセルの状態で開きます。",
  "cell.share.manual": "このリンクをコピーしてください:",
  "cell.share.link": "あなたが編集したセルへのリンク",
  "cell.shared.notice": "共有されたコードを表示しています。",
  "cell.shared.keep": "これを使う",
  "cell.shared.back": "自分のコードに戻る",
  "cell.shared.explain":
    "このコードへの変更は、リンクごとにこのブラウザーに保存されます。「これを使う」を押すと、このセルの自分のコードになります。「自分のコードに戻る」を押すと閉じます。",
  "cell.shared.explainBackup":
    "このコードへの変更は、リンクごとにこのブラウザーに保存されます。「これを使う」を押すと、このセルの自分のコードになり、それまでの自分の編集はバックアップとして残るので、あとで戻せます。「自分のコードに戻る」を押すと閉じます。",
  "cell.shared.damaged": "このリンクは壊れています。含まれているコードを読み取れません。",
  "cell.shared.damagedDetail":
    "セルには元のコードを表示しています。リンクをもう一度送ってもらうか、リンク全体をコピーし直してください。",
  "cell.shared.tooLong": "このコードは長すぎて、リンクに収まりません。セルには元のコードを表示しています。",
  "cell.kept.notice": "共有されたコードを自分のコードにしました。それまでのコードはバックアップとして残しています。",
  "cell.kept.bringBack": "以前のコードに戻す",
  "cell.kept.forget": "バックアップを削除",
  "cell.otherTab.notice": "このセルは別のタブで編集されたため、そちらの新しいコードを表示しています。",
  "cell.otherTab.bringBack": "このタブのコードに戻す",
  "cell.ok": "閉じる",
  "cell.storage.failed":
    "編集した内容は保存されていません。このブラウザーのストレージがいっぱいか、無効になっています。このページを閉じると失われます。",
  "cell.storage.download": "コードをダウンロード",
  "cell.storage.notSavedHint":
    "編集した内容は保存されていません。このブラウザーのストレージがいっぱいか、無効になっています。",
  "cell.changed.notice": "あなたが編集したあとで、このセルの元のコードが変更されました。",
  "cell.changed.keep": "自分のコードを使う",
  "cell.changed.new": "新しいコードを使う",
  // ── ノートブックのツールバー ──────────────────────────────────────────────────────
  "notebook.toolbar": "ノートブック",
  "notebook.runAll": "すべて実行",
  "notebook.restart": "再起動",
  "notebook.restartHint": "再起動すると、セルで定義したものがすべて消えます。",
  "notebook.restarted": "再起動しました。セルで定義したものはすべて消えています。",
  // ── プレイグラウンドのページ(src/pages/playground/)──────────────────────────────
  "playground.title": "プレイグラウンド",
  "playground.lead":
    "自由に使えるノートブックです。どのセルも書き換えて実行できます。セルで定義したものは他のセルからも使えます。編集した内容はこのブラウザーに保存され、「共有」を押すと自分のコードをリンクにできます。",
  "playground.howto":
    "セルは「実行」ボタン、Shift+Enter、Ctrl+Enter のいずれかで実行します。「すべて実行」は上から順にすべてのセルを実行します。時間がかかりすぎるときは「停止」で止められます。「再起動」はセルで定義したものをすべて消します。",
  "playground.cell.tensors": "テンソルと show()",
  "playground.cell.usesPrevious": "上のセルの結果を使う",
  "playground.cell.chart": "plot() でグラフを描く",
  "playground.cell.train": "時間のかかる学習",
  "playground.cell.yourTurn": "やってみよう:微分",
  // ── 時間 ──────────────────────────────────────────────────────────────────────────
  "time.ms": "{n} ミリ秒",
  "time.s": "{n} 秒",
  "time.min": "{m} 分 {s} 秒",
  "time.h": "{h} 時間 {m} 分",
};
