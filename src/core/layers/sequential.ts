/**
 * Sequential: layers applied one after another, the book's MultiLayerNet (5.7, 6.1):
 *
 *   forward:   y = f_L( … f_2( f_1(x) ) … )
 *   backward:  ∂L/∂x = ∂L/∂y · ∂f_L/∂… · … · ∂f_1/∂x      (the chain rule: backward in reverse order)
 *
 * Parameters are named by position, as PyTorch's nn.Sequential does: "0.weight" is the
 * weight of the first layer, "2.bias" the bias of the third, "1.0.weight" a weight inside a
 * nested Sequential. Sequential is itself a Layer, so it nests.
 */
import type { Tensor } from "../tensor";
import type { Parameter } from "../parameter";
import type { BackwardOptions, ForwardOptions, Layer } from "./layer";

/** A Layer made of layers run in order. @example new Sequential([new Linear(2, 8), new ReLU(), new Linear(8, 2)]) */
export class Sequential implements Layer {
  /** The layers, first to last. */
  readonly layers: readonly Layer[];

  /**
   * Prefixes each layer's parameter names with its position ("weight" → "0.weight").
   *
   * @example
   * const model = new Sequential([new Linear(2, 4), new ReLU(), new Linear(4, 1)]);
   * model.parameters().map((p) => p.name); // ["0.weight", "0.bias", "2.weight", "2.bias"]
   */
  constructor(layers: readonly Layer[]) {
    if (!Array.isArray(layers))
      throw new Error("Sequential: expected an array of layers, e.g. new Sequential([new Linear(2, 3), new ReLU()])");
    layers.forEach((layer, i) => {
      const ok =
        layer !== null &&
        typeof layer === "object" &&
        typeof layer.forward === "function" &&
        typeof layer.backward === "function" &&
        typeof layer.parameters === "function";
      if (!ok) throw new Error(`Sequential: item ${i} is not a layer (it needs forward, backward and parameters)`);
      for (const p of layer.parameters()) p.name = `${i}.${p.name}`;
    });
    this.layers = [...layers];
  }

  /** Each layer's forward, first to last (the same options for each). @example model.forward(x, { training: false }) */
  forward(x: Tensor, opts?: ForwardOptions): Tensor {
    let out = x;
    for (const layer of this.layers) out = layer.forward(out, opts);
    return out;
  }

  /**
   * Each layer's backward, last to first. With `inputGradient: false` only the first layer
   * is told it may skip ∂L/∂x (every later layer's input gradient is needed by the layer
   * before it).
   *
   * @example
   * model.backward(loss.backward());
   * model.backward(loss.backward(), { inputGradient: false }); // how fit trains
   */
  backward(dout: Tensor, opts?: BackwardOptions): Tensor {
    let grad = dout;
    for (let i = this.layers.length - 1; i >= 1; i--) grad = this.layers[i].backward(grad);
    return this.layers.length > 0 ? this.layers[0].backward(grad, opts) : grad;
  }

  /** Every layer's parameters, in order. @example new Adam(model.parameters()) */
  parameters(): Parameter[] {
    return this.layers.flatMap((layer) => layer.parameters());
  }
}
