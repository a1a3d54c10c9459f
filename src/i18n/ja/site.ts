/**
 * サイトの枠組み(ヘッダー、フッター、ホーム、章のレイアウト、用語集、検索、404、章で使う
 * 共通部品)の日本語の文字列。キーは `src/i18n/en/site.ts` と同じです。
 */
import type { site as en } from "../en/site";
import type { Translation } from "../translation";

export const site: Translation<typeof en> = {
  "site.name": "kobai",
  "site.nameJa": "勾配",
  "site.tagline": "ニューラルネットワークが学習するしくみを、数式と動くグラフで一つずつ確かめます。",
  "site.description":
    "ノートブック形式の学習サイトです。数式も、動くグラフも、書き換えられるコードも、すべてブラウザーの中で同じ小さな学習コアを動かしています。コアはテスト済みです。",
  "site.skipToContent": "本文へ移動",
  "site.primaryNav": "メイン",
  "site.navLessons": "章の一覧",
  "site.navGlossary": "用語集",
  "site.navPlayground": "プレイグラウンド",
  "site.footer":
    "kobai は『ゼロから作るDeep Learning』2〜6章の記法に合わせて説明しています。このサイトの数値はすべて、src/core で読める、テスト済みの同じコードで計算しています。",

  "theme.toggle": "ダークテーマ",

  "site.languageSwitch": "English",
  "site.languageSwitchLabel": "このページを英語で読む(English)",
  "site.languageOffer": "このページには日本語版があります。",
  "site.languageOfferLink": "日本語で読む",
  "site.languageOfferLabel": "日本語版のご案内",
  "site.languageOfferClose": "閉じる(英語のまま読む)",
  "lesson.untranslated": "この章はまだ日本語に訳されていないため、英語の本文を表示しています。",

  "search.label": "章を検索",
  "search.placeholder": "検索…",
  "search.submit": "検索",
  "search.title": "検索",
  "search.intro": "すべての章と用語集を検索します。",
  "search.noscript": "検索には JavaScript が必要です。ホームの章の一覧からたどってください。",

  "home.title": "kobai — ニューラルネットワークが学習するしくみ",
  "home.heading": "ニューラルネットワークはどう学習するのか",
  "home.lead":
    "kobai(勾配)は、『ゼロから作るDeep Learning』に沿ってパーセプトロンから Adam までをたどる短い章の集まりです。各章では、数式の横に動くグラフと書き換えられるコードセルを並べています。どれも、同じ小さな学習コアをこのブラウザーの中で動かしています。",
  "home.howTitle": "使い方",
  "home.howSolo":
    "一人で学ぶとき:章を読んだら、グラフが予想外の動きをするまでスライダーを動かしてみてください。次にコードセルを書き換え、実行する前に結果を予想しましょう。",
  "home.howGroup":
    "輪読会で使うとき:発表者は、本の該当する節と並べて章を説明します。「予想してから実行」の問いは全員が予想を出してから答えを開き、章末の問いはグループで議論します。",
  "home.chaptersTitle": "章の一覧",
  "home.chapterNumber": "第{n}章",
  "home.youCanPlay": "試せること",
  "home.follows": "対応する節",

  "book.title": "ゼロから作るDeep Learning",
  "book.chapter": "{chapter}章",
  "book.section": "{section}節",
  "book.figures": "{figures}",
  "book.label": "本書では",

  "lesson.toc": "このページの内容",
  "lesson.tocToggle": "このページの内容",
  "lesson.chapterOf": "全{total}章中 第{n}章",
  "lesson.previous": "前の章",
  "lesson.next": "次の章",
  "lesson.pager": "章の移動",
  "lesson.terms": "この章の用語",
  "lesson.headingAnchor": "この節へのリンク:{heading}",
  "lesson.progress": "読み進めた位置",

  "glossary.title": "用語集",
  "glossary.lead":
    "kobai で使う用語と、『ゼロから作るDeep Learning』での呼び方の一覧です。本とこのサイトを行き来するときの手がかりにしてください。",
  "glossary.appearsIn": "登場する章",
  "glossary.seeAlso": "関連する用語",
  "glossary.notYetUsed": "まだどの章にも登場しません。",
  "glossary.index": "用語の索引",

  "notFound.title": "ページが見つかりません",
  "notFound.body": "このアドレスのページは見つかりませんでした。章の構成を見直したときに移動した可能性があります。",

  "notFound.home": "章の一覧へ",

  "side.formula": "数式",
  "side.chart": "グラフ",
  "exercise.label": "練習問題",
  "exercise.numbered": "練習問題 {n}",
  "exercise.hint": "ヒント",
  "exercise.solution": "解答と解説",
  "studyGroup.title": "輪読会のために",
  "predict.label": "予想してから実行",
  "predict.reveal": "答えを見る",
  "pitfall.label": "落とし穴",
};
