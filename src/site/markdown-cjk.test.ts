import { describe, expect, it } from "vitest";
import { remarkCjkLineBreaks } from "./markdown";

const text = (value: string) => {
  const tree = {
    type: "root" as const,
    children: [{ type: "paragraph" as const, children: [{ type: "text" as const, value }] }],
  };
  remarkCjkLineBreaks()(tree);
  return tree.children[0].children[0].value;
};

describe("line breaks in Japanese prose", () => {
  it("vanish next to a Japanese character, so sentences do not gain a space", () => {
    expect(text("発火します。\nこの講座の")).toBe("発火します。この講座の");
    expect(text("重みを\n  掛けて")).toBe("重みを掛けて");
    expect(text("計算します。\n")).toBe("計算します。");
    expect(text("\nです。")).toBe("です。");
  });

  it("vanish after a Japanese sentence, even when the next one starts with an English word", () => {
    expect(text("小さくなります。\nReLU関数の傾きは")).toBe("小さくなります。ReLU関数の傾きは");
    expect(text("使えません。\n  SGD は")).toBe("使えません。SGD は");
  });

  it("stay a space next to an English word", () => {
    expect(text("AND と\nOR")).toBe("AND と\nOR");
    expect(text("the line\n重み")).toBe("the line\n重み");
  });

  it("stay as spaces in English", () => {
    expect(text("a weighted\nsum")).toBe("a weighted\nsum");
  });
});
