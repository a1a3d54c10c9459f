/**
 * The CSS value rule of the chart sanitiser. DOMPurify and the CSS parser need a real
 * browser: e2e/cells-safety.spec.ts runs hostile charts through the page itself.
 */
import { describe, expect, it } from "vitest";
import { isInertCssValue } from "./sanitize";

describe("isInertCssValue", () => {
  it("keeps plain values and references to the chart's own elements", () => {
    for (const value of [
      "red",
      "currentColor",
      "translate(10,20)",
      "url(#plot-clip-1)",
      'url("#grad")',
      "url( '#a.b' )",
      "none",
    ]) {
      expect(isInertCssValue(value), value).toBe(true);
    }
  });

  it("drops anything that could load from elsewhere, however it is written", () => {
    for (const value of [
      "url(https://evil.example/p.png)",
      'url("//evil.example/p.png")',
      "URL(evil.png)",
      "u\\72l(//evil.example/x)",
      "\\75rl(x)",
      "image-set('a.png' 1x)",
      "-webkit-image-set(url(#a) 1x)",
      "cross-fade(url(#a), url(#b))",
      "url(#a) url(//evil.example/x)",
      "attr(data-x url)",
      "url(#a",
    ]) {
      expect(isInertCssValue(value), value).toBe(false);
    }
  });
});
