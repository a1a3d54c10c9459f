/**
 * The model part of a training spec: a list of layers, first to last, each a one-key object.
 *
 *   { linear: 100, init: "he" }      Linear(?, 100); init "he" (default) | "xavier" | "glorot" | "normal" | "zeros" | { std: 0.01 }
 *   { linear: "out" }                the output layer: one unit per class of the data
 *   { relu: {} }  { sigmoid: {} }  { tanh: {} }  { leakyRelu: { slope: 0.01 } }
 *   { batchnorm: {} }                BatchNorm(units); options momentum, eps, form: "pytorch" | "book"
 *   { dropout: 0.2 }                 Dropout(0.2), inverted; { dropout: { p: 0.2, inverted: false } } is the book's
 *
 * The number of inputs of each Linear is inferred (the features of the data, then the
 * units of the Linear before), so a list never repeats a size. `mlp(…)` writes the lists of
 * the book's MultiLayerNet / MultiLayerNetExtend.
 */
import { fail, checkInteger, checkNumber, checkKeys, isObject } from "./spec-check";
import { dataShape, type DataSpec } from "./spec-data";

/** How a Linear layer's weights start: an init name, or `{ std }` for 𝒩(0, std²). */
export type InitSpec = "he" | "xavier" | "glorot" | "normal" | "zeros" | { std: number };

export type LayerSpec =
  | { linear: number | "out"; init?: InitSpec }
  | { relu: Record<string, never> }
  | { sigmoid: Record<string, never> }
  | { tanh: Record<string, never> }
  | { leakyRelu: { slope?: number } }
  | { batchnorm: { momentum?: number; eps?: number; form?: "pytorch" | "book" } }
  | { dropout: number | { p: number; inverted?: boolean } };

const KINDS = ["linear", "relu", "sigmoid", "tanh", "leakyRelu", "batchnorm", "dropout"] as const;
const INIT_NAMES = ["he", "xavier", "glorot", "normal", "zeros"];

/** The one key of a layer spec, e.g. "linear". */
export function layerKind(layer: LayerSpec): (typeof KINDS)[number] {
  return KINDS.find((k) => k in layer)!;
}

