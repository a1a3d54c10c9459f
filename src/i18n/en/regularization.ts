/**
 * Strings of the chapters weight-decay, dropout and hyperparameter-search (their widgets
 * in components/widgets/<slug>/).
 */
export const regularization = {
  // ── weight-decay: the penalty on a 2-D loss ──
  "wd.penalty.lambda": "Weight decay λ",
  "wd.penalty.title": "The penalised loss f(w) + λ/2·‖w‖²",
  "wd.penalty.fn": "f(w) + λ/2·‖w‖²",
  "wd.penalty.path": "minimum as λ grows",
  "wd.penalty.sgd": "SGD with weightDecay λ",
  "wd.penalty.caption":
    "Contours of the penalised loss for λ = {lambda}. The + marks its minimum; the curve is where the minimum sits for every λ from 0 (at (6, 2)) upward.",
  "wd.penalty.status":
    "λ = {lambda}: minimum at ({x}, {y}), ‖w*‖ = {norm} (6.32 without the penalty), f(w*) = {loss}. SGD with weightDecay = λ ends at ({sx}, {sy}).",
  // ── dropout: which units drop ──
  "dropout.net.p": "Dropout ratio p",
  "dropout.net.form": "Form",
  "dropout.net.inverted": "Inverted (PyTorch)",
  "dropout.net.book": "The book's",
  "dropout.net.mode": "Mode",
  "dropout.net.train": "Training",
  "dropout.net.eval": "Inference",
  "dropout.net.step": "Next step",
  "dropout.net.reset": "Back to step 1",
  "dropout.net.title": "A 4-6-6-2 network with dropout after each hidden layer",
  "dropout.net.input": "input",
  "dropout.net.hidden": "hidden {n}",
  "dropout.net.output": "output",
  "dropout.net.unitKept": "{layer} unit {unit}: kept, value {value}",
  "dropout.net.unitDropped": "{layer} unit {unit}: dropped",
  "dropout.net.unit": "{layer} unit {unit}: {value}",
  "dropout.net.summaryTrain":
    "Step {step} (seed {seed}): hidden 1 drops {drop1}, hidden 2 drops {drop2}; {kept} of 12 hidden units kept, each multiplied by {scale}.",
  "dropout.net.summaryEval": "Inference: every unit is kept and multiplied by {scale}.",
  "dropout.net.none": "none",
  "dropout.net.scale": "Kept units × {scale}",
  "dropout.net.outputs": "Outputs: {y1}, {y2}",
  // ── hyperparameter-search: selection bias ──
  "hp.bias.region": "Selection bias: the best of many equally good models, on the test digits and on fresh digits",
  "hp.bias.models": "Models compared",
  "hp.bias.testSize": "Test digits used to pick",
  "hp.bias.title": "Test accuracy of each model; the best one, and the same model on fresh data",
  "hp.bias.axis": "accuracy on the test digits",
  "hp.bias.count": "models",
  "hp.bias.caption":
    "Each dot is one model's score on the {n} test digits; the dashed line is the true 90 %, the red line the best score ({best}), the teal line the same model on fresh digits ({fresh}).",
  "hp.bias.status":
    "Every model is right 90 % of the time. The best of {models} on {n} test digits scores {best}; on 10,000 fresh digits the same model scores {fresh} (test − fresh: {gap} points).",
  // ── hyperparameter-search: the search ──
  "hp.search.scatterTitle": "Trials: learning rate and weight decay, coloured by validation accuracy",
  "hp.search.lr": "log₁₀ learning rate",
  "hp.search.wd": "log₁₀ weight decay λ",
  "hp.search.val": "validation accuracy",
  "hp.search.scatterCaption": "{done} of {total} trials finished. Best: {best}.",
  "hp.search.scatterEmpty": "No trial has finished yet.",
  "hp.search.multiplesTitle": "Best {k} trials: validation (solid) and training (dashed) accuracy per epoch",
  "hp.search.multiplesCaption": "Best-1 … Best-{k}, as in 図6-24: {list}.",
  "hp.search.best": "Best-{rank}",
  "hp.search.trialLine": "Best-{rank} ({label}) val {val}",
} as const;
