/**
 * How long each training preset takes on this machine, on one thread (a worker gets one
 * core; on a two-core laptop the page keeps the other, and the search's pool has one worker).
 *
 * - lesson scale: trained fully (the target is about 20 s);
 * - book scale ("Reproduce 図X-Y"): estimated from a measured window of a few epochs (or
 *   40 iterations), evaluations included, scaled to the whole run; a search multiplies one
 *   trial by the number of trials.
 *
 * Times are CPU seconds of this thread (process.cpuUsage), not wall-clock time: on a busy
 * machine (other builds, tests) the wall clock counts the time others ran; CPU time is what
 * the same work costs on an idle core of this machine. Caches and memory bandwidth shared
 * with busy neighbours still slow it somewhat, so read the numbers as upper bounds.
 *
 * `npm run bench -- presets`
 */
import { loadTrainingData } from "../src/run/data";
import { PRESETS, presetSpec, type PresetId } from "../src/run/presets";
import { sampleTrials } from "../src/run/search";
import type { TrainingSpec } from "../src/run/spec";
import { TrainLoop } from "../src/run/train-loop";
import type { TrainResult } from "../src/run/events";
import type { Benchmark, BenchRow } from "./timing";

/** CPU seconds (user + system) of this process so far. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function trainFully(spec: TrainingSpec): Promise<{ seconds: number; result: TrainResult }> {
  const data = await loadTrainingData(spec.data, spec.seed);
  const start = cpuSeconds();
  const result = new TrainLoop(spec, data).runToEnd();
  return { seconds: cpuSeconds() - start, result };
}

/** Seconds for the whole spec, from a timed window of steps after a warm-up step. */
async function estimate(spec: TrainingSpec): Promise<number> {
  const loop = new TrainLoop(spec, await loadTrainingData(spec.data, spec.seed));
  loop.next({ maxSteps: 1 }); // warm-up: the JIT, the step-0 evaluation
  const window = spec.epochs !== undefined ? 3 * loop.stepsPerEpoch : 40;
  const start = cpuSeconds();
  loop.next({ maxSteps: window });
  return ((cpuSeconds() - start) / window) * loop.totalSteps;
}

function summary(result: TrainResult): string {
  return result.runs
    .map((run) => {
      const last = run.evals.at(-1);
      const acc =
        last?.testAcc !== undefined
          ? ` train ${last.trainAcc?.toFixed(3)} test ${last.testAcc.toFixed(3)}`
          : last?.trainAcc !== undefined
            ? ` train ${last.trainAcc.toFixed(3)}`
            : "";
      const tail = run.losses.slice(-20);
      const loss = tail.length ? ` loss ${(tail.reduce((a, b) => a + b, 0) / tail.length).toFixed(3)}` : "";
      return `${run.label}:${loss}${acc}`;
    })
    .join("; ");
}

const benchmark: Benchmark = {
  title: "Training presets, one thread (lesson: trained; book: estimated)",
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const id of Object.keys(PRESETS) as PresetId[]) {
      const preset = PRESETS[id];
      if (preset.search) {
        const lessonTrials = sampleTrials(
          presetSpec(id, "lesson"),
          preset.search.lesson,
          preset.defaults.lesson.trials,
          0,
        );
        let seconds = 0;
        const best: string[] = [];
        for (const { spec } of lessonTrials) {
          const run = await trainFully(spec);
          seconds += run.seconds;
          best.push(`${spec.label} → val ${run.result.runs[0].evals.at(-1)?.testAcc?.toFixed(2)}`);
        }
        rows.push({
          name: `${id} lesson (${lessonTrials.length} trials)`,
          value: seconds,
          unit: "cpu s",
          note: best.join("; "),
        });
        const oneTrial = await estimate(sampleTrials(presetSpec(id, "book"), preset.search.book, 1, 0)[0].spec);
        rows.push({
          name: `${id} book ${preset.figure} (${preset.defaults.book.trials} trials)`,
          value: oneTrial * preset.defaults.book.trials,
          unit: "cpu s est.",
          note: `${oneTrial.toFixed(1)} s per trial, 1 worker`,
        });
        continue;
      }
      const lesson = await trainFully(presetSpec(id, "lesson"));
      rows.push({
        name: `${id} lesson (${lesson.result.totalSteps} steps)`,
        value: lesson.seconds,
        unit: "cpu s",
        note: summary(lesson.result),
      });
      const book = presetSpec(id, "book");
      const seconds = await estimate(book);
      rows.push({
        name: `${id} book ${preset.figure}`,
        value: seconds,
        unit: "cpu s est.",
        note: `${(seconds / 60).toFixed(1)} min`,
      });
    }
    return rows;
  },
};

export default benchmark;