/** Checks a layer list against the data it will see; names the bad entry. */
export function checkLayers(path: string, layers: unknown, data: DataSpec): asserts layers is LayerSpec[] {
  if (!Array.isArray(layers) || layers.length === 0)
    fail(path, 'must be a non-empty list of layers like [{ linear: 100 }, { relu: {} }, { linear: "out" }]', layers);
  let lastLinear = -1;
  layers.forEach((layer, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(layer)) fail(at, "must be an object like { relu: {} }", layer);
    const keys = Object.keys(layer).filter((k) => (KINDS as readonly string[]).includes(k));
    if (keys.length !== 1) fail(at, `must have exactly one of ${KINDS.join(", ")}`, layer);
    const kind = keys[0];
    checkKeys(at, layer, kind === "linear" ? ["linear", "init"] : [kind]);
    const value = layer[kind];
    if (kind === "linear") {
      lastLinear = i;
      if (value !== "out") checkInteger(`${at}.linear`, value, 1, 100_000);
      checkInit(`${at}.init`, layer.init);
    } else if (kind === "dropout") {
      if (typeof value === "number") checkNumber(`${at}.dropout`, value, 0, 1, true);
      else {
        if (!isObject(value)) fail(`${at}.dropout`, "must be a number in [0, 1) or { p, inverted }", value);
        checkKeys(`${at}.dropout`, value, ["p", "inverted"]);
        checkNumber(`${at}.dropout.p`, value.p, 0, 1, true);
        if (value.inverted !== undefined && typeof value.inverted !== "boolean")
          fail(`${at}.dropout.inverted`, "must be true or false", value.inverted);
      }
    } else if (kind === "batchnorm") {
      if (!isObject(value)) fail(`${at}.batchnorm`, "must be an object ({} for the defaults)", value);
      checkKeys(`${at}.batchnorm`, value, ["momentum", "eps", "form"]);
      if (value.momentum !== undefined) checkNumber(`${at}.batchnorm.momentum`, value.momentum, 0, 1);
      if (value.eps !== undefined) checkNumber(`${at}.batchnorm.eps`, value.eps, 0, 1);
      if (value.form !== undefined && value.form !== "pytorch" && value.form !== "book")
        fail(`${at}.batchnorm.form`, 'must be "pytorch" or "book"', value.form);
      if (lastLinear < 0)
        fail(`${at}.batchnorm`, "needs a Linear layer before it (it normalises that layer's units)", value);
    } else if (kind === "leakyRelu") {
      if (!isObject(value)) fail(`${at}.leakyRelu`, "must be an object ({} for the defaults)", value);
      checkKeys(`${at}.leakyRelu`, value, ["slope"]);
      if (value.slope !== undefined) checkNumber(`${at}.leakyRelu.slope`, value.slope, 0, 1);
    } else if (!isObject(value) || Object.keys(value).length > 0) {
      fail(`${at}.${kind}`, "takes no options: write {}", value);
    }
  });
  const last = layers[lastLinear] as { linear: number | "out" } | undefined;
  const { classes } = dataShape(data);
  if (!last) fail(path, `needs a Linear output layer { linear: "out" } (${classes} classes)`, layers);
  if (last.linear !== "out" && last.linear !== classes) {
    fail(
      `${path}[${lastLinear}].linear`,
      `the last Linear must have one unit per class (${classes}); write "out"`,
      last.linear,
    );
  }
  layers.forEach((layer, i) => {
    if (i !== lastLinear && (layer as { linear?: unknown }).linear === "out")
      fail(`${path}[${i}].linear`, '"out" is only for the last Linear layer', "out");
  });
}

function checkInit(path: string, init: unknown): void {
  if (init === undefined || INIT_NAMES.includes(init as string)) return;
  if (isObject(init)) {
    checkKeys(path, init, ["std"]);
    checkNumber(`${path}.std`, init.std, 0, Infinity);
    return;
  }
  fail(path, `must be one of ${INIT_NAMES.join(", ")} or { std: number }`, init);
}

/** Options of `mlp`, named like the book's MultiLayerNetExtend arguments. */
export interface MlpOptions {
  /** Units of each hidden layer, e.g. [100, 100, 100, 100]. */
  hidden: number[];
  /** Activation after each hidden Linear (default "relu", as the book's default). */
  activation?: "relu" | "sigmoid" | "tanh";
  /** Initial weights of every Linear (default "he", the book's weight_init_std="relu"). */
  init?: InitSpec;
  /** Insert BatchNorm between each hidden Linear and its activation (the book's use_batchnorm). */
  batchnorm?: boolean | { momentum?: number; eps?: number; form?: "pytorch" | "book" };
  /** Dropout after each hidden activation (the book's use_dropout, dropout_ration). */
  dropout?: number | { p: number; inverted?: boolean };
}

/**
 * The layer list of the book's MultiLayerNet(Extend): (Linear → [BatchNorm] → activation
 * → [Dropout]) per hidden layer, then the output Linear.
 *
 * @example
 * mlp({ hidden: [100, 100], batchnorm: true });
 * // [{ linear: 100, init: "he" }, { batchnorm: {} }, { relu: {} }, …, { linear: "out", init: "he" }]
 */
export function mlp(options: MlpOptions): LayerSpec[] {
  const { hidden, activation = "relu", init = "he", batchnorm = false, dropout } = options;
  const layers: LayerSpec[] = [];
  for (const units of hidden) {
    layers.push({ linear: units, init });
    if (batchnorm) layers.push({ batchnorm: batchnorm === true ? {} : batchnorm });
    layers.push({ [activation]: {} } as LayerSpec);
    if (dropout !== undefined) layers.push({ dropout });
  }
  layers.push({ linear: "out", init });
  return layers;
}
