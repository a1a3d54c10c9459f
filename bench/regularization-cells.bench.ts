/**
 * How long the training cells of the chapters weight-decay, dropout and
 * hyperparameter-search take to run (the same runtime the page's worker uses), in CPU
 * seconds of one thread. Their claims tests run them too, so these are also the cost of
 * those tests. Slow (about a minute): `npm run bench -- regularization-cells`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { nodeNotebook } from "../src/notebook/testing";
import { cpuSeconds, type Benchmark, type BenchRow } from "./timing";

const cells = [
  ["weight-decay", "cell-overfit.ts", "2 × 300 steps, 6×100 net, 300 digits"],
  ["dropout", "cell-reproduce.ts", "2 × 300 steps, with and without dropout"],
  ["hyperparameter-search", "cell-one-trial.ts", "80 steps, 400 + 100 digits"],
] as const;

const benchmark: Benchmark = {
  title: "Regularisation chapters: training cells, one thread",
  slow: true,
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const [slug, file, note] of cells) {
      const code = readFileSync(fileURLToPath(new URL(`../content/lessons/${slug}/${file}`, import.meta.url)), "utf8");
      const start = cpuSeconds();
      const run = await nodeNotebook().run(file, code);
      if (!run.result.ok) throw new Error(`${slug}/${file} failed: ${JSON.stringify(run.result)}`);
      rows.push({
        name: `${slug}/${file}`,
        value: cpuSeconds() - start,
        unit: "cpu s",
        note: `${note}; ${run.texts[0] ?? ""}`,
      });
    }
    return rows;
  },
};

export default benchmark;
