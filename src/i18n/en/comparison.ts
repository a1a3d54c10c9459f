/**
 * UI strings of the chapters rmsprop, adam and optimizer-comparison: the six-optimizer grid
 * (components/widgets/optimizer-comparison/) and Adam's bias-correction toggle
 * (components/widgets/adam/).
 */
export const comparison = {
  "cmp.region": "Six optimizers on one function",
  "cmp.landscape": "Function for all six",
  "cmp.steps": "Steps",
  "cmp.panel": "{name}, η = {lr}",
  "cmp.summary": "On {landscape}, {steps} steps each. {results}",
  "cmp.summary.one": "{name}: {status}",
  "cmp.outcome.converged": "{step}",
  "cmp.outcome.local": "{step} (local minimum)",
  "cmp.outcome.escaped": "leaves at {step}",
  "cmp.outcome.diverged": "diverges at {step}",
  "cmp.outcome.stalled": "stalls (f = {f})",
  "cmp.outcome.oscillating": "oscillates (f = {f})",
  "cmp.outcome.moving": "not yet (f = {f})",
  "adam.bc.legend": "Which averages Adam divides by 1 − βᵗ",
  "adam.bc.both": "Both (Adam)",
  "adam.bc.none": "Neither",
  "adam.bc.m": "Only m",
  "adam.bc.v": "Only v",
  "adam.bc.name.both": "Adam, m and v corrected",
  "adam.bc.name.none": "no correction",
  "adam.bc.name.m": "only m corrected",
  "adam.bc.name.v": "only v corrected",
  "adam.bc.caption":
    "{name}, η = {lr}, from (−7, 2): step 1 lands at {p1}; after {steps} steps at {end}, f = {f}. Adam with both corrections (the second path) ends at {adamEnd}.",
} as const;
