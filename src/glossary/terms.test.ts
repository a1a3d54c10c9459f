import { describe, expect, it } from "vitest";
import { asParenthetical, getTerm, terms, termsById } from "./terms";

describe("glossary terms", () => {
  it("has at least 40 terms with unique, URL-safe ids", () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(termsById.size).toBe(terms.length);
    for (const term of terms) expect(term.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every term an English name, a Japanese name and a definition", () => {
    for (const term of terms) {
      expect(term.en.trim(), term.id).not.toBe("");
      expect(term.ja.trim(), term.id).not.toBe("");
      expect(term.definition.length, term.id).toBeGreaterThan(20);
    }
  });

  it("only refers to existing terms in seeAlso", () => {
    for (const term of terms) {
      for (const other of term.seeAlso ?? []) {
        expect(termsById.has(other), `${term.id} → ${other}`).toBe(true);
        expect(other, term.id).not.toBe(term.id);
      }
    }
  });

  it("uses the book's Japanese for the core terms", () => {
    expect(getTerm("backpropagation").ja).toBe("誤差逆伝播法");
    expect(getTerm("gradient-descent").ja).toBe("勾配降下法");
    expect(getTerm("cross-entropy-error").ja).toBe("交差エントロピー誤差");
    expect(getTerm("sum-of-squared-error").ja).toBe("2乗和誤差");
    expect(getTerm("weight-decay").ja).toBe("荷重減衰");
    expect(getTerm("batch-normalization").ja).toBe("Batch Normalization"); // the book's own name for 6.3
  });

  it("names the unknown id when a lookup fails", () => {
    expect(() => getTerm("learnig-rate")).toThrow(/no term with id "learnig-rate"/);
  });
});

describe("the Japanese definitions", () => {
  // The mathematical symbols of a definition: Greek letters, operators, sub- and superscripts.
  const symbols = (text: string) => new Set(text.match(/[α-ωΣ∂∇√←≤≥−·²³ᵗᵀˣ⁻₀-₉ₖᵢ‖θ]/gu) ?? []);

  it("every term has one, written in です・ます", () => {
    for (const term of terms) {
      expect(term.definitionJa, term.id).toMatch(/[ぁ-んァ-ン一-龯]/u);
      for (const sentence of term.definitionJa.split("。").filter((s) => s.trim() !== ""))
        expect(sentence, `${term.id}: ${sentence}`).toMatch(/(です|ます|ません|でした)[)）]?$/u);
    }
  });

  it("keeps the English definition's formulas: the same mathematical symbols", () => {
    for (const term of terms) expect(symbols(term.definitionJa), term.id).toEqual(symbols(term.definition));
  });
});

describe("a term inside parentheses", () => {
  it("gives up its own parenthesis for a comma, so parentheses never nest", () => {
    expect(asParenthetical("stochastic gradient descent (SGD)")).toBe("stochastic gradient descent, SGD");
    expect(asParenthetical("hyperbolic tangent (tanh)")).toBe("hyperbolic tangent, tanh");
    expect(asParenthetical("learning rate")).toBe("learning rate");
    for (const term of terms) expect(asParenthetical(term.en)).not.toMatch(/[()]/);
  });
});
