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
