import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: { kobai: fileURLToPath(new URL("./src/core/index.ts", import.meta.url)) },
  },
  test: {
    include: ["src/**/*.test.ts", "components/**/*.test.ts", "content/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    // The core reads no files: in Node, the shipped data comes from public/data/ on disk.
    setupFiles: ["./src/data/use-node.ts"],
  },
});
