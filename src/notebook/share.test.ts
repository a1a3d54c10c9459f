import { describe, expect, it } from "vitest";
import {
  decodeShared,
  encodeShared,
  fromBase64Url,
  isDamagedShareHash,
  parseShareHash,
  shareUrl,
  toBase64Url,
  MAX_SHARED_CHARS,
} from "./share";

const code = [
  'import { Tensor, SGD } from "kobai";',
  "// 日本語のコメントも: 勾配降下法 ✓",
  "const w = Tensor.randn(784, 100, { std: 0.01 });",
  "for (let i = 0; i < 10; i++) console.log(i);",
].join("\n");

describe("share links", () => {
  it("round-trips code through deflate-raw and base64url (CompressionStream in Node 20)", async () => {
    const data = await encodeShared(code);
    expect(data).toMatch(/^z[A-Za-z0-9_-]+$/);
    expect(await decodeShared(data)).toBe(code);
  });

  it("compresses repetitive code well", async () => {
    const long = Array.from({ length: 200 }, (_, i) => `console.log("line", ${i});`).join("\n");
    const data = await encodeShared(long);
    expect(data.length).toBeLessThan(long.length / 4);
    expect(await decodeShared(data)).toBe(long);
  });

  it("falls back to uncompressed UTF-8 where CompressionStream is missing", async () => {
    const data = await encodeShared(code, { compress: false });
    expect(data[0]).toBe("u");
    expect(await decodeShared(data)).toBe(code);
  });

  it("round-trips the empty string and every byte value through base64url", async () => {
    expect(await decodeShared(await encodeShared(""))).toBe("");
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(toBase64Url(bytes)).not.toMatch(/[+/=]/);
  });

  it("refuses damaged data and oversized payloads", async () => {
    await expect(decodeShared("zAAAA")).rejects.toThrow();
    await expect(decodeShared("xAAAA")).rejects.toThrow(/unknown format/);
    const huge = await encodeShared("a".repeat(MAX_SHARED_CHARS + 10));
    await expect(decodeShared(huge)).rejects.toThrow(/longer than/);
    await expect(decodeShared("zAAAA")).rejects.toMatchObject({ reason: "damaged" });
    await expect(decodeShared("u$$$")).rejects.toMatchObject({ reason: "damaged" });
    await expect(decodeShared(huge)).rejects.toMatchObject({ reason: "tooLong" });
  });

  it("tells a damaged link from a heading anchor", () => {
    expect(isDamagedShareHash("#cell=a:z$$", ["a"])).toBe(true);
    expect(isDamagedShareHash("#cell=a:qAbC", ["a"])).toBe(true);
    expect(isDamagedShareHash("#cell=b:zAb", ["a"])).toBe(true);
    expect(isDamagedShareHash("#cell=a:zAb&cell=b:uCd", ["a", "b"])).toBe(false);
    expect(isDamagedShareHash("#intro", ["a"])).toBe(false);
    expect(isDamagedShareHash("", ["a"])).toBe(false);
  });

  it("reads and writes #cell=<id>:<data>", async () => {
    expect(parseShareHash("#cell=sgd-by_hand:zAb-_")).toEqual({ cellId: "sgd-by_hand", data: "zAb-_" });
    expect(parseShareHash("#section-2")).toBeUndefined();
    expect(parseShareHash("#cell=a b:z1")).toBeUndefined();
    const url = await shareUrl("https://kobai.example/lessons/sgd/?q=1#old", "by-hand", code);
    const parsed = new URL(url);
    expect(parsed.pathname + parsed.search).toBe("/lessons/sgd/?q=1");
    const link = parseShareHash(parsed.hash)!;
    expect(link.cellId).toBe("by-hand");
    expect(await decodeShared(link.data)).toBe(code);
  });
});
