/**
 * The chapter's long run, computed once for the page's chart and for claims.test.ts: AdaGrad
 * and RMSProp (PyTorch's forms) with the same η = 0.1 for 500 steps from (−7, 2) on the
 * book's bowl.
 */
import { bookBowl, runOptimizer, AdaGrad, Adam, RMSProp, type Trajectory } from "kobai";

export const LONG_RUN = { lr: 0.1, steps: 500 } as const;

/**
 * Both runs and the loss series for a log chart. Values below 1e-8 are left out, so the axis
 * spans 1e-8 … 10 and AdaGrad's slow fall stays readable (RMSProp goes on to 1e-148).
 */
export function longRun(): {
  adagrad: Trajectory;
  rmsprop: Trajectory;
  series: { name: string; x: number[]; y: number[] }[];
} {
  const adagrad = runOptimizer(bookBowl, AdaGrad, { lr: LONG_RUN.lr }, { steps: LONG_RUN.steps });
  const rmsprop = runOptimizer(bookBowl, RMSProp, { lr: LONG_RUN.lr }, { steps: LONG_RUN.steps });
  const series = (
    [
      ["AdaGrad", adagrad],
      ["RMSProp", rmsprop],
    ] as const
  ).map(([name, run]) => {
    const kept = run.losses.map((f, k) => [k, f] as const).filter(([, f]) => f >= 1e-8);
    return { name: `${name} (η = ${LONG_RUN.lr})`, x: kept.map(([k]) => k), y: kept.map(([, f]) => f) };
  });
  return { adagrad, rmsprop, series };
}

/**
 * The longer run of the pitfall "the step size that grows back outgrows the bowl": RMSProp
 * (η = 0.1, α = 0.99) and Adam (η = 0.3, β₂ = 0.999) for 3,000 steps, and RMSProp with a
 * larger ε, which caps its step size at η/ε.
 *
 * The rule: along a direction of curvature λ a step of size s multiplies the distance to
 * the minimum by 1 − sλ, so the distance shrinks only while sλ < 2. RMSProp's step size
 * s = η/(√h + ε) grows as the gradients shrink, so along y (λ = 2) it passes the limit
 * s = 1, and y, however tiny, starts to grow.
 */
export const EDGE_RUN = { steps: 3000, threshold: 1e-3, curvature: [0.1, 2] as const, cappedEps: 0.1 } as const;

/** Each step's step size along one axis times that axis's curvature (f = x²/20 + y²: 0.1 and 2). */
const stepTimesCurvature = (run: Trajectory, axis: 0 | 1) =>
  run.states.slice(1).map((s) => s.effectiveLr[axis] * EDGE_RUN.curvature[axis]);

/** The three runs, the chart series and the numbers the chapter quotes. */
export function edgeRun() {
  const { steps, threshold } = EDGE_RUN;
  const rmsprop = runOptimizer(bookBowl, RMSProp, { lr: 0.1 }, { steps });
  const adam = runOptimizer(bookBowl, Adam, { lr: 0.3, beta2: 0.999 }, { steps });
  const capped = runOptimizer(bookBowl, RMSProp, { lr: 0.1, eps: EDGE_RUN.cappedEps }, { steps });
  const above = (run: Trajectory) => run.losses.slice(1).filter((f) => f >= threshold).length;
  const firstBelow = (run: Trajectory) => run.losses.findIndex((f) => f < threshold);
  const backAbove = (run: Trajectory) => run.losses.findIndex((f, k) => k > firstBelow(run) && f >= threshold);
  /** The step from which f stays below the threshold to the end, or −1 if it ends above. */
  const belowFrom = (run: Trajectory) =>
    run.losses[steps] < threshold ? run.losses.findLastIndex((f) => f >= threshold) + 1 : -1;
  const ySize = rmsprop.states.map((s) => s.effectiveLr[1]);
  const peakStep = rmsprop.losses.reduce(
    (best, f, k) => (k > firstBelow(rmsprop) && f > rmsprop.losses[best] ? k : best),
    firstBelow(rmsprop),
  );
  const lastBelow = rmsprop.losses.reduce((last, f, k) => (f < threshold ? k : last), -1);
  const lossSeries = (
    [
      ["RMSProp, η = 0.1", rmsprop],
      ["Adam, η = 0.3, β₂ = 0.999", adam],
      [`RMSProp, ε = ${EDGE_RUN.cappedEps}`, capped],
    ] as const
  ).map(([name, run]) => ({ name, y: run.losses }));
  const stepNumbers = Array.from({ length: steps }, (_, k) => k + 1);
  const limitSeries = [
    { name: "y: step size × 2", y: stepTimesCurvature(rmsprop, 1), x: stepNumbers },
    { name: "x: step size × 0.1", y: stepTimesCurvature(rmsprop, 0), x: stepNumbers },
  ];
  return {
    rmsprop,
    adam,
    capped,
    lossSeries,
    limitSeries,
    /** Steps 1…3,000 with f ≥ 0.001. */
    above: { rmsprop: above(rmsprop), adam: above(adam), capped: above(capped) },
    firstBelow: { rmsprop: firstBelow(rmsprop), adam: firstBelow(adam), capped: firstBelow(capped) },
    backAbove: { rmsprop: backAbove(rmsprop), adam: backAbove(adam), capped: backAbove(capped) },
    belowFrom: { rmsprop: belowFrom(rmsprop), adam: belowFrom(adam), capped: belowFrom(capped) },
    /** The first step at which y's step size is past its limit 2/λ = 1. */
    yPastLimit: ySize.findIndex((s, k) => k > 0 && s >= 1),
    peak: { step: peakStep, f: rmsprop.losses[peakStep] },
    /** After the last step below 0.001: f's range, and the step sizes at the end. */
    lastBelow,
    settled: {
      min: Math.min(...rmsprop.losses.slice(lastBelow + 1)),
      max: Math.max(...rmsprop.losses.slice(lastBelow + 1)),
    },
    finalSizes: rmsprop.states[steps].effectiveLr,
  };
}
