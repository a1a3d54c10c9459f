/**
 * 輪読会のための道具(発表モード、進行役ガイド、表示の共有、読み進めた記録、配布資料と
 * ダウンロード、答えを開く前の予想)の日本語の文字列。キーは `src/i18n/en/walkthrough.ts`
 * と同じです。
 */
import type { walkthrough as en } from "../en/walkthrough";
import type { Translation } from "../translation";

export const walkthrough: Translation<typeof en> = {
  "walkthrough.tools": "輪読会の道具",
  "walkthrough.present": "発表モード",
  "walkthrough.presentHint":
    "1節ずつ大きな文字で表示します。矢印キー、Page Up/Down、スペースで移動し、Escape で終了します。",
  "walkthrough.bar": "発表モードの操作",
  "walkthrough.previous": "前の節",
  "walkthrough.next": "次の節",
  "walkthrough.exit": "発表モードを終了",
  "walkthrough.position": "全{n}節中 第{k}節",
  "walkthrough.announce": "全{n}節中 第{k}節:{title}",
  "walkthrough.progress": "発表の進み具合",
  "walkthrough.introTitle": "導入",
  "walkthrough.timerStart": "タイマーを開始",
  "walkthrough.timerPause": "タイマーを一時停止",
  "walkthrough.timerReset": "タイマーをリセット",
  "walkthrough.timerLabel": "この節の経過時間",
  "walkthrough.timerElapsed": "{elapsed} / 目安 {suggested}",
  "walkthrough.timerElapsedOnly": "{elapsed}",
  "walkthrough.timerOver": "{elapsed} / 目安 {suggested}(超過)",
  "walkthrough.guideToggle": "進行役ガイド",
  "walkthrough.guideClose": "進行役ガイドを閉じる",
  "walkthrough.left": "発表モードを終了しました",

  "facilitator.title": "進行役ガイド",
  "facilitator.summary": "進行役ガイド:時間配分、議論のきっかけになる問い、よくある混乱",
  "facilitator.total": "全体で約 {minutes} 分です。",
  "facilitator.timing": "時間配分の目安",
  "facilitator.minutes": "{minutes} 分",
  "facilitator.questions": "議論が深まる問い",
  "facilitator.confusions": "よくある混乱",
  "facilitator.untangle": "解きほぐし方:",
  "facilitator.thisSection": "この節:約 {minutes} 分",
  "facilitator.topic": "トピック",

  "share.view": "この表示を共有",
  "share.viewHint": "ウィジェットの設定、編集したセル、表示中の節をすべて含むリンクです。",
  "share.copied": "リンクをコピーしました。このページを、同じ設定、セル、節で開きます。",
  "share.manual": "このリンクをコピーしてください:",
  "share.linkLabel": "この表示へのリンク",
  "share.cellsIncluded": "編集したセル {n} 個を含みます。",

  "handout.print": "配布資料を印刷",
  "handout.expand": "答えと解答を含める",
  "handout.download": "セルをダウンロード",
  "handout.downloaded": "{n} 個のセルを {file} に保存しました。",
  "handout.noCells": "この章にはコードセルがありません。",

  "progress.opened": "読みかけ",
  "progress.finished": "読了",
  "progress.notStarted": "未読",
  "progress.continue": "続きから読む:{chapter} — {section}",
  "progress.continueTitle": "前回の続きから",
  "progress.forget": "読み進めた記録を消去",
  "progress.forgotten": "読み進めた記録を消去しました。",
  "progress.summary": "全{total}章中、{finished}章を読了、{opened}章を読みかけです。",
  "progress.stateLabel": "あなたの進み具合:{state}",

  "predict.chooseLegend": "あなたの予想",
  "predict.revealAfterChoice": "答えを見る",
  "predict.chooseFirst": "先に予想を選んでください。全員が予想を決めてから答えを開きます。",
  "predict.matched": "予想どおりでした:{choice}",
  "predict.missed": "あなたの予想は「{choice}」、答えは「{correct}」です。",
  "predict.sketchLabel": "予想を描く",
  "predict.sketchHint": "予想する曲線を、マウス、ペン、指のどれかで描いてください。描かずに進むこともできます。",
  "predict.sketchClear": "描いた線を消す",
  "predict.sketchSkip": "描かずに進む",
  "predict.sketchFirst": "先に予想を描いてください(描かずに進むこともできます)。",
  "predict.sketchYours": "あなたが描いた予想",
  "predict.sketchArea": "描画エリア:横軸 {x}、縦軸 {y}",

  "walkthrough.devTitle": "輪読会のコンポーネント",
  "walkthrough.devLead":
    "コミット済みの「予想してから実行」の問い(e2e/study-group.spec.ts)を確認するための、開発者向けのページです。",
};
