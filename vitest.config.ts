import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: { kobai: fileURLToPath(new URL("./src/core/index.ts", import.meta.url)) },
  },
  test: {
    environment: "node",
    testTimeout: 60_000,
    // The core reads no files: in Node, the shipped data comes from public/data/ on disk.
    setupFiles: ["./src/data/use-node.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "components/**/*.test.ts", "content/**/*.test.ts", "scripts/**/*.test.ts"],
        },
      },
      {
        // The core's tests and PyTorch fixtures again, on the WebAssembly kernel (the kernels'
        // own tests run every kernel already, and one asserts the default is installed).
        extends: true,
        test: {
          name: "core-on-wasm",
          include: ["src/core/**/*.test.ts"],
          exclude: ["src/core/kernels/**"],
          setupFiles: ["./src/data/use-node.ts", "src/core/kernels/use-wasm.setup.ts"],
        },
      },
    ],
  },
});
