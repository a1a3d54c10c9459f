/**
 * How big should h be? The error of the book's central difference (4.3.1, 5.7.3) against
 * backprop's exact gradient, for one weight of the chapter's two-layer network, as h runs
 * from 10⁻¹ to 10⁻¹²:
 *
 *   error(h) ≈ h²·|f‴|/6          (truncation: the parabola through three points is not f)
 *            + ε·|L|/h            (rounding: f(w + h) and f(w − h) agree in most digits)
 *
 * with ε ≈ 1.1e-16 in float64. The second series rounds every loss value to float32 (ε ≈
 * 6e-8), as a float32 NumPy array would hold it: there the best h is far larger, which is
 * why the book, whose arrays are often float32, settles on h = 1e-4. Used by the chapter's
 * chart and by its claims test.
 */
import { numericalGradient, type Parameter } from "kobai";
import { LayerStepper } from "../../../components/widgets/backpropagation/layer-stepper";

/** The exponents k of h = 10^(−k), in steps of 0.5. */
export const EXPONENTS = Array.from({ length: 23 }, (_, i) => -1 - i / 2);

export interface ErrorCurve {
  /** log10 h. */
  logH: number[];
  /** |numerical − backprop| with float64 losses. */
  float64: number[];
  /** The same with each loss value rounded to float32. */
  float32: number[];
  /** Backprop's ∂L/∂W₁[0, 0]. */
  backprop: number;
}

/** The error curve for W₁[0, 0] of the chapter's network (seed 1, N = 3). */
export function errorVsH(): ErrorCurve {
  const stepper = new LayerStepper();
  stepper.runAll();
  const { model, loss, x, t } = stepper.net;
  const w: Parameter = stepper.net.fc1.weight;
  const backprop = w.grad.data[0];
  const f64 = () => loss.forward(model.forward(x), t);
  const f32 = () => Math.fround(f64());
  const only00 = (f: () => number, h: number) => {
    // numericalGradient nudges every element; the first one is all we need, so nudge a 1 × 1 view.
    const original = w.value.data[0];
    w.value.data[0] = original + h;
    const up = f();
    w.value.data[0] = original - h;
    const down = f();
    w.value.data[0] = original;
    return (up - down) / (2 * h);
  };
  const logH: number[] = [],
    float64: number[] = [],
    float32: number[] = [];
  for (const e of EXPONENTS) {
    const h = 10 ** e;
    logH.push(e);
    float64.push(Math.abs(only00(f64, h) - backprop));
    float32.push(Math.abs(only00(f32, h) - backprop));
  }
  // The core's numericalGradient at the book's h = 1e-4 agrees with the hand-rolled one above.
  const core = numericalGradient(f64, w, 1e-4).data[0];
  if (Math.abs(core - only00(f64, 1e-4)) > 1e-12) throw new Error("errorVsH: disagrees with numericalGradient");
  return { logH, float64, float32, backprop };
}

/** The h (as log10) where a series is smallest. */
export function bestLogH(curve: ErrorCurve, series: "float64" | "float32"): number {
  const ys = curve[series];
  let best = 0;
  for (let i = 1; i < ys.length; i++) if (ys[i] < ys[best]) best = i;
  return curve.logH[best];
}
