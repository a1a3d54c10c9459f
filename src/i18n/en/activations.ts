/**
 * UI strings of the activation-functions chapter's widgets
 * (components/widgets/activation-functions/). `{name}` placeholders are filled by `t(key, params)`.
 */
export const activations = {
  "act.region": "Activation function explorer",
  "act.fn": "Function",
  "act.fn.step": "step",
  "act.fn.sigmoid": "sigmoid",
  "act.fn.tanh": "tanh",
  "act.fn.relu": "ReLU",
  "act.fn.leaky-relu": "leaky ReLU",
  "act.x": "Input x",
  "act.chart.title": "{name} and its derivative",
  "act.readout": "At x = {x}: {name}(x) = {y}, slope {name}′(x) = {dy}.",
  "act.readout.source": "Value from the core's forward, slope from its backward with ∂L/∂y = 1.",
  "act.readout.step":
    "At x = {x}: step(x) = {y}. Slope: 0 on both sides of 0 and undefined at 0, so the core's Step.backward throws instead of answering.",
  "act.click": "Click the chart to move x there.",
  "act.formula": "Formula of the chosen function and its derivative",
  // ── depth ─────────────────────────────────────────────────────────────────────────
  "act.depth.title": "Gradient through a stack of layers",
  "act.depth": "Depth L (layers)",
  "act.depth.chart": "Size of the gradient reaching each layer, per activation",
  "act.depth.axis.layer": "layer",
  "act.depth.axis.grad": "RMS of ∂y/∂(layer input)",
  "act.depth.summary":
    "Through {depth} layers, the gradient reaching the input is {sigmoid} for sigmoid, {tanh} for tanh and {relu} for ReLU.",
  "act.depth.setup":
    "Layer 1 is next to the input, layer L next to the output. Each layer is Linear(20 → 20) then the activation (Xavier 1/√n weights for sigmoid and tanh, He √(2/n) for ReLU, seed 0); 100 inputs from N(0, 1); y = sum of the last layer's outputs, backpropagated from ∂y/∂y = 1.",
  // ── softmax ───────────────────────────────────────────────────────────────────────
  "sm.region": "Softmax panel",
  "sm.logit": "Logit a{k}",
  "sm.temperature": "Temperature T",
  "sm.shift": "Add C to every logit",
  "sm.presets": "Logits",
  "sm.preset.book": "The book's (0.3, 2.9, 4.0)",
  "sm.preset.large": "Large (1010, 1000, 990)",
  "sm.chart.title": "Softmax probabilities",
  "sm.chart.axis": "probability yₖ",
  "sm.class": "class {k}",
  "sm.table.caption":
    "Naive softmax, exp(aₖ/T) / Σ exp(aᵢ/T), next to the stable one that subtracts the largest logit first",
  "sm.table.k": "k",
  "sm.table.logit": "aₖ + C",
  "sm.table.exp": "exp((aₖ + C)/T)",
  "sm.table.naive": "naive yₖ",
  "sm.table.stable": "stable yₖ (core)",
  "sm.status.ok": "Both agree: the probabilities sum to {sum}.",
  "sm.status.overflow":
    "exp overflows to Infinity for logits this large, and Infinity / Infinity = NaN: the naive softmax fails. Subtracting the largest logit first gives the same probabilities without overflow.",
  "sm.status.underflow":
    "Every exp underflows to 0, and 0 / 0 = NaN: the naive softmax fails. The stable one still works.",
} as const;
