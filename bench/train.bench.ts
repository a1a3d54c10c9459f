/**
 * Training speed on the book's ch06 network (『ゼロから作るDeep Learning』 6.1.8, 6.2):
 * 784-100-100-100-100-10, ReLU, He init, batch 128, softmax cross-entropy, SGD lr 0.01,
 * on the real MNIST digits in public/data. One step = forward, loss, backward, update.
 *
 * Also shows how much of a step the matmul kernel takes (the rest is layers, loss,
 * optimizer and allocation), measured by wrapping the kernel with timers.
 */
import {
  batches,
  CrossEntropyLoss,
  Linear,
  ReLU,
  SGD,
  Sequential,
  createRng,
  loadMnist,
  matmulKernel,
  setMatmulKernel,
  type Layer,
  type MatmulKernel,
} from "kobai";
import { firstAttemptKernel } from "./kernels/first-attempt";
import { median, secondsPerCall, spread, type Benchmark, type BenchRow } from "./timing";

const BATCH = 128;
const SIZES = [784, 100, 100, 100, 100, 10];

function network(seed: number): Sequential {
  const rng = createRng(seed);
  const layers: Layer[] = [];
  for (let l = 0; l + 1 < SIZES.length; l++) {
    layers.push(new Linear(SIZES[l], SIZES[l + 1], { init: "he", rng }));
    if (l + 2 < SIZES.length) layers.push(new ReLU());
  }
  return new Sequential(layers);
}

/** A closure doing one training step on the next of a few pre-cut batches (ch06-step.bench.ts uses it too). */
export async function trainingStep(): Promise<() => void> {
  const { train } = await loadMnist();
  const rng = createRng(1);
  // Book style (np.random.choice per step): batches drawn with replacement. Cut a few up
  // front so the timing is the step itself.
  const batchList = [...batches(train.x, train.y, BATCH, { replacement: true, rng })].slice(0, 16);
  const model = network(0);
  const loss = new CrossEntropyLoss();
  const optimizer = new SGD(model.parameters(), { lr: 0.01 });
  let next = 0;
  return () => {
    const [xb, yb] = batchList[next++ % batchList.length];
    optimizer.zeroGrad();
    const l = loss.forward(model.forward(xb), yb);
    if (!Number.isFinite(l)) throw new Error(`bench diverged: loss ${l}`);
    model.backward(loss.backward(), { inputGradient: false }); // as fit does: no ∂L/∂x for the data
    optimizer.step();
  };
}

/** The kernel, with a stopwatch around each call, adding up seconds per product shape. */
function timed(kernel: MatmulKernel, clock: Map<string, number>): MatmulKernel {
  const wrap =
    (variant: Exclude<keyof MatmulKernel, "name">): MatmulKernel["ab"] =>
    (a, b, out, m, k, n) => {
      const start = performance.now();
      kernel[variant](a, b, out, m, k, n);
      const key = `${variant} ${m}×${k}×${n}`;
      clock.set(key, (clock.get(key) ?? 0) + (performance.now() - start) / 1000);
    };
  return { ab: wrap("ab"), atb: wrap("atb"), abt: wrap("abt") };
}

const benchmark: Benchmark = {
  title: "Training the ch06 network (784-100×4-10, ReLU, He, batch 128, softmax CE, SGD 0.01) on MNIST",
  async run() {
    const rows: BenchRow[] = [];
    const installed = matmulKernel();
    const kernels: [string, MatmulKernel, number][] = [
      ["tiled kernel (installed)", installed, 150],
      ["first-attempt kernel", firstAttemptKernel, 60],
    ];
    for (const [name, kernel, steps] of kernels) {
      setMatmulKernel(kernel);
      try {
        const step = await trainingStep();
        const { wall, cpu } = secondsPerCall(step, { warmup: Math.max(10, steps / 5), iterations: steps, runs: 5 });
        const rates = wall.map((s) => 1 / s),
          cpuRates = cpu.map((s) => 1 / s);
        rows.push({
          name: `train steps/s, ${name}`,
          value: median(rates),
          unit: "steps/s",
          note: `wall clock, median of 5 × ${steps} steps (${spread(rates)})`,
        });
        rows.push({
          name: `  per CPU second`,
          value: median(cpuRates),
          unit: "steps/s",
          note: `what an idle core gives (${spread(cpuRates)})`,
        });
      } finally {
        setMatmulKernel(installed);
      }
    }
    // Where the time goes, with the installed kernel.
    const clock = new Map<string, number>();
    setMatmulKernel(timed(installed, clock));
    try {
      const step = await trainingStep();
      for (let i = 0; i < 30; i++) step();
      clock.clear();
      const steps = 100;
      const start = performance.now();
      for (let i = 0; i < steps; i++) step();
      const total = (performance.now() - start) / 1000;
      const inMatmul = [...clock.values()].reduce((a, b) => a + b, 0);
      const ms = (seconds: number) => `${((1000 * seconds) / steps).toFixed(2)} ms`;
      rows.push({
        name: "share of a step inside matmul",
        value: (100 * inMatmul) / total,
        unit: "%",
        note: `${ms(inMatmul)} of ${ms(total)} per step`,
      });
      for (const [key, seconds] of [...clock].sort((p, q) => q[1] - p[1])) {
        const note = key === "abt 128×100×784" ? "(layer 1's ∂L/∂x: nothing uses it)" : "";
        rows.push({
          name: `  ${key}`,
          value: (100 * seconds) / total,
          unit: "%",
          note: `${ms(seconds)} per step ${note}`,
        });
      }
    } finally {
      setMatmulKernel(installed);
    }
    return rows;
  },
};
export default benchmark;
