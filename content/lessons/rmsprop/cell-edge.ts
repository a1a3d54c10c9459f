// RMSProp (η = 0.1) for 3,000 steps on x²/20 + y²: its y step size η/(√h + ε) grows back as the
// gradients shrink, and once step size × curvature passes 2 the minimum stops being stable.
// Change the steps, η or ε and run again; Adam (η = 0.3, β₂ = 0.999) runs beside it.
import { bookBowl, runOptimizer, Adam, RMSProp } from "kobai";

const edgeSteps = 3000;
const rmsEdge = runOptimizer(bookBowl, RMSProp, { lr: 0.1, eps: 1e-8 }, { steps: edgeSteps });
const adamEdge = runOptimizer(bookBowl, Adam, { lr: 0.3, beta2: 0.999 }, { steps: edgeSteps });

// ∂²f/∂y² = 2, so y is stable while its step size stays below 2 / 2 = 1.
const yPastLimit = rmsEdge.states.findIndex((s, k) => k > 0 && s.effectiveLr[1] * 2 >= 2);
show(yPastLimit, "RMSProp: first step with y's step size × 2 ≥ 2");
const rmsFirstBelow = rmsEdge.losses.findIndex((f) => f < 1e-3);
show(
  rmsEdge.losses.findIndex((f, k) => k > rmsFirstBelow && f >= 1e-3),
  "RMSProp: first step back at f ≥ 0.001",
);
show(rmsEdge.losses.slice(1).filter((f) => f >= 1e-3).length, `RMSProp: steps with f ≥ 0.001 out of ${edgeSteps}`);
show(adamEdge.losses.slice(1).filter((f) => f >= 1e-3).length, `Adam: steps with f ≥ 0.001 out of ${edgeSteps}`);
show(rmsEdge.states[edgeSteps].effectiveLr, "RMSProp's step sizes (x, y) at the end: 2/λ is (20, 1)");

const edgeCurves = [
  ...rmsEdge.losses.map((f, step) => ({ step, f: Math.max(f, 1e-12), run: "RMSProp η = 0.1" })),
  ...adamEdge.losses.map((f, step) => ({ step, f: Math.max(f, 1e-12), run: "Adam η = 0.3" })),
];
plot({
  y: { type: "log", label: "f (floor 1e-12)" },
  color: { legend: true },
  marks: [Plot.ruleY([1e-3]), Plot.line(edgeCurves, { x: "step", y: "f", stroke: "run" })],
});
