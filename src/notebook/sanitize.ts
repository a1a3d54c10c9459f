/**
 * Chart markup from the worker → DOM that stays inside its box and fetches nothing.
 *
 * `plot(…)` sends the SVG markup Observable Plot drew in the worker. A cell may come from
 * someone else's share link, and a custom mark can draw any markup it likes, so:
 *
 * - DOMPurify (its SVG and HTML profiles) parses the markup inertly and keeps only
 *   drawing elements and plain attributes: no scripts, handlers, frames, images,
 *   foreignObject or animations.
 * - No URL may leave the page: every attribute or style value with `url(…)` must point at
 *   an element of the chart itself (`url(#clip-1)`, as Plot's clip paths and gradients
 *   do); `image-set(…)`, `@import`, `@font-face` and CSS escapes (`u\72l(`) are dropped.
 *   The browser's own CSS parser reads the style sheets, so an escape cannot hide a URL.
 * - Links (Plot's `href` channel) keep only http(s) targets and open in a new tab
 *   without access to this page (`rel="noopener noreferrer"`).
 * - `<style>` never reaches the page: its rules come back as a separate style sheet that
 *   render.ts adopts inside the chart's own shadow root.
 */
import createDOMPurify, { type DOMPurify } from "dompurify";

export interface SafeChart {
  /** The chart's elements, cleaned. */
  fragment: DocumentFragment;
  /** The chart's own `<style>` rules, cleaned; to be adopted by a shadow root only. */
  sheet: CSSStyleSheet;
}

const FORBIDDEN_TAGS = [
  "style",
  "script",
  "foreignobject",
  "image",
  "feimage",
  "img",
  "picture",
  "source",
  "video",
  "audio",
  "iframe",
  "object",
  "embed",
  "link",
  "meta",
  "base",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "animate",
  "set",
  "animatemotion",
  "animatetransform",
  "animatecolor",
  "discard",
  "template",
  "slot",
];
/** Attributes that make a browser fetch or navigate (besides href, handled below). */
const FORBIDDEN_ATTRIBUTES = [
  "src",
  "srcset",
  "background",
  "poster",
  "action",
  "formaction",
  "ping",
  "cite",
  "longdesc",
  "lowsrc",
  "dynsrc",
  "data",
  "codebase",
  "manifest",
  "srcdoc",
  "download",
  "referrerpolicy",
  "attributename",
  "values",
  "from",
  "to",
  "by",
];

