/**
 * A core activation layer as a plain function and its derivative, so a chart draws what
 * the tested layer computes (not a second copy of the formula):
 *
 *   f(x)  = layer.forward([[x]])
 *   f′(x) = layer.backward([[1]])   (∂y/∂x, since ∂L/∂y = 1)
 */
import { Tensor, type Layer } from "kobai";

/** `{ f, df }` of an elementwise layer; `df` is undefined when backward throws (Step). */
export function layerFunction(layer: Layer): { f: (x: number) => number; df?: (x: number) => number } {
  const f = (x: number) => layer.forward(Tensor.from([[x]]), { training: false }).data[0];
  const df = (x: number) => {
    layer.forward(Tensor.from([[x]]), { training: false });
    return layer.backward(Tensor.from([[1]])).data[0];
  };
  try {
    df(0.5);
    return { f, df };
  } catch {
    return { f };
  }
}
