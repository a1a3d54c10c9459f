/**
 * UI strings of the chart builders (src/plot) and the widget kit (src/widgets).
 * `{name}` placeholders are filled by `t(key, params)`.
 */
export const charts = {
  // ── charts: titles (the short aria-label of the SVG) ──────────────────────────────
  "chart.line.title": "Line chart",
  "chart.loss.title": "Loss curves",
  "chart.contour.title": "Contour plot with optimizer paths",
  "chart.histogram.title": "Histograms",
  "chart.regions.title": "Decision regions",
  "chart.function.title": "Function plot",
  "chart.bars.title": "Bar chart",
  // ── charts: axis labels ───────────────────────────────────────────────────────────
  "chart.axis.step": "step",
  "chart.axis.epoch": "epoch",
  "chart.axis.loss": "loss",
  "chart.axis.count": "count",
  "chart.axis.value": "value",
  // ── charts: captions (the text alternative, with the key numbers) ─────────────────
  "chart.series.summary":
    "{name}: {first} at {xLabel} {x0}, {last} at {xLabel} {x1} (lowest {min} at {xLabel} {xMin}).",
  "chart.series.empty": "{name}: no values.",
  "chart.series.diverged": "{name} diverged at {xLabel} {x} (last finite value {last}).",
  "chart.series.divergedAtStart": "{name} has no finite values.",
  "chart.series.smoothed": "Bold lines are smoothed (factor {factor}); faint lines are the raw values.",
  "chart.diverged": "diverged",
  "chart.log.dropped": "{count} values ≤ 0 cannot be shown on the log scale and are left out.",
  "chart.log.fallback": "No positive values, so the y axis is linear instead of logarithmic.",
  "chart.contour.summary": "{fn}: contour lines over x ∈ [{x0}, {x1}], y ∈ [{y0}, {y1}]; lowest sampled value {min}.",
  "chart.path.summary": "{name}: {steps} from ({x0}, {y0}) to ({x1}, {y1}); f from {f0} to {f1}.",
  "chart.path.diverged": "{name} left the finite numbers after {steps}.",
  "chart.path.empty": "{name}: no points.",
  "chart.histogram.group": "{name}: {count} values, mean {mean}, std {std}.",
  "chart.histogram.dropped": "{count} non-finite values are left out.",
  "chart.regions.summary": "{points} points in {classes} classes over x ∈ [{x0}, {x1}], y ∈ [{y0}, {y1}].",
  "chart.regions.accuracy": "The model classifies {correct} of {points} points correctly ({percent}).",
  "chart.regions.boundary": "Boundary {name}: {w1}·x₁ {w2}·x₂ {b} = 0.",
  "chart.regions.noBoundary": "Boundary {name} has zero weights, so there is no line to draw.",
  "chart.function.summary": "{name} over x ∈ [{x0}, {x1}], from {yMin} to {yMax}.",
  "chart.function.at": "At x = {x}: {name} = {y}, slope {dy}.",
  "chart.function.derivative": "{name}′",
  "chart.function.gaps": "{count} sampled points are undefined and left as gaps.",
  "chart.bars.item": "{name}: {value}.",
  "chart.bars.missing": "{name}: {value} (no bar).",
  "chart.error.noDocument":
    "Chart: no document to draw into; pass { document } (e.g. linkedom's) when rendering outside a browser.",

  // ── widgets: player ───────────────────────────────────────────────────────────────
  "widget.play": "Play",
  "widget.pause": "Pause",
  "widget.step": "Step",
  "widget.reset": "Reset",
  "widget.speed": "Speed (steps per second)",
  "widget.timeline": "Step",
  // ── widgets: values read from the URL ─────────────────────────────────────────────
  "count.steps.one": "{n} step",
  "count.steps.other": "{n} steps",
  "widget.url.notNumber": "{key}: “{raw}” is not a number, so {fallback} is used.",
  "widget.url.notInteger": "{key}: “{raw}” is not a whole number, so {fallback} is used.",
  "widget.url.outOfRange": "{key}: {raw} is outside [{min}, {max}], so {fallback} is used.",
  "widget.url.notOption": "{key}: “{raw}” is not one of {options}, so {fallback} is used.",
  "widget.url.notBoolean": "{key}: “{raw}” is not 0 or 1, so {fallback} is used.",
  "widget.url.badString": "{key}: “{raw}” is not allowed, so {fallback} is used.",
  // ── widgets: controls ─────────────────────────────────────────────────────────────
  "widget.input.notNumber": "Enter a number.",
  "widget.input.outOfRange": "Enter a number from {min} to {max}.",
  "widget.config.invalid": "This widget's settings could not be read: {message}",
} as const;
