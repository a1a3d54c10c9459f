/**
 * UI strings of the batch-normalization chapter's widgets (components/widgets/batch-normalization/).
 */
export const batchnorm = {
  // ── the normalisation panel ─────────────────────────────────────────────────────
  "bn.panel.title": "One batch before and after batch normalisation",
  "bn.panel.tableScroll": "Batch and running statistics table (scrolls sideways)",
  "bn.control.batch": "Batch size N",
  "bn.control.gamma": "γ (scale)",
  "bn.control.beta": "β (shift)",
  "bn.control.mode": "Mode",
  "bn.control.form": "Form",
  "bn.control.seed": "Batch seed",
  "bn.mode.training": "training: batch statistics",
  "bn.mode.eval": "eval: running statistics",
  "bn.form.pytorch": "PyTorch (momentum 0.1, ε 1e-5)",
  "bn.form.book": "book (momentum 0.9, ε 1e-6)",
  "bn.panel.setup":
    "Four units' pre-activations a = x·W + b for a batch of N random inputs (x ~ 𝒩(0, 1), 20 features; the units have different means and spreads). The running statistics come from {warmup} earlier training batches of {size} rows, as training would leave them; the short vertical bars mark each unit's mean.",
  "bn.chart.before": "before: a",
  "bn.chart.after": "after: y = γx̂ + β",
  "bn.chart.unit": "unit {unit}",
  "bn.chart.title": "Pre-activations of each unit before and after normalising",
  "bn.chart.caption.training":
    "Training mode, batch of {n}: each unit is normalised with its own batch mean and variance, then scaled by γ = {gamma} and shifted by β = {beta}.",
  "bn.chart.caption.eval":
    "Eval mode, batch of {n}: each unit is normalised with the running mean and variance, so the output of a row does not depend on the rest of its batch.",
  "bn.chart.unitStat":
    "Unit {unit}: before mean {meanBefore}, std {stdBefore}; after mean {meanAfter}, std {stdAfter}.",
  "bn.table.caption": "Statistics per unit",
  "bn.table.unit": "unit",
  "bn.table.batchMean": "batch μ",
  "bn.table.batchVar": "batch σ²",
  "bn.table.runningMean": "running μ",
  "bn.table.runningVar": "running σ²",
  "bn.table.outMean": "mean y",
  "bn.table.outStd": "std y",
  "bn.status.batchOne": "A batch of one in training mode: {message}",
  "bn.status.batchOneBook":
    "A batch of one in training mode: μ = x and σ² = 0, so x̂ = 0 and every output is β, whatever the input.",
  "bn.status.ok": "Batch of {n} in {mode} mode.",
  // ── the sweep over initial scales ───────────────────────────────────────────────
  "bn.sweep.title": "Training accuracy with and without batch normalisation, for each initial weight scale",
  "bn.sweep.scale.label": "Preset",
  "bn.sweep.scale.lesson": "Lesson scale: {scales} scales × {epochs} epochs ({time})",
  "bn.sweep.scale.book": "Reproduce 図6-18/図6-19: 16 scales × 20 epochs (book settings, {time})",
  "bn.sweep.progress.idle":
    "Not started. Press Start: each scale trains a network with and a network without batch norm on the same batches, in a worker.",
  "bn.sweep.progress.text": "Scale {done} of {total} done · step {step} of {steps} in this scale ({percent} %)",
  "bn.sweep.status.running": "Training scale W = {scale} in the background…",
  "bn.sweep.status.paused": "Paused.",
  "bn.sweep.status.finished": "Finished {total} scales in {time}.",
  "bn.sweep.status.stopped": "Stopped after {done} of {total} scales.",
  "bn.sweep.status.error": "Training failed: {message}",
  "bn.sweep.panel": "W = {scale}",
  "bn.sweep.series.bn": "with BN",
  "bn.sweep.series.plain": "without BN",
  "bn.sweep.summary": "W = {scale}: with BN {bn}, without {plain} after epoch {epoch}.",
  "bn.sweep.summaryDiverged": "W = {scale}: with BN {bn}; without BN diverged at step {step}.",
  "bn.sweep.summary.none": "No results yet.",
  "bn.sweep.divergedMark": "without BN: diverged at step {step}",
  "bn.sweep.caption": "Train accuracy per epoch on 1,000 digits; solid: with batch norm, dashed: without.",
} as const;
