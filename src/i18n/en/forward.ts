/**
 * UI strings of the forward-pass chapter's widgets (the shape lab).
 */
export const forward = {
  "shapes.region": "Shape lab: the matrix products of a forward pass",
  "shapes.batch": "Batch size N (rows of X)",
  "shapes.inputs": "Inputs per example (columns of X)",
  "shapes.layer": "W⁽{layer}⁾",
  "shapes.rows": "rows (inputs)",
  "shapes.cols": "columns (outputs)",
  "shapes.presets": "Presets",
  "shapes.preset.book": "The book's network, batch of 100",
  "shapes.preset.one": "One image (N = 1)",
  "shapes.preset.swapped": "W⁽¹⁾ transposed",
  "shapes.product": "Layer {layer}: {product} → {result}",
  "shapes.mismatch": "Layer {layer}: {product} does not line up. The core says:",
  "shapes.summaryOk": "Every product lines up: {batch} inputs in, an output of shape {result}, one row per input.",
  "shapes.summaryBad": "Layer {layer} fails: the columns of the left matrix must equal the rows of the right one.",
} as const;

/** UI strings of the schedules chapter's explorer. */
export const schedules = {
  "sched.region": "Learning-rate schedule explorer: SGD on the book's bowl",
  "sched.kind": "Schedule",
  "sched.kind.constant": "constant",
  "sched.kind.step": "StepLR (halve ×5)",
  "sched.kind.cosine": "cosine",
  "sched.kind.warmup": "linear warmup",
  "sched.lr": "Starting learning rate η₀",
  "sched.steps": "Steps",
  "sched.limit": "limit 2/λ_y = 1",
  "sched.chart.loss": "f = x²/20 + y² per step (log scale)",
  "sched.chart.lr": "The learning rate η_t per step, against the limit 1",
  "sched.status.below": "f falls below 0.001 at step {step}; at the end f = {f}.",
  "sched.status.notYet": "After {steps} steps f = {f}: not yet below 0.001.",
  "sched.status.growing": "f grew from {f0} to {f}: η_t stayed above the limit 1 too long, so y's swings grow.",
  "sched.status.diverged": "Diverged at step {step}: f passed 10⁴ × its start, because η_t stayed above the limit 1.",
} as const;
