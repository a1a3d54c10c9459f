import { it } from "vitest";
import { readFileSync } from "node:fs";
import { nodeNotebook } from "/work/main/src/notebook/testing";
it("runs", async () => {
  const nb = nodeNotebook();
  for (const f of ["cell-shopping", "cell-two-layer", "cell-your-affine"]) {
    const code = readFileSync(`/work/main/content/lessons/backpropagation/${f}.ts`, "utf8");
    const r = await nb.run(f, code);
    console.log(f, JSON.stringify(r.result), r.texts, r.verdicts.map((v) => [v.ok, v.label, v.detail]), r.items.filter(i => i.kind !== "text" && i.kind !== "verdict").map(i => JSON.stringify(i).slice(0, 300)));
  }
});
