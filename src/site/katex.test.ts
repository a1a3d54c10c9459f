import { describe, expect, it } from "vitest";
import { renderMath } from "./katex";

describe("renderMath", () => {
  it("makes display math focusable so it can be scrolled by keyboard", () => {
    expect(renderMath("x^2", { display: true })).toMatch(/^<span class="katex-display" tabindex="0">/);
  });

  it("leaves inline math alone", () => {
    expect(renderMath("x^2")).toMatch(/^<span class="katex">/);
  });

  it("throws on invalid TeX", () => {
    expect(() => renderMath("\\frac{1}{")).toThrow();
  });
});
