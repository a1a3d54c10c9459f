/**
 * One training step of the book's ch06 network (784-100-100-100-100-10, ReLU, He init,
 * batch 128, softmax cross-entropy, SGD lr 0.01, real MNIST digits), measured in ONE run
 * for every contender, so that their ratios are fair on a machine others share:
 * - kobai through its public API (train.bench.ts's step), on each matmul kernel;
 * - TensorFlow.js 4 with its WebAssembly backend (XNNPACK). It computes in float32 only
 *   (kobai and numpy compute in float64), so it moves half the bytes. Its backward is
 *   written out by hand with the same lean form (no ∂L/∂x for the data);
 * - numpy float64 on one OpenBLAS thread, the book's own way (bench/ch06_numpy.py), when
 *   /usr/bin/python3 has numpy. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed for that
 *   command only (set, they make OpenBLAS pick slower kernels).
 * Rates are steps per CPU second of the measuring process (robust to other load) and per
 * wall-clock second; ratios use the CPU rates.
 *
 * `npm run bench -- ch06`
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-wasm";
import {
  batches,
  createRng,
  kernelName,
  loadMnist,
  matmulKernel,
  ready,
  setMatmulKernel,
  typedArrayKernel,
} from "kobai";
import { trainingStep } from "./train.bench";
import { median, secondsPerCall, spread, type Benchmark, type BenchRow } from "./timing";

const BATCH = 128;
const SIZES = [784, 100, 100, 100, 100, 10];
const SECONDS_PER_RUN = 1.5;

interface Rates {
  name: string;
  cpu: number[];
  wall: number[];
  note: string;
}

/** Steps per second of `step`, 5 runs of about SECONDS_PER_RUN each. */
function measure(name: string, step: () => void, note: string): Rates {
  const probe = secondsPerCall(step, { warmup: 20, iterations: 10, runs: 1 }).wall[0];
  const iterations = Math.max(10, Math.round(SECONDS_PER_RUN / probe));
  const { cpu, wall } = secondsPerCall(step, { warmup: 0, iterations, runs: 5 });
  return { name, cpu: cpu.map((s) => 1 / s), wall: wall.map((s) => 1 / s), note };
}

/** The batches every contender trains on: 16 drawn from MNIST as train.bench.ts draws them. */
async function sameBatches(): Promise<{ x: Float64Array[]; labels: Int32Array[] }> {
  const { train } = await loadMnist();
  const cut = [...batches(train.x, train.y, BATCH, { replacement: true, rng: createRng(1) })].slice(0, 16);
  return { x: cut.map(([xb]) => xb.data), labels: cut.map(([, yb]) => Int32Array.from(yb as ArrayLike<number>)) };
}

/** The same step in TensorFlow.js (float32): forward, softmax CE, hand-written backward, SGD. */
async function tfjsStep(data: { x: Float64Array[]; labels: Int32Array[] }): Promise<() => void> {
  await tf.setBackend("wasm");
  await tf.ready();
  const xs = data.x.map((x) => tf.tensor2d(Float32Array.from(x), [BATCH, SIZES[0]]));
  const ts = data.labels.map((l) => tf.cast(tf.oneHot(tf.tensor1d(l, "int32"), 10), "float32"));
  const W = SIZES.slice(1).map((n, l) =>
    tf.variable(tf.randomNormal([SIZES[l], n], 0, Math.sqrt(2 / SIZES[l]), "float32", l)),
  );
  const b = SIZES.slice(1).map((n) => tf.variable(tf.zeros([n])));
  let next = 0;
  return () => {
    const i = next++ % xs.length;
    const loss = tf.tidy(() => {
      const hs: tf.Tensor2D[] = [xs[i]];
      let h: tf.Tensor2D = xs[i];
      for (let l = 0; l < W.length; l++) {
        h = tf.add(tf.matMul(h, W[l]), b[l]);
        if (l + 1 < W.length) h = tf.relu(h);
        hs.push(h);
      }
      const p = tf.softmax(h);
      const lossValue = tf.neg(tf.mean(tf.sum(tf.mul(ts[i], tf.log(tf.add(p, 1e-7))), 1)));
      let d: tf.Tensor2D = tf.div(tf.sub(p, ts[i]), BATCH);
      for (let l = W.length - 1; l >= 0; l--) {
        const gradW = tf.matMul(hs[l], d, true, false);
        const gradB = tf.sum(d, 0);
        if (l > 0) d = tf.mul(tf.matMul(d, W[l], false, true), tf.step(hs[l]));
        W[l].assign(tf.sub(W[l], tf.mul(gradW, 0.01)));
        b[l].assign(tf.sub(b[l], tf.mul(gradB, 0.01)));
      }
      return lossValue;
    });
    const value = loss.dataSync()[0]; // wait for the step, as kobai's loss.forward returns a number
    loss.dispose();
    if (!Number.isFinite(value)) throw new Error(`tfjs step diverged: loss ${value}`);
  };
}

