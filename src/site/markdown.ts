/**
 * The Markdown/MDX pipeline of every lesson: math with remark-math + rehype-katex, heading
 * ids from Astro, and a visible "#" link after each heading so any section can be linked.
 */
import { rehypeHeadingIds } from "@astrojs/markdown-remark";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import type { Element, ElementContent, Root } from "hast";
import type { Root as MdastRoot, RootContent as MdastContent } from "mdast";
import { installStrings, setLocale, t } from "../i18n";
import { ja } from "../i18n/ja";
import { localeOfPath } from "../i18n/locale";

installStrings("ja", ja);

/** Plain text of a hast element (headings may contain code, emphasis or math). */
export function textOf(node: ElementContent | Element): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") {
    // KaTeX renders MathML and HTML twice over; read the TeX annotation once instead.
    const classes = node.properties?.className;
    if (Array.isArray(classes) && classes.includes("katex-html")) return "";
    return node.children.map((child) => textOf(child)).join("");
  }
  return "";
}

/** Kana, CJK ideographs, CJK punctuation and full-width forms. */
const CJK = "\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef";
/** A break between two Japanese characters, or after one at the end of a text run (before a term, math…). */
const breakBetweenCjk = new RegExp(`([${CJK}])\\n\\s*(?=[${CJK}]|$)`, "g");
/** A break at the start of a text run (after a term, math…) before a Japanese character. */
const breakBeforeCjk = new RegExp(`^\\s*\\n\\s*(?=[${CJK}])`);
/** A break after a Japanese sentence's end, whatever starts the next one ("。\nReLU関数は…"). */
const breakAfterSentence = /([。！？])\n\s*/g;

/**
 * Japanese has no spaces between words or sentences, but Markdown turns a line break inside
 * a paragraph into one. Translators write one sentence per line (readable diffs); this drops
 * a line break between Japanese characters (or next to a term or formula), so no stray space
 * appears between sentences. A break next to an English word stays a space, except after
 * the 。 that ends a sentence.
 */
export function remarkCjkLineBreaks() {
  const visit = (node: MdastRoot | MdastContent): void => {
    if (node.type === "text")
      node.value = node.value
        .replace(breakBetweenCjk, "$1")
        .replace(breakBeforeCjk, "")
        .replace(breakAfterSentence, "$1");
    if ("children" in node) node.children.forEach((child) => visit(child as MdastContent));
  };
  return (tree: MdastRoot) => visit(tree);
}

/**
 * Strings the Markdown pipeline writes into a page (a heading link's label) are in the
 * chapter's edition: content/ja/… is Japanese. Runs first, once per file.
 */
export function rehypeEditionLocale() {
  return (_tree: Root, file: { path?: string }) => {
    const path = (file.path ?? "").replace(/\\/g, "/");
    setLocale(localeOfPath(path.includes("/content/ja/") ? "/ja/" : "/"));
  };
}

export const remarkPlugins = [remarkMath, remarkCjkLineBreaks];

/**
 * Display math scrolls sideways on narrow screens; a keyboard user can only scroll what
 * can take focus, so every display formula is focusable (WCAG 2.1.1, axe
 * "scrollable-region-focusable"). Math is left out of the search index.
 */
export function rehypeDisplayMath() {
  const visit = (node: Root | ElementContent): void => {
    if (node.type === "element") {
      const classes = node.properties?.className;
      if (Array.isArray(classes) && classes.includes("katex-display")) node.properties.tabIndex = 0;
      // TeX source and KaTeX's glyph soup make poor search excerpts; index the prose only.
      if (Array.isArray(classes) && classes.includes("katex")) node.properties.dataPagefindIgnore = "";
    }
    if ("children" in node) node.children.forEach((child) => visit(child as ElementContent));
  };
  return (tree: Root) => visit(tree);
}

/**
 * Wide tables scroll inside their own box instead of widening the page on phones; the box
 * is focusable so keyboard users can scroll it too.
 */
export function rehypeScrollableTables() {
  const wrap = (parent: Root | Element): void => {
    parent.children.forEach((child, index) => {
      if (child.type !== "element") return;
      if (child.tagName === "table") {
        parent.children[index] = {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], tabIndex: 0 },
          children: [child],
        };
      } else {
        wrap(child);
      }
    });
  };
  return (tree: Root) => wrap(tree);
}

/** Punctuation a line must not start with (Japanese kinsoku, and the per cent sign). */
const NO_LINE_START = /^[、。，．,.)）」』：:；;！!？?%％]/;
const NUMBER_SPACE_PERCENT = /(\d) (%|％)/g;

const hasClass = (node: ElementContent, name: string) =>
  node.type === "element" && Array.isArray(node.properties?.className) && node.properties.className.includes(name);

/**
 * Keeps together what a line break must not split: an inline formula and the 、 or 。 after
 * it (a browser may break after a formula, so a line could start with the comma), and a
 * number and its per cent sign ("81 %" is written with a no-break space).
 */
export function rehypeKeepTogether() {
  const visit = (parent: Root | Element): void => {
    if (parent.type === "element" && (["code", "pre"].includes(parent.tagName) || hasClass(parent, "katex"))) return;
    const children = parent.children as ElementContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type === "text") child.value = child.value.replace(NUMBER_SPACE_PERCENT, "$1\u00a0$2");
      const next = children[i + 1];
      if (hasClass(child, "katex") && next?.type === "text" && NO_LINE_START.test(next.value)) {
        const punctuation = next.value.match(NO_LINE_START)![0];
        next.value = next.value.slice(punctuation.length);
        children[i] = {
          type: "element",
          tagName: "span",
          properties: { className: ["keep-together"] },
          children: [child, { type: "text", value: punctuation }],
        };
        if (next.value === "") children.splice(i + 1, 1);
      } else if (child.type === "element") visit(child);
    }
  };
  return (tree: Root) => visit(tree);
}

export const rehypePlugins = [
  rehypeEditionLocale,
  // KaTeX errors render in red in dev; CI additionally runs content/katex.test.ts, which
  // renders every formula with throwOnError: true.
  [rehypeKatex, { throwOnError: false, strict: "ignore" }],
  rehypeKeepTogether,
  rehypeDisplayMath,
  rehypeScrollableTables,
  rehypeHeadingIds,
  [
    rehypeAutolinkHeadings,
    {
      behavior: "after",
      test: ["h2", "h3", "h4"],
      group: (heading: Element): Element => ({
        type: "element",
        tagName: "div",
        properties: { className: ["heading", `heading-${heading.tagName}`] },
        children: [],
      }),
      properties: (heading: Element) => ({
        className: ["heading-anchor"],
        dataPagefindIgnore: "",
        ariaLabel: t("lesson.headingAnchor", { heading: textOf(heading).trim() }),
      }),
      content: {
        type: "element",
        tagName: "span",
        properties: { ariaHidden: "true" },
        children: [{ type: "text", value: "#" }],
      },
    },
  ],
] as const;
