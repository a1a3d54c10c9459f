/**
 * `npm run bench`: runs every bench/*.bench.ts (or those whose name contains an argument:
 * `npm run bench -- matmul`) and prints its rows. A benchmark marked `slow` runs only when
 * named. Numbers depend on the machine and on what else runs on it; tests never assert
 * timings, only benchmarks print them.
 */
import "../src/data/use-node";
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Benchmark, BenchRow } from "./timing";

const dir = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();

function print(rows: BenchRow[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(width)}  ${r.value.toFixed(2).padStart(9)} ${r.unit.padEnd(8)} ${r.note ?? ""}`);
  }
}

const started = performance.now();
for (const file of files) {
  const bench = (await import(pathToFileURL(dir + file).href)).default as Benchmark;
  if (bench.slow && filters.length === 0) {
    console.log(
      `\n${bench.title}  (bench/${file}): slow, skipped; run it with \`npm run bench -- ${file.replace(".bench.ts", "")}\``,
    );
    continue;
  }
  console.log(`\n${bench.title}  (bench/${file})`);
  print(await bench.run());
}
console.log(`\nnode ${process.version}, total ${((performance.now() - started) / 1000).toFixed(1)} s`);