/** numpy float64, one OpenBLAS thread, in a child process; null when numpy is missing. */
function numpyRates(data: { x: Float64Array[]; labels: Int32Array[] }): Rates | null {
  const python = "/usr/bin/python3";
  if (spawnSync(python, ["-c", "import numpy"]).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), "kobai-bench-"));
  try {
    const prefix = join(dir, "batches");
    writeFileSync(`${prefix}.x`, Buffer.concat(data.x.map((x) => Buffer.from(x.buffer, x.byteOffset, x.byteLength))));
    writeFileSync(
      `${prefix}.y`,
      Buffer.concat(data.labels.map((l) => Buffer.from(l.buffer, l.byteOffset, l.byteLength))),
    );
    const env: NodeJS.ProcessEnv = { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1" };
    delete env.OPENBLAS_CORETYPE;
    delete env.OPENBLAS_L2_SIZE;
    const script = new URL("./ch06_numpy.py", import.meta.url).pathname;
    const run = spawnSync(python, [script, prefix, String(SECONDS_PER_RUN)], { env, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`numpy bench failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as {
      wall: number[];
      cpu: number[];
      numpy: string;
      blas: string;
    };
    return {
      name: "numpy float64, 1 OpenBLAS thread",
      cpu: result.cpu.map((s) => 1 / s),
      wall: result.wall.map((s) => 1 / s),
      note: `numpy ${result.numpy}, ${result.blas}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = {
  title:
    "The ch06 step (784-100×4-10, ReLU, He, batch 128, softmax CE, SGD) in one run: kobai per kernel, TensorFlow.js wasm, numpy",
  async run() {
    const installed = matmulKernel();
    const contenders: Rates[] = [];
    try {
      setMatmulKernel(typedArrayKernel);
      contenders.push(measure("kobai, js-tiled kernel", await trainingStep(), "float64"));
      await ready();
      contenders.push(measure(`kobai, ${kernelName()} kernel`, await trainingStep(), "float64"));
    } finally {
      setMatmulKernel(installed);
    }
    const data = await sameBatches();
    contenders.push(
      measure(
        "TensorFlow.js 4, wasm backend",
        await tfjsStep(data),
        `float32 only; SIMD ${tf.env().getBool("WASM_HAS_SIMD_SUPPORT")}, threads ${tf.env().getBool("WASM_HAS_MULTITHREAD_SUPPORT")}`,
      ),
    );
    const numpy = numpyRates(data);
    if (numpy) contenders.push(numpy);

    const fastest = contenders[1];
    const rows: BenchRow[] = contenders.map((c) => ({
      name: c.name,
      value: median(c.cpu),
      unit: "steps/s",
      note: `per CPU s (${spread(c.cpu)}); wall ${median(c.wall).toFixed(1)}; ${c.note}`,
    }));
    for (const other of contenders) {
      if (other === fastest) continue;
      rows.push({
        name: `ratio ${fastest.name} : ${other.name}`,
        value: median(fastest.cpu) / median(other.cpu),
        unit: "×",
      });
    }
    if (!numpy) rows.push({ name: "numpy", value: NaN, unit: "", note: "/usr/bin/python3 has no numpy: not measured" });
    return rows;
  },
};
export default benchmark;
