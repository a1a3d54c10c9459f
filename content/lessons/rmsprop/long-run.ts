/**
 * The chapter's long run, computed once for the page's chart and for claims.test.ts: AdaGrad
 * and RMSProp (PyTorch's forms) with the same η = 0.1 for 500 steps from (−7, 2) on the
 * book's bowl.
 */
import { bookBowl, runOptimizer, AdaGrad, RMSProp, type Trajectory } from "kobai";

export const LONG_RUN = { lr: 0.1, steps: 500 } as const;

/**
 * Both runs and the loss series for a log chart. Values below 1e-8 are left out, so the axis
 * spans 1e-8 … 10 and AdaGrad's slow fall stays readable (RMSProp goes on to 1e-148).
 */
export function longRun(): { adagrad: Trajectory; rmsprop: Trajectory; series: { name: string; x: number[]; y: number[] }[] } {
  const adagrad = runOptimizer(bookBowl, AdaGrad, { lr: LONG_RUN.lr }, { steps: LONG_RUN.steps });
  const rmsprop = runOptimizer(bookBowl, RMSProp, { lr: LONG_RUN.lr }, { steps: LONG_RUN.steps });
  const series = ([["AdaGrad", adagrad], ["RMSProp", rmsprop]] as const).map(([name, run]) => {
    const kept = run.losses.map((f, k) => [k, f] as const).filter(([, f]) => f >= 1e-8);
    return { name: `${name} (η = ${LONG_RUN.lr})`, x: kept.map(([k]) => k), y: kept.map(([, f]) => f) };
  });
  return { adagrad, rmsprop, series };
}
