/**
 * セルの型ヘルプ(src/notebook/types)の日本語の文字列:読み込み中の表示、セルの下の型エラーの
 * 一覧、ホバーとシグネチャヘルプのツールチップ、エディター内の CodeMirror の文言(補完の一覧、
 * 診断)。キーは `src/i18n/en/types.ts` と同じです。
 */
import type { types as en } from "../en/types";
import type { Translation } from "../translation";

export const types: Translation<typeof en> = {
  "types.loading": "型情報を読み込み中…",
  "types.failed": "型ヘルプを利用できません:{message}",
  "types.errors": "実行前の型エラーが {count} 件あります(「実行」を押せばセルは実行されます):",
  "types.errorsOne": "実行前の型エラーが 1 件あります(「実行」を押せばセルは実行されます):",
  "types.errorLine": "{line} 行目",
  "types.errorLineLabel": "{line} 行目へ移動:{message}",
  "types.ranIntoTypeError": "{line} 行目には型エラーもあります。失敗したのはそのためかもしれません:{message}",
  "types.options": "{name} のオプション:",
  "types.optionsInline": "オプション:",
  "types.example": "使用例",
  // CodeMirror の文言(EditorState.phrases)
  "types.cm.completions": "補完候補",
  "types.cm.diagnostics": "診断",
  "types.cm.noDiagnostics": "診断はありません",
  "types.cm.close": "閉じる",
  "types.cm.controlCharacter": "制御文字",
};
