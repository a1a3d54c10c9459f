/**
 * Timing helpers shared by the benchmarks: run a function many times, report the median
 * of a few runs (the median ignores a run slowed by another process on the machine).
 */

/** One printed result line. */
export interface BenchRow {
  /** What was measured, e.g. "train step (784-100×4-10, batch 128)". */
  name: string;
  /** The figure, e.g. 47.3. */
  value: number;
  /** Its unit, e.g. "steps/s" or "GFLOP/s". */
  unit: string;
  /** Anything a reader needs to interpret it (spread, shape, FLOPs). */
  note?: string;
}

/** A benchmark module `bench/<name>.bench.ts` exports one of these as `default`. */
export interface Benchmark {
  title: string;
  /** A long benchmark (minutes): `npm run bench` skips it unless its file is named, e.g. `npm run bench -- presets`. */
  slow?: boolean;
  run(): Promise<BenchRow[]> | BenchRow[];
}

/** The median of numbers (not modified). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU seconds (user + system) this process has used so far. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Seconds per call of each run: wall-clock time, and CPU time of this process. */
export interface Timings {
  wall: number[];
  cpu: number[];
}

/**
 * Calls `fn` `warmup` times (so the JIT compiles it), then `runs` times `iterations` calls,
 * and returns the seconds per call of each run. CPU time is what the work costs on an idle
 * core: on a busy machine, wall-clock time also counts the time other processes ran.
 */
export function secondsPerCall(
  fn: () => void,
  { warmup, iterations, runs }: { warmup: number; iterations: number; runs: number },
): Timings {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [],
    cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const startWall = performance.now(),
      startCpu = cpuSeconds();
    for (let i = 0; i < iterations; i++) fn();
    wall.push((performance.now() - startWall) / 1000 / iterations);
    cpu.push((cpuSeconds() - startCpu) / iterations);
  }
  return { wall, cpu };
}

/** "min–max" of rates, to print beside a median. */
export function spread(values: readonly number[], digits = 1): string {
  return `runs ${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
}
