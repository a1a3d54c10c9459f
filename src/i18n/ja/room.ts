/**
 * 輪読会のライブルーム(src/room/)の日本語の文字列:発表者のパネル、参加者のバナー、
 * グループの予想、サーバーが接続を断るときのメッセージ。キーは `src/i18n/en/room.ts` と同じです。
 */
import type { room as en } from "../en/room";
import type { Translation } from "../translation";

export const room: Translation<typeof en> = {
  "room.start": "ライブルームを開く",
  "room.startHint":
    "ルームのリンクを開いた人は全員、あなたの表示している節、ウィジェットの設定、開いた答えに追従します。",
  "room.checking": "{url} でルームサーバーを探しています…",
  "room.unreachable":
    "{url} でルームサーバーが応答しません。kobai のフォルダーで「npm run room」を実行してサーバーを起動してから(README の「Run a live room」を参照)、もう一度「ライブルームを開く」を押してください。",
  "room.panel": "ライブルーム",
  "room.code": "ルームコード",
  "room.linkLabel": "グループに共有するリンク",
  "room.copy": "リンクをコピー",
  "room.copied": "リンクをコピーしました。",
  "room.qr": "ルームのリンクの QR コード",
  "room.counts": "追従中 {following} 人 · 離脱中 {away} 人",
  "room.sendCode": "編集したコードをルームに送る",
  "room.sentCode": "編集したセル {n} 個をテキストとして送りました。参加者はそれぞれ「実行」を押します。",
  "room.noEditedCode": "このページで編集したセルはありません。",
  "room.end": "ルームを終了",
  "room.ended": "ルームは終了しました。",
  "room.hide": "隠す",
  "room.show": "ルーム {code}",
  "room.status.connecting": "ルームに接続しています…",
  "room.status.connected": "接続済み",
  "room.status.disconnected": "接続が切れました。再接続しています…",

  "room.following": "発表者に追従中 · ルーム {code}",
  "room.away": "発表者から離れています(発表者は現在、第{section}節を表示しています)。",
  "room.back": "発表者に戻る",
  "room.backKey": "Esc キー",
  "room.nameLabel": "名前(任意)",
  "room.leave": "ルームから退出",
  "room.left": "ルームから退出しました。",
  "room.waiting": "発表者を待っています…",
  "room.endedByPresenter": "発表者がルームを終了しました。このページはそのままの場所で、ひとりで使い続けられます。",
  "room.serverLost":
    "ルームのサーバーが応答しません(ルームが終了した可能性があります)。再接続を試みています。今の場所はそのままです。",
  "room.dismiss": "閉じる",

  "room.tally": "ルームの予想",
  "room.tallyCounts": "参加者 {followers} 人中 {committed} 人が予想を決めました",
  "room.tallyOption": "{option}:{n}",
  "room.tallySketches": "エリアに描かれた予想:{n} 件",
  "room.revealAll": "全員に答えを見せる",
  "room.sketchesOfGroup": "グループのスケッチ({n} 件)",
  "room.sketchesWithYours": "あなたのスケッチとグループのスケッチ({n} 件)",
  "room.predictionSent": "あなたの予想は発表者の集計に入りました。",

  "room.refused.bad-code": "ルームコードではありません。",
  "room.refused.room-full": "このルームは満員です。KOBAI_ROOM_MAX_PARTICIPANTS を増やすよう発表者に頼んでください。",
  "room.refused.rate-limited": "短時間に送られたメッセージが多すぎるため、サーバーがこの接続を一時停止しました。",
  "room.refused.presenter-only": "ルームの表示を動かせるのは発表者だけです。",
  "room.refused.too-large": "メッセージがルームサーバーの受け付ける大きさを超えていました。",
};
