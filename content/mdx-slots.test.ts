/**
 * MDX swallows a named slot written on one line straight after a line of text: the
 * `<Fragment slot="hint">…</Fragment>` becomes inline text of the paragraph before it,
 * loses its slot, and the Exercise silently renders without its hint. A blank line before
 * the Fragment makes it a block of its own. This test keeps every chapter's hints,
 * solutions and answers on the page.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("./lessons/", import.meta.url));
const lessons = readdirSync(dir).filter((f) => f.endsWith(".mdx"));

/** Lines (1-based) where a one-line slotted Fragment follows a line of prose. */
export function swallowedSlots(source: string): number[] {
  const lines = source.split("\n");
  const bad: number[] = [];
  lines.forEach((line, i) => {
    const oneLine = /^\s*<Fragment slot="[^"]+">.*<\/Fragment>\s*$/.test(line);
    const before = (lines[i - 1] ?? "").trim();
    const afterProse = before !== "" && !before.startsWith("<") && !before.endsWith(">");
    if (oneLine && afterProse) bad.push(i + 1);
  });
  return bad;
}

describe("slotted fragments in chapters", () => {
  it("the detector finds the swallowed shape and passes the safe ones", () => {
    expect(swallowedSlots('Text.\n<Fragment slot="hint">Hint.</Fragment>')).toEqual([2]);
    expect(swallowedSlots('Text.\n\n<Fragment slot="hint">Hint.</Fragment>')).toEqual([]);
    expect(swallowedSlots('Text.\n<Fragment slot="hint">\nHint.\n</Fragment>')).toEqual([]);
  });
  for (const file of lessons) {
    it(`${file}: every one-line slot stands after a blank line`, () => {
      expect(swallowedSlots(readFileSync(dir + file, "utf8"))).toEqual([]);
    });
  }
});
