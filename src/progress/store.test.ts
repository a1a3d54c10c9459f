import { describe, expect, it } from "vitest";
import { memoryStorage } from "../site/storage";
import { PROGRESS_KEY, ProgressStore, continueHref, summarize } from "./store";

describe("ProgressStore", () => {
  it("records opened, last section and finished, and survives a new store on the same storage (a reload)", () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage);
    expect(store.stateOf("sgd")).toBe("new");
    store.opened("sgd", 100);
    store.opened("sgd", 200); // keeps the first time
    expect(store.load().chapters.sgd).toEqual({ openedAt: 100 });
    store.readSection(
      { slug: "sgd", chapterTitle: "SGD", section: 3, sectionId: "zig-zag", sectionTitle: "The zig-zag" },
      300,
    );
    const reloaded = new ProgressStore(storage);
    expect(reloaded.stateOf("sgd")).toBe("opened");
    expect(reloaded.load().last).toEqual({
      slug: "sgd",
      chapterTitle: "SGD",
      section: 3,
      sectionId: "zig-zag",
      sectionTitle: "The zig-zag",
      at: 300,
    });
    reloaded.finished("sgd", 400);
    reloaded.finished("adam", 500); // finishing implies opening
    expect(reloaded.stateOf("sgd")).toBe("finished");
    expect(reloaded.load().chapters.adam).toEqual({ openedAt: 500, finishedAt: 500 });
    expect(summarize(reloaded.load())).toEqual({ opened: 2, finished: 2 });
  });

  it("forgets everything", () => {
    const storage = memoryStorage();
    const store = new ProgressStore(storage);
    store.finished("sgd");
    store.forget();
    expect(storage.entries.has(PROGRESS_KEY)).toBe(false);
    expect(store.load()).toEqual({ chapters: {} });
  });

  it("starts afresh on damaged data and works without storage", () => {
    const storage = memoryStorage();
    storage.entries.set(PROGRESS_KEY, "{not json");
    expect(new ProgressStore(storage).load()).toEqual({ chapters: {} });
    storage.entries.set(
      PROGRESS_KEY,
      JSON.stringify({ chapters: { sgd: { openedAt: "x" }, adam: { openedAt: 1 } }, last: { slug: 3 } }),
    );
    expect(new ProgressStore(storage).load()).toEqual({ chapters: { adam: { openedAt: 1 } } });
    const none = new ProgressStore(null);
    none.opened("sgd");
    expect(none.stateOf("sgd")).toBe("new");
    const full = memoryStorage({ full: true });
    expect(() => new ProgressStore(full).opened("sgd")).not.toThrow();
  });

  it("links back to the section", () => {
    expect(continueHref({ slug: "sgd", sectionId: "exercises" })).toBe("/lessons/sgd/#exercises");
    expect(continueHref({ slug: "sgd", sectionId: "" })).toBe("/lessons/sgd/");
  });
});

describe("each edition keeps its own progress", () => {
  it("reading in Japanese never touches the English place, and the Continue link stays in its edition", () => {
    const storage = memoryStorage();
    const english = new ProgressStore(storage, "en");
    const japanese = new ProgressStore(storage, "ja");
    english.readSection({
      slug: "sgd",
      chapterTitle: "SGD",
      sectionId: "momentum",
      sectionTitle: "Momentum",
      section: 3,
    });
    japanese.readSection({
      slug: "adam",
      chapterTitle: "Adam",
      sectionId: "",
      sectionTitle: "はじめに",
      section: 1,
    });
    expect(english.load().last?.slug).toBe("sgd");
    expect(japanese.load().last?.sectionTitle).toBe("はじめに");
    expect([...storage.entries.keys()].sort()).toEqual(["kobai:progress", "kobai:progress:ja"]);
    expect(continueHref(japanese.load().last!, "ja")).toBe("/ja/lessons/adam/");
    expect(continueHref(english.load().last!, "en")).toBe("/lessons/sgd/#momentum");
    japanese.forget();
    expect(english.load().last?.slug).toBe("sgd");
  });
});
