import { describe, expect, it } from "vitest";
import type { Element, ElementContent, Root } from "hast";
import { rehypeKeepTogether, remarkCjkLineBreaks } from "./markdown";

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

describe("what a line break must not split", () => {
  const katex = (tex: string) => ({
    type: "element" as const,
    tagName: "span",
    properties: { className: ["katex"] },
    children: [{ type: "text" as const, value: tex }],
  });
  const run = (children: ElementContent[]) => {
    const tree: Root = { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children }] };
    rehypeKeepTogether()(tree);
    return (tree.children[0] as Element).children;
  };

  it("an inline formula keeps the 、 or 。 after it", () => {
    const out = run([katex("x"), { type: "text", value: "、次に" }]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ tagName: "span", properties: { className: ["keep-together"] } });
    expect((out[0] as Element).children[1]).toEqual({ type: "text", value: "、" });
    expect(out[1]).toEqual({ type: "text", value: "次に" });
    expect(run([katex("x"), { type: "text", value: "。" }])).toHaveLength(1);
  });

  it("leaves a formula followed by a word or nothing alone", () => {
    expect(run([katex("x"), { type: "text", value: " は" }])[0]).toMatchObject({
      properties: { className: ["katex"] },
    });
    expect(run([katex("x")])[0]).toMatchObject({ properties: { className: ["katex"] } });
  });

  it("writes a number and its per cent sign with a no-break space, outside code", () => {
    expect(run([{ type: "text", value: "81 % と 90.0 ％" }])[0]).toEqual({
      type: "text",
      value: "81\u00a0% と 90.0\u00a0％",
    });
    const code = run([
      { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: "1 %" }] },
    ])[0] as Element;
    expect(code.children[0]).toEqual({ type: "text", value: "1 %" });
  });
});
