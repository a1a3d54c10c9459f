/**
 * KaTeX for components and widgets that typeset a formula themselves (outside MDX), with
 * the same accessibility fix the MDX pipeline applies: display math may scroll sideways
 * on a phone, so its box is focusable for keyboard users.
 */
import katex from "katex";

/**
 * Render TeX to an HTML string. Display math gets tabindex="0" on its scrolling box.
 * Throws on invalid TeX so a broken formula fails the build and tests.
 * @example
 * renderMath("W \\leftarrow W - \\eta g", { display: true }); // '<span class="katex-display" tabindex="0">…'
 */
export function renderMath(tex: string, { display = false }: { display?: boolean } = {}): string {
  const html = katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "ignore" });
  return display ? html.replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">') : html;
}
