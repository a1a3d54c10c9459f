/**
 * The initialization and batch-normalization chapters: how long their lesson-scale work
 * takes on one thread (CPU seconds, see presets.bench.ts for why CPU time):
 * - the activation-histogram widget's computation (1000 × 100 through five 100 × 100 layers, forward and backward);
 * - the batch-norm sweep at lesson scale (4 weight scales × 10 epochs, BN and no-BN in lockstep), trained fully;
 * - the Reproduce 図6-18/図6-19 sweep (16 scales × 20 epochs), estimated from one scale at 20 epochs.
 *
 * `npm run bench -- init-bn`
 */
import { runStack } from "../components/widgets/initialization/stack";
import { sweepJobs } from "../components/widgets/batch-normalization/sweep-model";
import { loadTrainingData } from "../src/run/data";
import { TrainLoop } from "../src/run/train-loop";
import { cpuSeconds, median, secondsPerCall, spread, type Benchmark, type BenchRow } from "./timing";

const benchmark: Benchmark = {
  title: "initialization and batch-normalization chapters, one thread",
  slow: true,
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const stack = secondsPerCall(() => runStack({ activation: "relu", scale: "he" }), {
      warmup: 2,
      iterations: 3,
      runs: 3,
    });
    rows.push({
      name: "histogram widget: 5 layers × (1000 × 100), fwd + bwd",
      value: median(stack.cpu) * 1000,
      unit: "cpu ms",
      note: spread(
        stack.cpu.map((s) => s * 1000),
        0,
      ),
    });

    const lesson = sweepJobs("lesson", 0);
    let lessonSeconds = 0;
    const notes: string[] = [];
    for (const job of lesson) {
      const data = await loadTrainingData(job.spec.data, job.spec.seed);
      const start = cpuSeconds();
      const result = new TrainLoop(job.spec, data).runToEnd();
      lessonSeconds += cpuSeconds() - start;
      notes.push(
        `W ${job.value.toPrecision(3)}: ${result.runs.map((r) => `${r.label} ${r.evals.at(-1)?.trainAcc?.toFixed(2)}`).join(" ")}`,
      );
    }
    rows.push({
      name: `batch-norm sweep, lesson (${lesson.length} scales × 10 epochs)`,
      value: lessonSeconds,
      unit: "cpu s",
      note: notes.join("; "),
    });

    const book = sweepJobs("book", 0);
    const one = book[8];
    const data = await loadTrainingData(one.spec.data, one.spec.seed);
    const start = cpuSeconds();
    new TrainLoop(one.spec, data).runToEnd();
    const perScale = cpuSeconds() - start;
    rows.push({
      name: "batch-norm sweep, book 図6-19 (16 scales × 20 epochs)",
      value: perScale * book.length,
      unit: "cpu s est.",
      note: `${perScale.toFixed(1)} s per scale (W = ${one.value.toPrecision(3)})`,
    });
    return rows;
  },
};

export default benchmark;
