/**
 * The Markdown/MDX pipeline of every lesson: math with remark-math + rehype-katex, heading
 * ids from Astro, and a visible "#" link after each heading so any section can be linked.
 */
import { rehypeHeadingIds } from "@astrojs/markdown-remark";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import type { Element, ElementContent, Root } from "hast";
import { t } from "../i18n";

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

export const remarkPlugins = [remarkMath];

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

export const rehypePlugins = [
  // KaTeX errors render in red in dev; CI additionally runs content/katex.test.ts, which
  // renders every formula with throwOnError: true.
  [rehypeKatex, { throwOnError: false, strict: "ignore" }],
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
      content: { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [{ type: "text", value: "#" }] },
    },
  ],
] as const;
