/**
 * The fast core in a real browser: a code cell runs on the WebAssembly SIMD matmul kernel
 * (the cell runtime waits for ready()), gets the same numbers bit for bit as the JS kernel,
 * and a kernel a cell installs does not leak into the next run.
 */
import { test, expect, type Page, type Locator } from "@playwright/test";

const PLAYGROUND = "/playground/";

function cell(page: Page): Locator {
  return page.locator("#cell-tensors");
}

/** Replaces the cell's code by typing real keystrokes, then runs it with Shift+Enter. */
async function typeAndRun(page: Page, lines: string[]): Promise<void> {
  await cell(page).scrollIntoViewIfNeeded();
  await cell(page).locator(".cell__editor").click();
  await expect(cell(page).locator(".cm-content")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(line);
  }
  await page.keyboard.press("Shift+Enter");
}

test.beforeEach(async ({ page }) => {
  await page.goto(PLAYGROUND);
  await expect(page.locator("kobai-cell[data-ready]").first()).toBeAttached();
});

test("a code cell runs on the WebAssembly kernel, with the JS kernel's numbers bit for bit", async ({ page }) => {
  const output = cell(page).locator(".cell__output");
  await typeAndRun(page, ['import { kernelName } from "kobai";', 'console.log("kernel", kernelName());']);
  await expect(output).toHaveText("kernel wasm-simd128");

  // A 37×29 by 29×31 product (odd sizes, a fifth of A zero) on both kernels, compared bit for bit.
  await typeAndRun(page, [
    'import { Tensor, createRng, kernelName, matmul, setMatmulKernel, typedArrayKernel } from "kobai";',
    "const rng = createRng(3);",
    "const grid = (r, c, zeros) => Tensor.from(Array.from({ length: r }, () => Array.from({ length: c }, () => (rng.uniform() < zeros ? 0 : rng.normal()))));",
    "const a = grid(37, 29, 0.2), b = grid(29, 31, 0);",
    "const fast = kernelName(), onWasm = matmul(a, b).data;",
    "setMatmulKernel(typedArrayKernel);",
    "const onJs = matmul(a, b).data;",
    'console.log(fast, "vs", kernelName(), onWasm.every((v, i) => Object.is(v, onJs[i])) ? "bit-identical" : "different", onWasm.length);',
  ]);
  await expect(output).toHaveText("wasm-simd128 vs js-tiled bit-identical 1147");

  // The previous run installed the JS kernel; the next run is back on WebAssembly.
  await typeAndRun(page, ['import { kernelName } from "kobai";', 'console.log("kernel", kernelName());']);
  await expect(output).toHaveText("kernel wasm-simd128");
});
