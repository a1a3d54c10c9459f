/**
 * UI strings of the site shell: header, footer, home page, lesson layout, glossary,
 * search, 404 and the generic lesson components (Side, Exercise, StudyGroup, Predict,
 * Pitfall, Term, BookRef).
 *
 * Keys are namespaced "area.thing". `{name}` marks a parameter filled by `t(key, params)`.
 */
export const site = {
  "site.name": "kobai",
  "site.nameJa": "勾配",
  "site.tagline": "See how neural networks learn, one formula and one live chart at a time.",
  "site.description":
    "A notebook-style lesson site: formulas, live charts and editable code that all run one small, tested training core in your browser.",
  "site.skipToContent": "Skip to content",
  "site.primaryNav": "Main",
  "site.navLessons": "Lessons",
  "site.navGlossary": "Glossary",
  "site.navPlayground": "Playground",
  "site.footer":
    "kobai teaches with the notation of 『ゼロから作るDeep Learning』 chapters 2–6. Every number on these pages is computed by the same tested code you can read in src/core.",

  "theme.toggle": "Dark theme",

  "site.languageSwitch": "日本語",
  "site.languageSwitchLabel": "Read this page in Japanese (日本語)",
  // Shown on English pages to readers whose browser prefers Japanese: written in Japanese.
  "site.languageOffer": "このページには日本語版があります。",
  "site.languageOfferLink": "日本語で読む",
  "site.languageOfferLabel": "日本語版のご案内",
  "site.languageOfferClose": "閉じる(英語のまま読む)",
  "lesson.untranslated": "This chapter has not been translated yet; it is shown in English.",

  "search.label": "Search lessons",
  "search.placeholder": "Search…",
  "search.submit": "Search",
  "search.title": "Search",
  "search.intro": "Search every chapter and the glossary.",
  "search.noscript": "Search needs JavaScript. Browse the lessons from the home page instead.",

  "home.title": "kobai — how neural networks learn",
  "home.heading": "How neural networks learn",
  "home.lead":
    "kobai (勾配, “gradient”) is a set of short chapters that follow 『ゼロから作るDeep Learning』 from the perceptron to Adam. Each chapter sets a formula beside a live chart and an editable code cell, and all three run the same small training core, right here in your browser.",
  "home.howTitle": "How to use it",
  "home.howSolo":
    "On your own: read a chapter, move the sliders until the chart surprises you, then change the code cell and predict what will happen before you run it.",
  "home.howGroup":
    "In a study group (輪読会): one person presents the chapter beside the book section it follows; everyone answers the “predict, then run” prompts before revealing them, and the group works through the discussion questions at the end of the chapter.",
  "home.chaptersTitle": "The chapters",
  "home.chapterNumber": "Chapter {n}",
  "home.youCanPlay": "Play with",
  "home.follows": "Follows",

  "book.title": "ゼロから作るDeep Learning",
  "book.chapter": "ch. {chapter}",
  "book.section": "§{section}",
  "book.figures": "figures {figures}",
  "book.label": "In the book",

  "lesson.toc": "On this page",
  "lesson.tocToggle": "On this page",
  "lesson.chapterOf": "Chapter {n} of {total}",
  "lesson.previous": "Previous",
  "lesson.next": "Next",
  "lesson.pager": "Chapters",
  "lesson.terms": "Terms in this chapter",
  "lesson.headingAnchor": "Link to this section: {heading}",
  "lesson.progress": "Reading progress",

  "glossary.title": "Glossary",
  "glossary.lead":
    "Every term kobai uses, with the Japanese term 『ゼロから作るDeep Learning』 uses for it, so you can move between the book and these pages.",
  "glossary.appearsIn": "Appears in",
  "glossary.seeAlso": "See also",
  "glossary.notYetUsed": "Not yet used in a chapter.",
  "glossary.index": "Terms A–Z",

  "notFound.title": "Page not found",
  "notFound.body": "There is no page at this address. It may have moved when the chapters were reorganised.",
  "notFound.home": "Go to the list of chapters",

  "side.formula": "Formula",
  "side.chart": "Chart",
  "exercise.label": "Exercise",
  "exercise.numbered": "Exercise {n}",
  "exercise.hint": "Hint",
  "exercise.solution": "Worked solution",
  "studyGroup.title": "For your study group",
  "predict.label": "Predict, then run",
  "predict.reveal": "Reveal the answer",
  "pitfall.label": "Pitfall",
} as const;
