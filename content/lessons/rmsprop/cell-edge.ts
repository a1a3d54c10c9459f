// RMSProp (η = 0.1) for 3,000 steps on x²/20 + y²: its y step size η/(√h + ε) grows back as the
// gradients shrink, and once step size × curvature passes 2 the minimum stops being stable.
// Change the steps, η or ε and run again; Adam (η = 0.3, β₂ = 0.999) runs beside it.
//ja: RMSProp(η = 0.1)を x²/20 + y² で 3,000 ステップ動かします。勾配が小さくなると、y の歩幅 η/(√h + ε) は
//ja: また大きくなります。歩幅 × 曲率が 2 を超えると、最小値は安定ではなくなります。
//ja: ステップ数、η、ε を変えて実行し直してみてください。横では Adam(η = 0.3、β₂ = 0.999)も動かします。
import { bookBowl, runOptimizer, Adam, RMSProp } from "kobai";

const edgeSteps = 3000;
const rmsEdge = runOptimizer(bookBowl, RMSProp, { lr: 0.1, eps: 1e-8 }, { steps: edgeSteps });
const adamEdge = runOptimizer(bookBowl, Adam, { lr: 0.3, beta2: 0.999 }, { steps: edgeSteps });

// ∂²f/∂y² = 2, so y is stable while its step size stays below 2 / 2 = 1.
//ja: ∂²f/∂y² = 2 なので、y は歩幅が 2 / 2 = 1 より小さい間は安定です。
const yPastLimit = rmsEdge.states.findIndex((s, k) => k > 0 && s.effectiveLr[1] * 2 >= 2);
show(yPastLimit, "RMSProp: first step with y's step size × 2 ≥ 2");
//ja: show(yPastLimit, "RMSProp で y の歩幅 × 2 ≥ 2 となる最初のステップ");
const rmsFirstBelow = rmsEdge.losses.findIndex((f) => f < 1e-3);
show(
  rmsEdge.losses.findIndex((f, k) => k > rmsFirstBelow && f >= 1e-3),
  "RMSProp: first step back at f ≥ 0.001",
  //ja: "RMSProp で f ≥ 0.001 に戻る最初のステップ",
);
show(rmsEdge.losses.slice(1).filter((f) => f >= 1e-3).length, `RMSProp: steps with f ≥ 0.001 out of ${edgeSteps}`);
//ja: show(rmsEdge.losses.slice(1).filter((f) => f >= 1e-3).length, `RMSProp で f ≥ 0.001 となったステップ数(全 ${edgeSteps} ステップ中)`);
show(adamEdge.losses.slice(1).filter((f) => f >= 1e-3).length, `Adam: steps with f ≥ 0.001 out of ${edgeSteps}`);
//ja: show(adamEdge.losses.slice(1).filter((f) => f >= 1e-3).length, `Adam で f ≥ 0.001 となったステップ数(全 ${edgeSteps} ステップ中)`);
show(rmsEdge.states[edgeSteps].effectiveLr, "RMSProp's step sizes (x, y) at the end: 2/λ is (20, 1)");
//ja: show(rmsEdge.states[edgeSteps].effectiveLr, "最後の RMSProp の歩幅 (x, y)。2/λ は (20, 1)");

const edgeCurves = [
  ...rmsEdge.losses.map((f, step) => ({ step, f: Math.max(f, 1e-12), run: "RMSProp η = 0.1" })),
  ...adamEdge.losses.map((f, step) => ({ step, f: Math.max(f, 1e-12), run: "Adam η = 0.3" })),
];
plot({
  y: { type: "log", label: "f (floor 1e-12)" },
  //ja: y: { type: "log", label: "f(下限 1e-12)" },
  color: { legend: true },
  marks: [Plot.ruleY([1e-3]), Plot.line(edgeCurves, { x: "step", y: "f", stroke: "run" })],
});
