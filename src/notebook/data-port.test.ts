import { afterEach, describe, expect, it } from "vitest";
import { dataFromPort, serveData } from "./data-port";

const opened: MessagePort[] = [];
afterEach(() => opened.splice(0).forEach((port) => port.close()));

/** A page end serving `files`, and the worker's data source on the other end. */
function connect(files: Record<string, number[]>) {
  const channel = new MessageChannel();
  opened.push(channel.port1, channel.port2);
  const asked: string[] = [];
  serveData(channel.port1, async (file) => {
    asked.push(file);
    if (!(file in files)) throw new Error(`cannot load /data/${file}: HTTP 404 Not Found`);
    return new Uint8Array(files[file]);
  });
  return { source: dataFromPort(Promise.resolve(channel.port2)), asked };
}

describe("data files through the page", () => {
  it("answers each request with its own file's bytes", async () => {
    const { source } = connect({ "a.bin": [1, 2, 3], "b.bin": [9] });
    const [a, b] = await Promise.all([source("a.bin"), source("b.bin")]);
    expect(Array.from(a)).toEqual([1, 2, 3]);
    expect(Array.from(b)).toEqual([9]);
  });

  it("passes the page's error on, and never reads outside the data folder", async () => {
    const { source, asked } = connect({ "a.bin": [1] });
    await expect(source("missing.bin")).rejects.toThrow("cannot load /data/missing.bin: HTTP 404 Not Found");
    await expect(source("../secret")).rejects.toThrow("not a data file: ../secret");
    await expect(source("/etc/passwd")).rejects.toThrow("not a data file");
    expect(asked).toEqual(["missing.bin"]);
  });
});
