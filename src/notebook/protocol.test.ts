import { describe, expect, it } from "vitest";
import { OutputBatcher, decodeFromWorker, decodeToWorker, isOutputItem, type OutputItem } from "./protocol";

const line = (text: string): OutputItem => ({ kind: "text", level: "log", text });

describe("message validation", () => {
  it("accepts well-formed messages from the worker", () => {
    const output = {
      type: "output",
      runId: 3,
      items: [line("hi"), { kind: "plot", svg: "<svg></svg>" }],
      progress: { fraction: 0.5, label: "epoch 1" },
      omitted: 2,
    };
    expect(decodeFromWorker(output)).toEqual(output);
    expect(decodeFromWorker({ type: "done", runId: 3, ms: 10 })).toEqual({ type: "done", runId: 3, ms: 10 });
    const failed = {
      type: "failed",
      runId: 1,
      ms: 2,
      error: { kind: "runtime", name: "TypeError", message: "x", line: 2, column: 3 },
    };
    expect(decodeFromWorker(failed)).toEqual(failed);
    const late = { type: "output", runId: 4, items: [line("from a timer")], late: true };
    expect(decodeFromWorker(late)).toEqual(late);
  });

  it("rejects malformed or foreign messages (a cell can call postMessage itself)", () => {
    expect(decodeFromWorker(null)).toBeUndefined();
    expect(
      decodeFromWorker({ type: "output", runId: 1, items: [{ kind: "html", html: "<img onerror=alert(1)>" }] }),
    ).toBeUndefined();
    expect(decodeFromWorker({ type: "output", runId: 1, items: [], progress: { fraction: "half" } })).toBeUndefined();
    expect(decodeFromWorker({ type: "done", runId: "1", ms: 1 })).toBeUndefined();
    expect(decodeFromWorker({ type: "output", runId: 1, items: [], late: "yes" })).toBeUndefined();
    expect(
      decodeFromWorker({ type: "failed", runId: 1, ms: 1, error: { kind: "other", name: "E", message: "m" } }),
    ).toBeUndefined();
    expect(isOutputItem({ kind: "table", table: { shape: [1, 1], source: "tensor", rows: [[1]] } })).toBe(false);
    expect(isOutputItem({ kind: "text", level: "shout", text: "x" })).toBe(false);
  });

  it("validates run requests, including the cell id used in source URLs", () => {
    expect(decodeToWorker({ type: "run", runId: 1, cellId: "sgd-by_hand", source: "1", plotWidth: 600 })).toBeDefined();
    expect(decodeToWorker({ type: "run", runId: 1, cellId: "a/../b", source: "1", plotWidth: 600 })).toBeUndefined();
  });

  it("carries the page's edition to the worker, and only a known one", () => {
    const run = { type: "run", runId: 1, cellId: "a", source: "1", plotWidth: 600 };
    expect(decodeToWorker({ ...run, locale: "ja" })?.locale).toBe("ja");
    expect(decodeToWorker({ ...run, locale: "en" })?.locale).toBe("en");
    expect(decodeToWorker({ ...run, locale: "fr" })).toBeUndefined();
    expect(decodeToWorker({ ...run, locale: 1 })).toBeUndefined();
  });
});

describe("OutputBatcher", () => {
  function setup(options: { maxItems?: number; tailItems?: number } = {}) {
    let now = 0;
    const sent: { items: OutputItem[]; progress?: unknown; omitted?: number }[] = [];
    const batcher = new OutputBatcher({ send: (b) => sent.push(b), now: () => now, ...options });
    return { batcher, sent, advance: (ms: number) => (now += ms) };
  }

  it("sends at most one batch per 50 ms while a loop logs", () => {
    const { batcher, sent, advance } = setup({ maxItems: 1e6 });
    for (let i = 0; i < 100_000; i++) {
      batcher.push(line(String(i)));
      advance(0.01); // 100 000 lines in 1 s
    }
    batcher.finish();
    expect(sent.length).toBeGreaterThanOrEqual(19);
    expect(sent.length).toBeLessThanOrEqual(21);
    expect(sent.flatMap((b) => b.items)).toHaveLength(100_000);
  });

  it("coalesces progress to the latest value per batch", () => {
    const { batcher, sent, advance } = setup();
    batcher.setProgress({ fraction: 0.1 });
    batcher.setProgress({ fraction: 0.2 });
    advance(60);
    batcher.setProgress({ fraction: 0.3, label: "epoch 3" });
    expect(sent).toEqual([{ items: [], progress: { fraction: 0.3, label: "epoch 3" } }]);
    batcher.finish();
    expect(sent).toHaveLength(1); // nothing new to send
  });

  it("caps the lines kept, counts the rest, and shows the last few at the end", () => {
    const { batcher, sent } = setup({ maxItems: 3, tailItems: 2 });
    for (let i = 0; i < 10; i++) batcher.push(line(String(i)));
    batcher.finish();
    const texts = sent.flatMap((b) => b.items.map((i) => (i.kind === "text" ? i.text : "")));
    expect(texts).toEqual(["0", "1", "2", "8", "9"]);
    // The last count sent is the number of lines never shown: 10 − 3 kept − 2 tail.
    expect(sent.filter((b) => b.omitted !== undefined).at(-1)?.omitted).toBe(5);
  });

  it("sends nothing for a silent run", () => {
    const { batcher, sent } = setup();
    batcher.finish();
    expect(sent).toEqual([]);
  });
});