/** CSS functions that load something (besides url(), checked separately). */
const LOADING_FUNCTIONS = /(?:image-set|image|cross-fade|element|src|paint|attr)\s*\(/i;
/** A reference to an element of the chart itself: url(#id), url("#id"). */
const LOCAL_URL = /^url\(\s*(['"]?)#[\w.:-]+\1\s*\)$/i;

/**
 * True when a CSS value (or an SVG presentation attribute, which is CSS too) can load
 * nothing from anywhere: no escapes, no loading functions, only local url(#id).
 *
 * @example
 * isInertCssValue("url(#plot-clip-1)");        // true
 * isInertCssValue('url("https://x.test/a")');  // false
 * isInertCssValue("u\\72l(//x.test)");         // false (an escape)
 */
export function isInertCssValue(value: string): boolean {
  if (value.includes("\\") || LOADING_FUNCTIONS.test(value)) return false;
  const urls = value.match(/url\s*\([^)]*\)?/gi) ?? [];
  return urls.every((url) => LOCAL_URL.test(url.replace(/\s+/g, " ").replace(/^url \(/i, "url(")));
}

/** Removes every declaration that could load something; returns how many remain. */
function cleanDeclarations(style: CSSStyleDeclaration): number {
  for (let i = style.length - 1; i >= 0; i--) {
    const property = style.item(i);
    if (!isInertCssValue(style.getPropertyValue(property))) style.removeProperty(property);
  }
  return style.length;
}

/**
 * Keeps style rules and the blocks that group them (@media, @supports, @container,
 * @layer, @keyframes), each cleaned; drops every other at-rule (@font-face, @import,
 * @namespace, @property, @counter-style: they load or define things outside the chart).
 */
function cleanRules(rules: CSSRuleList, remove: (index: number) => void): void {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as CSSRule & { style?: CSSStyleDeclaration; cssRules?: CSSRuleList };
    const kind = rule.constructor.name;
    const kept = [
      "CSSStyleRule",
      "CSSMediaRule",
      "CSSSupportsRule",
      "CSSContainerRule",
      "CSSLayerBlockRule",
      "CSSKeyframesRule",
      "CSSKeyframeRule",
      "CSSNestedDeclarations",
    ];
    // `:host` would style the chart's box on the page itself.
    const selector = (rule as Partial<CSSStyleRule>).selectorText ?? "";
    if (!kept.includes(kind) || /:host/i.test(selector)) {
      remove(i);
      continue;
    }
    if (rule.style) cleanDeclarations(rule.style);
    const group = rule as CSSRule & {
      cssRules?: CSSRuleList;
      deleteRule?(index: number): void;
      deleteRule?(key: string): void;
    };
    if (group.cssRules) {
      if (kind === "CSSKeyframesRule") {
        const keyframes = group as unknown as CSSKeyframesRule;
        cleanRules(keyframes.cssRules, (index) =>
          keyframes.deleteRule((keyframes.cssRules[index] as CSSKeyframeRule).keyText),
        );
      } else {
        const grouping = group as unknown as CSSGroupingRule;
        cleanRules(grouping.cssRules, (index) => grouping.deleteRule(index));
      }
    }
  }
}

/**
 * A constructed style sheet from CSS text, with nothing that loads. `replaceSync` ignores
 * @import by itself (constructed sheets cannot import).
 *
 * @example
 * cleanStyleSheet("@import url(//x.test/a.css); .a { fill: red; background: u\\72l(//x.test/p.png) }", window);
 * // a sheet with ".a { fill: red; }"
 */
export function cleanStyleSheet(css: string, view: Window & typeof globalThis): CSSStyleSheet {
  const sheet = new view.CSSStyleSheet();
  try {
    sheet.replaceSync(css);
  } catch {
    return new view.CSSStyleSheet();
  }
  cleanRules(sheet.cssRules, (index) => sheet.deleteRule(index));
  return sheet;
}

/** http(s) links only, resolved against the page (a relative link stays on the site). */
function safeLink(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function cleanElement(element: Element, base: string): void {
  const isLink = element.localName === "a";
  for (const { name, value } of Array.from(element.attributes)) {
    const lower = name.toLowerCase();
    if (lower === "style") {
      if (cleanDeclarations((element as HTMLElement | SVGElement).style) === 0) element.removeAttribute(name);
    } else if (lower === "href" || lower === "xlink:href") {
      // Links: out to the web in a new tab. Anything else (use, clipPath…): the chart's own #ids.
      const link = isLink ? safeLink(value, base) : undefined;
      if (link) element.setAttribute(name, link);
      else if (isLink || !value.trim().startsWith("#")) element.removeAttribute(name);
    } else if (!lower.startsWith("aria-") && lower !== "class" && !isInertCssValue(value)) {
      element.removeAttribute(name);
    }
  }
  if (isLink && element.hasAttribute("href")) {
    element.setAttribute("target", "_blank");
    element.setAttribute("rel", "noopener noreferrer");
  }
}

let purifier: DOMPurify | undefined;
let collectedCss: string[] = [];

function purifierFor(view: Window & typeof globalThis): DOMPurify {
  if (purifier) return purifier;
  purifier = createDOMPurify(view);
  // A <style> is dropped from the markup, but its text is kept for the chart's own sheet.
  purifier.addHook("uponSanitizeElement", (node, data) => {
    if (data.tagName === "style") collectedCss.push(node.textContent ?? "");
  });
  return purifier;
}

/**
 * Cleans chart markup for a shadow root: the elements, and the chart's style rules as a
 * sheet to adopt there.
 *
 * @example
 * const { fragment, sheet } = sanitizeChart('<svg onload="alert(1)"><style>.a{fill:red}</style><path d="M0,0"/></svg>', window);
 * // fragment: <svg><path d="M0,0"></path></svg>; sheet: .a { fill: red; }
 */
export function sanitizeChart(markup: string, view: Window & typeof globalThis): SafeChart {
  const purify = purifierFor(view);
  collectedCss = [];
  const fragment = purify.sanitize(markup, {
    USE_PROFILES: { svg: true, svgFilters: true, html: true },
    ADD_TAGS: ["a", "use"],
    ADD_ATTR: ["target"],
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const element of Array.from(fragment.querySelectorAll("*"))) cleanElement(element, view.location.href);
  return { fragment, sheet: cleanStyleSheet(collectedCss.join("\n"), view) };
}
