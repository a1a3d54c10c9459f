/**
 * UI strings of the optimizer explorer (components/widgets/optimizers/), shared by the
 * chapters sgd … optimizer-comparison. `{name}` placeholders are filled by `t(key, params)`.
 */
/** A hyperparameter as its symbol and value ("η = 0.1"): formulas, the same in every edition, so both spread this. */
export const optimizerSymbols = {
  "opt.sym.lr": "η = {value}",
  "opt.sym.momentum": "μ = {value}",
  "opt.sym.alpha": "α = {value}",
  "opt.sym.beta1": "β₁ = {value}",
  "opt.sym.beta2": "β₂ = {value}",
  "opt.sym.eps": "ε = {value}",
  "opt.sym.weightDecay": "λ = {value}",
};

export const optimizers = {
  "opt.region": "Optimizer explorer: {name}",
  // ── controls ──────────────────────────────────────────────────────────────────────
  "opt.optimizer": "Optimizer",
  "opt.landscape": "Function",
  "opt.form": "Form of the rule",
  "opt.form.pytorch": "PyTorch",
  "opt.form.book": "The book",
  "opt.steps": "Steps",
  "opt.start.x": "Start x",
  "opt.start.y": "Start y",
  "opt.start.hint": "Click the chart to start there, or type the start point.",
  "opt.compareSgd": "Compare with SGD (same η)",
  "opt.otherForm": "Show the other form's path",
  "opt.presets": "Presets",
  "opt.preset.book": "The book's settings ({figure})",
  "opt.preset.ours": "Book-style settings (not in the book: ours)",
  "opt.formula": "This step's update, with its numbers",
  "opt.formula.start": "Step 0 is the start. The rule each step applies:",
  "opt.formula.step": "Step {k} of {steps}:",
  "opt.legend.velocity": "Arrow: the velocity (the displacement momentum carries into the next step).",
  "opt.legend.lookAhead":
    "Square: θ, the weights of classical Nesterov; the ring is the look-ahead point θ + μu, where the gradient is taken (the weights PyTorch stores).",
  "opt.lookAhead.theta": "θ",
  "opt.lookAhead.point": "θ + μu",
  "opt.lookAhead.caption":
    "At step {k} the gradient is taken at the look-ahead point θ + μu = {point}; the classical weights θ are at {theta}.",
  "opt.legend.ellipse": "Dashed ellipse: each axis's step size η/(√h + ε), drawn ×{scale}.",
  "opt.legend.adam":
    "Dashed ellipse: each axis's step size η/(√v̂ + ε), drawn ×{scale}; dashed arrow: the direction −m̂.",
  // ── hyperparameters (the learning rate's label is fixed by the chapters' e2e tests) ──
  "opt.hyper.lr": "Learning rate η",
  "opt.hyper.momentum": "Momentum μ",
  "opt.hyper.momentum.book": "Momentum α",
  "opt.hyper.alpha": "Decay α",
  "opt.hyper.alpha.book": "Decay rate ρ",
  "opt.hyper.beta1": "β₁ (average of ∇)",
  "opt.hyper.beta2": "β₂ (average of ∇²)",
  "opt.hyper.eps": "ε (log scale)",
  "opt.hyper.weightDecay": "Weight decay λ",
  ...optimizerSymbols,
  // ── names ─────────────────────────────────────────────────────────────────────────
  "opt.name.pytorch": "{name} (PyTorch form)",
  "opt.name.book": "{name} (book form)",
  "opt.ghost.sgd": "SGD (same η)",
  "opt.landscape.book": "the book's bowl x²/20 + y²",
  "opt.landscape.rosenbrock": "Rosenbrock's valley",
  "opt.landscape.saddle": "a saddle x² − y²",
  "opt.landscape.tilted": "a tilted bowl",
  "opt.landscape.wells": "two wells",
  "opt.fn.book": "f(x, y) = x²/20 + y²",
  "opt.fn.rosenbrock": "Rosenbrock's f(x, y) = (1 − x)² + 100(y − x²)²",
  "opt.fn.saddle": "f(x, y) = x² − y²",
  "opt.fn.tilted": "the book's bowl turned by 30°",
  "opt.fn.wells": "two wells on a shallow bowl",
  "opt.target.global": "global minimum",
  "opt.target.local": "local minimum",
  // ── a chapter's own charts (content/lessons/<slug>/*.ts) ─────────────────────────────
  "opt.lesson.sgd.flatter": "η = {lr} on x²/20 + y²/4",
  "opt.lesson.sgd.book": "η = {lr} on the book's x²/20 + y²",
  "opt.lesson.adagrad.mistake": "the mistake: h ← h + η",
  "opt.lesson.adagrad.nearLimit": "SGD η = {lr} (just below 2/λmax)",
  // ── status (beside the controls) ──────────────────────────────────────────────────
  "opt.status.diverged": "Diverged at step {step}.",
  "opt.status.converged": "Converged to the {target}: f − f* < 0.001 from step {step} on.",
  "opt.status.oscillating": "Oscillating along {axis}: f = {f} after {steps}.",
  "opt.status.stalled": "Stalled: the last step moved only {length}; f = {f} after {steps}.",
  "opt.status.moving": "Still moving: f = {f} after {steps}.",
  "opt.status.rising": "Moving away from the minimum: f rose from {f0} to {f} in {steps}. More steps, and it diverges.",
  "opt.status.offView":
    "None of this path is inside the chart (x from {x0} to {x1}, y from {y0} to {y1}), so none of it is drawn: move the start inside it to see the path.",
  "opt.status.error": "Could not run: {message}",
  // ── caption (the chart's text alternative) ────────────────────────────────────────
  "opt.caption.run": "{name} with {hypers} on {landscape}: {steps} from {start} to {end}, final f = {f}.",
  "opt.caption.at": "Showing step {k}: {point}, f = {f}.",
  "opt.caption.ghostSgd": "{name} with the same η ends at {end} (f = {f}) after {steps}.",
  "opt.caption.ghostForm": "{name} ends at {end} (f = {f}) after {steps}.",
} as const;
