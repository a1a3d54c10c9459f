/**
 * Choosing the kernel: kobai starts on the plain TypeScript kernel (it needs nothing to
 * load), and `ready()` swaps in the fastest one this runtime supports — the WebAssembly
 * SIMD kernel where WebAssembly SIMD runs (Node, every current browser, their workers).
 * Both give the same numbers bit for bit, so code that runs before `ready()` differs only
 * in speed.
 */
import { setMatmulKernel, type MatmulKernel } from "./kernel";
import { typedArrayKernel } from "./matmul";
import { createWasmSimdKernel } from "./wasm-simd";

// Compiled once per thread; later calls reuse it.
let fastest: Promise<MatmulKernel> | undefined;

/**
 * Installs the fastest matrix kernel this runtime supports and resolves once it is in use.
 * It replaces whatever kernel was installed (also one set with `setMatmulKernel`), so the
 * notebook calls it before every run: a kernel one cell installs does not leak into the next.
 *
 * @example
 * await ready();
 * kernelName(); // "wasm-simd128" (or "js-tiled" without WebAssembly SIMD)
 */
export async function ready(): Promise<void> {
  fastest ??= createWasmSimdKernel().then(
    (kernel) => kernel ?? typedArrayKernel,
    () => typedArrayKernel, // could not compile (e.g. WebAssembly disabled): keep the JS kernel
  );
  setMatmulKernel(await fastest);
}
