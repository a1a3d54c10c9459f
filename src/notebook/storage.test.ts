import { describe, expect, it } from "vitest";
import { memoryStorage } from "../site/storage";
import { EditStore, formerKey, hashText, initialState, storageKey } from "./storage";

describe("saved edits", () => {
  it("keys edits by page path and cell id, ignoring a trailing slash or index.html", () => {
    expect(storageKey("/lessons/sgd/", "a")).toBe("kobai:cell:/lessons/sgd:a");
    expect(storageKey("/lessons/sgd/index.html", "a")).toBe("kobai:cell:/lessons/sgd:a");
    expect(storageKey("/", "a")).toBe("kobai:cell:/:a");
  });

  it("saves an edit with the original's hash and removes it when the code is the original again", () => {
    const storage = memoryStorage();
    const store = new EditStore(storage, "/playground/");
    expect(store.save("a", "show(2)", "show(1)", 1000)).toBe(true);
    expect(store.load("a")).toEqual({ code: "show(2)", originalHash: hashText("show(1)"), savedAt: 1000 });
    store.save("a", "show(1)", "show(1)");
    expect(store.load("a")).toBeUndefined();
    expect(storage.entries.size).toBe(0);
  });

  it("a cell that moved chapters brings the edit saved in its old place, in either edition", () => {
    const storage = memoryStorage();
    new EditStore(storage, "/lessons/backpropagation/").save("bp-two-layer", "mine", "theirs", 5);
    new EditStore(storage, "/ja/lessons/backpropagation/").save("bp-two-layer", "私の", "theirs", 6);
    expect(new EditStore(storage, "/lessons/two-layer-net/").load("tl-layer-by-layer")?.code).toBe("mine");
    expect(new EditStore(storage, "/ja/lessons/two-layer-net/").load("tl-layer-by-layer")?.code).toBe("私の");
    // Once edited in the new place, the new place's edit wins.
    new EditStore(storage, "/lessons/two-layer-net/").save("tl-layer-by-layer", "newer", "theirs", 7);
    expect(new EditStore(storage, "/lessons/two-layer-net/").load("tl-layer-by-layer")?.code).toBe("newer");
    expect(formerKey("/lessons/sgd/", "by-hand")).toBeUndefined();
  });

  it("survives broken or missing storage", () => {
    const storage = memoryStorage();
    storage.setItem("kobai:cell:/p:a", "{not json");
    expect(new EditStore(storage, "/p/").load("a")).toBeUndefined();
    const full = memoryStorage({ full: true });
    expect(new EditStore(full, "/p/").save("a", "x", "y")).toBe(false);
    expect(new EditStore(null, "/p/").save("a", "x", "y")).toBe(false);
  });

  it("hashes distinguish texts", () => {
    expect(hashText("abc")).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText("abc")).toBe(hashText("abc"));
    expect(hashText("abc")).not.toBe(hashText("abd"));
  });
});

describe("initialState", () => {
  const original = "show(1)";
  const saved = { code: "show(2)", originalHash: hashText(original), savedAt: 0 };

  it("prefers a shared link, then a saved edit, then the original", () => {
    expect(initialState(original, undefined)).toEqual({ code: original, notice: "none" });
    expect(initialState(original, saved)).toEqual({ code: "show(2)", notice: "none" });
    expect(initialState(original, saved, "show(3)")).toEqual({ code: "show(3)", notice: "shared" });
  });

  it("does not announce shared code that equals what the reader already has", () => {
    expect(initialState(original, saved, "show(2)")).toEqual({ code: "show(2)", notice: "none" });
    expect(initialState(original, undefined, original)).toEqual({ code: original, notice: "none" });
  });

  it("notices when the original changed under a saved edit", () => {
    expect(initialState("show(10)", saved)).toEqual({ code: "show(2)", notice: "changed" });
  });
});
