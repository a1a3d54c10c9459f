/**
 * Vitest setup of the "core-on-wasm" project (vitest.config.ts): every test of the
 * core, the PyTorch fixtures included, runs a second time with the WebAssembly kernel
 * installed, and fails here if it could not be.
 */
import { kernelName, ready } from "../index";

await ready();
if (kernelName() !== "wasm-simd128") throw new Error(`expected the WebAssembly kernel, got ${kernelName()}`);
