import { describe, expect, it } from "vitest";
import { createLinter, loadTextlintrc } from "textlint";
import { fileURLToPath } from "node:url";

// The real .textlintrc.yml on Japanese prose placed at a real path of the Japanese edition:
// each case is a sentence the preset must stop (or, where the site tuned it, let through),
// so a rule switched off by mistake fails here. `npm run lint` runs it over content/ja.
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const file = `${repoRoot}content/ja/lessons/example.mdx`;

async function ruleIds(text: string): Promise<string[]> {
  const descriptor = await loadTextlintrc({
    configFilePath: `${repoRoot}.textlintrc.yml`,
    node_modulesDir: `${repoRoot}node_modules`,
  });
  const result = await createLinter({ descriptor }).lintText(text, file);
  return result.messages.map((m) => m.ruleId.replace(/^ja-technical-writing\//, ""));
}

describe("the Japanese edition's prose lint (.textlintrc.yml)", () => {
  it("stops である mixed into です・ます prose", async () => {
    expect(await ruleIds("この関数は微分できます。勾配は傾きである。重みを更新します。\n")).toContain(
      "no-mix-dearu-desumasu",
    );
  });

  it("stops a doubled particle, and lets parallel も…も through", async () => {
    expect(await ruleIds("XOR は線形分離可能ではないと表示します。\n")).toContain("no-doubled-joshi");
    expect(await ruleIds("重みもバイアスも、すべて学習係数に比例します。\n")).toEqual([]);
  });

  it("stops an overlong sentence", async () => {
    const long = `この文は${"とても".repeat(40)}長いので読みにくくなります。\n`;
    expect(await ruleIds(long)).toContain("sentence-length");
  });

  it("reads a formula as a formula: an interval is not an unmatched bracket", async () => {
    expect(await ruleIds("したがって $w \\in (-1, -0.5]$ ならどれでもよく、たとえば $w = -0.75$ です。\n")).toEqual([]);
    expect(await ruleIds("したがって (w が -1 より大きいならどれでもよいです。\n")).toContain("no-unmatched-pair");
  });
});
