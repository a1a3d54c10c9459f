import { describe, expect, it } from "vitest";
import { glossaryOrder, termName } from "./order";
import { terms } from "./terms";

const position = (order: { id: string }[], id: string) => order.findIndex((term) => term.id === id);

describe("the glossary's order in each edition", () => {
  it("English: alphabetical by the English term", () => {
    const order = glossaryOrder(terms, "en");
    expect(order.map((term) => term.en)).toEqual(
      [...terms.map((term) => term.en)].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })),
    );
    expect(position(order, "activation-function")).toBeLessThan(position(order, "weight"));
  });

  it("Japanese: kana order of the reading (重み おもみ before 活性化関数 かっせいか before 勾配 こうばい)", () => {
    const order = glossaryOrder(terms, "ja");
    expect(order).toHaveLength(terms.length);
    expect(position(order, "weight")).toBeLessThan(position(order, "activation-function"));
    expect(position(order, "activation-function")).toBeLessThan(position(order, "gradient"));
    // Terms read in Latin letters come before kana, as in a Japanese index.
    expect(position(order, "relu")).toBeLessThan(position(order, "weight"));
    expect(termName(order[position(order, "gradient")], "ja")).toBe("勾配");
  });
});
