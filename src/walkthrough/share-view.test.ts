import { describe, expect, it } from "vitest";
import { composeShareUrl, sharedAnchor } from "./share-view";
import { decodeShared, parseShareHash, parseSharedCells, sharedCellData, sharedCellsHash } from "../notebook/share";

describe("share this view", () => {
  const cells = [
    { id: "by-hand", code: "const lr = 0.95;\nshow(lr)" },
    { id: "your_turn", code: 'check("ok", 1 + 1, 2) // ✓ ${x} `tick`' },
  ];

  it("keeps widget settings, sets the section and carries every edited cell, compressed", async () => {
    const url = new URL(
      await composeShareUrl("https://k.example/lessons/sgd/?w.sgd-bowl.lr=0.95&present=2#old", { present: 5 }, cells),
    );
    expect(url.pathname).toBe("/lessons/sgd/");
    expect(url.searchParams.get("w.sgd-bowl.lr")).toBe("0.95");
    expect(url.searchParams.get("present")).toBe("5");
    const entries = parseSharedCells(url.hash);
    expect(entries.map((e) => e.cellId)).toEqual(["by-hand", "your_turn"]);
    expect(entries.every((e) => e.data.startsWith("z"))).toBe(true);
    const decoded = await Promise.all(entries.map((e) => decodeShared(e.data)));
    expect(decoded).toEqual(cells.map((c) => c.code));
  });

  it("names the heading when not presenting, and drops the hash when nothing was edited", async () => {
    const url = await composeShareUrl(
      "https://k.example/lessons/sgd/?present=3&w.a.b=1#cell=x:uAA",
      { at: "exercises" },
      [],
    );
    expect(url).toBe("https://k.example/lessons/sgd/?w.a.b=1&at=exercises");
    expect(sharedAnchor(url)).toBe("exercises");
    expect(sharedAnchor("https://k.example/lessons/sgd/?at=%3Cscript%3E")).toBeUndefined();
  });

  it("reads one cell out of a several-cell hash, and old one-cell links still parse", async () => {
    const hash = "#" + (await sharedCellsHash(cells, { compress: false }));
    expect(await decodeShared(sharedCellData(hash, "your_turn")!)).toBe(cells[1].code);
    expect(sharedCellData(hash, "missing")).toBeUndefined();
    expect(sharedCellData("#cell=a:zAbC", "a")).toBe("zAbC");
    expect(parseShareHash("#cell=a:zAbC")).toEqual({ cellId: "a", data: "zAbC" });
    expect(parseSharedCells("#exercises")).toEqual([]);
    expect(parseSharedCells("#cell=a:zAb&intro")).toEqual([]);
    await expect(sharedCellsHash([{ id: "bad id", code: "" }])).rejects.toThrow(/cell id/);
  });
});
