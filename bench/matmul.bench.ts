/**
 * Matmul GFLOP/s for every product the ch06 network does at batch 128 (2·m·k·n floating
 * point operations each), for the WebAssembly SIMD kernel, the JS kernel (tiled), the first
 * attempt and the naive loops. The wasm kernel's time includes copying in and out.
 *
 * Inputs are shaped like training's: the first layer's x is a real MNIST batch (mostly
 * zeros), hidden activations are ReLU outputs (about half zeros), dout is dense. The
 * wasm and tiled kernels skip zero steps, so their "GFLOP/s" count the FLOPs of the full product.
 * Times are CPU seconds of this process, so a busy machine disturbs them less.
 */
import { createRng, loadMnist, typedArrayKernel, type MatmulKernel } from "kobai";
import { createWasmSimdKernel } from "../src/core/kernels/wasm-simd";
import { naiveKernel } from "../src/core/kernels/naive";
import { firstAttemptKernel } from "./kernels/first-attempt";
import { median, secondsPerCall, spread, type Benchmark, type BenchRow } from "./timing";

type Variant = "ab" | "atb" | "abt";
type Fill = "mnist" | "relu" | "dense";
interface Shape {
  variant: Variant;
  m: number;
  k: number;
  n: number;
  a: Fill;
  what: string;
}

const SHAPES: Shape[] = [
  { variant: "ab", m: 128, k: 784, n: 100, a: "mnist", what: "x·W   layer 1" },
  { variant: "ab", m: 128, k: 100, n: 100, a: "relu", what: "x·W   layers 2–4" },
  { variant: "ab", m: 128, k: 100, n: 10, a: "relu", what: "x·W   layer 5" },
  { variant: "atb", m: 784, k: 128, n: 100, a: "mnist", what: "xᵀ·dout layer 1" },
  { variant: "atb", m: 100, k: 128, n: 100, a: "relu", what: "xᵀ·dout layers 2–4" },
  { variant: "atb", m: 100, k: 128, n: 10, a: "relu", what: "xᵀ·dout layer 5" },
  { variant: "abt", m: 128, k: 100, n: 784, a: "relu", what: "dout·Wᵀ layer 1" },
  { variant: "abt", m: 128, k: 100, n: 100, a: "relu", what: "dout·Wᵀ layers 2–4" },
  { variant: "abt", m: 128, k: 10, n: 100, a: "dense", what: "dout·Wᵀ layer 5" },
];

const rng = createRng(0);
const normals = (count: number, keep: (i: number) => boolean = () => true) =>
  Float64Array.from({ length: count }, (_, i) => (keep(i) ? rng.normal() : 0));

async function operands(shape: Shape): Promise<[Float64Array, Float64Array]> {
  const { variant, m, k, n } = shape;
  const aSize = m * k;
  let a: Float64Array;
  if (shape.a === "mnist")
    a = (await loadMnist({ train: 128, test: 0 })).train.x.data; // 128 × 784 either way round
  else if (shape.a === "relu") a = normals(aSize).map((v) => Math.max(0, v));
  else a = normals(aSize);
  return [a, normals(variant === "abt" ? n * k : k * n)];
}

function gflops(kernel: MatmulKernel, shape: Shape, a: Float64Array, b: Float64Array, budgetSeconds: number): number[] {
  const { variant, m, k, n } = shape;
  const out = new Float64Array(m * n);
  const call = () => kernel[variant](a, b, out, m, k, n);
  const once = secondsPerCall(call, { warmup: 3, iterations: 1, runs: 1 }).wall[0];
  const iterations = Math.max(1, Math.round(budgetSeconds / 5 / once));
  // CPU time of this process: robust when other work shares the machine.
  return secondsPerCall(call, { warmup: iterations, iterations, runs: 5 }).cpu.map((s) => (2 * m * k * n) / s / 1e9);
}

const benchmark: Benchmark = {
  title: "Matmul GFLOP/s on the ch06 network's shapes (batch 128)",
  async run() {
    const rows: BenchRow[] = [];
    const wasm = await createWasmSimdKernel();
    if (!wasm) throw new Error("this Node has no WebAssembly SIMD");
    const kernels: [string, MatmulKernel, number][] = [
      ["wasm-simd128", wasm, 0.6],
      ["tiled", typedArrayKernel, 0.6],
      ["first", firstAttemptKernel, 0.3],
      ["naive", naiveKernel, 0.15],
    ];
    for (const shape of SHAPES) {
      const [a, b] = await operands(shape);
      const label = `${shape.variant.padEnd(3)} ${shape.m}×${shape.k}×${shape.n} ${shape.what}`;
      const [best, ...others] = kernels.map(
        ([name, kernel, budget]) => [name, gflops(kernel, shape, a, b, budget)] as const,
      );
      rows.push({
        name: label,
        value: median(best[1]),
        unit: "GFLOP/s",
        note: `wasm-simd128 (${spread(best[1], 2)}); ${others.map(([name, r]) => `${name} ${median(r).toFixed(2)}`).join(", ")}`,
      });
    }
    return rows;
  },
};
export default benchmark;
