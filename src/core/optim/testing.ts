/**
 * Test-only helpers for the optimizer tests (not exported from kobai): the problem that
 * scripts/fixtures/optimizers.py runs in PyTorch, rebuilt with real Parameters.
 *
 *   L(x, y, W) = f(x, y) + ½ Σ c_ij (W_ij − T_ij)²       x, y: 1 × 1,  W: 3 × 2
 */
import { Tensor } from "../tensor";
import { Parameter } from "../parameter";
import { loadFixture } from "../testing/fixtures";
import { bookBowl } from "../landscapes/book-bowl";
import { rosenbrock } from "../landscapes/rosenbrock";
import { tiltedBowl } from "../landscapes/tilted-bowl";
import type { Landscape } from "../landscapes/landscape";
import type { Optimizer } from "./optimizer";
import { optimizers, type OptimizerName } from "./registry";

type PerParam = { x: number; y: number; W: number[][] };
/** One trajectory of the fixture. */
export interface FixtureCase {
  optimizer: OptimizerName;
  landscape: "book" | "rosenbrock" | "tilted";
  config?: string;
  options: Record<string, number>;
  steps: number;
  xy: [number, number][];
  W: number[][];
  state: { velocity?: PerParam; h?: PerParam; m?: PerParam; v?: PerParam; t?: number };
}
export interface OptimizerFixture {
  problem: { W0: number[][]; target: number[][]; curvature: number[][]; starts: Record<string, [number, number]> };
  cases: FixtureCase[];
  book: FixtureCase[];
  landscapes: Record<string, { point: [number, number]; value: number; gradient: [number, number] }[]>;
  wellsCriticalPoints: { point: [number, number]; value: number; kind: string }[];
  adamBookVsTorch: { lr: number; steps: number; "maxDiff_eps1e-08": number; "maxDiff_eps1e-07": number };
}

export const fixture = loadFixture<OptimizerFixture>("optimizers");

/** The registry's classes by name (the fixture names them the same way). */
export const optimizerClasses = Object.fromEntries(
  Object.entries(optimizers).map(([name, e]) => [name, e.Class]),
) as Record<OptimizerName, (typeof optimizers)[OptimizerName]["Class"]>;
export const fixtureLandscapes: Record<FixtureCase["landscape"], Landscape> = {
  book: bookBowl,
  rosenbrock,
  tilted: tiltedBowl,
};

/** Runs `optimizer` on the fixture's problem; returns the (x, y) path, W and the parameters. */
export function runProblem(
  make: (params: Parameter[]) => Optimizer<any>,
  landscapeId: FixtureCase["landscape"],
  steps: number,
) {
  const { W0, target, curvature, starts } = fixture.problem;
  const landscape = fixtureLandscapes[landscapeId];
  const [sx, sy] = starts[landscapeId];
  const x = new Parameter(Tensor.from([[sx]]), "x");
  const y = new Parameter(Tensor.from([[sy]]), "y");
  const W = new Parameter(Tensor.from(W0), "W");
  const T = Tensor.from(target),
    c = Tensor.from(curvature);
  const opt = make([x, y, W]);
  const xy: [number, number][] = [[sx, sy]];
  for (let k = 0; k < steps; k++) {
    opt.zeroGrad();
    const [gx, gy] = landscape.gradient(x.value.data[0], y.value.data[0]);
    x.grad.data[0] = gx;
    y.grad.data[0] = gy;
    for (let i = 0; i < W.value.size; i++) W.grad.data[i] = c.data[i] * (W.value.data[i] - T.data[i]);
    opt.step();
    xy.push([x.value.data[0], y.value.data[0]]);
  }
  return { xy, W, x, y, opt };
}

/** A readable name for a case in test titles. */
export function caseName(c: FixtureCase): string {
  return `${c.optimizer} on ${c.landscape}${c.config ? ` (${c.config})` : ""} ${JSON.stringify(c.options)}`;
}
