// Every optimizer against torch.optim (float64): whole trajectories of x, y and a 3 × 2 W
// optimised at once, the final W and the final optimizer state, relative error ≤ 1e-9.
import { describe, expect, it } from "vitest";
import { expectClose } from "../testing/fixtures";
import { caseName, fixture, optimizerClasses, runProblem } from "./testing";

describe("optimizers equal torch.optim", () => {
  it("the fixture covers every optimizer, three landscapes, defaults, tuned options and weight decay", () => {
    const seen = new Set(fixture.cases.map((c) => `${c.optimizer}/${c.landscape}/${(c.options.weightDecay ?? 0) > 0}`));
    for (const name of Object.keys(optimizerClasses)) {
      for (const land of ["book", "rosenbrock", "tilted"])
        for (const wd of [true, false]) expect(seen.has(`${name}/${land}/${wd}`), `${name}/${land}/${wd}`).toBe(true);
    }
    expect(fixture.cases.filter((c) => c.config === "defaults").length).toBeGreaterThanOrEqual(14);
  });

  for (const c of fixture.cases) {
    it(caseName(c), () => {
      const Opt = optimizerClasses[c.optimizer];
      const { xy, W, x, y, opt } = runProblem((params) => new Opt(params, c.options), c.landscape, c.steps);
      expectClose(xy, c.xy, 1e-9, "x, y trajectory");
      expectClose(W.value, c.W, 1e-9, "W after the last step");
      for (const name of ["velocity", "h", "m", "v"] as const) {
        const want = c.state[name];
        if (!want) continue;
        const state = (opt as unknown as Record<string, Map<unknown, { data: Float64Array; toArray(): number[][] }>>)[
          name
        ];
        expectClose(state.get(x)!.data[0], want.x, 1e-9, `${name} of x`);
        expectClose(state.get(y)!.data[0], want.y, 1e-9, `${name} of y`);
        expectClose(state.get(W)!.toArray(), want.W, 1e-9, `${name} of W`);
      }
      if (c.state.t !== undefined) expect((opt as unknown as { t: number }).t).toBe(c.state.t);
    });
  }
});
