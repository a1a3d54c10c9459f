/**
 * UI strings of the perceptron chapter's widgets (components/widgets/perceptron/).
 * `{name}` placeholders are filled by `t(key, params)`.
 */
export const perceptron = {
  "pc.region": "Perceptron playground",
  "pc.gate": "Logic gate",
  "pc.gate.and": "AND",
  "pc.gate.or": "OR",
  "pc.gate.nand": "NAND",
  "pc.gate.xor": "XOR",
  "pc.w1": "Weight w₁",
  "pc.w2": "Weight w₂",
  "pc.b": "Bias b",
  "pc.presets": "The book's weights",
  "pc.preset": "{gate} ({w1}, {w2}, {b})",
  "pc.zero": "Set all to 0",
  "pc.drag.hint": "Drag the line to slide it, or a round handle to turn it. The sliders do the same with the keyboard.",
  "pc.chart.title": "The perceptron's decision line on {gate}",
  "pc.chart.lead": "The shading is the perceptron's output over the plane; each input's marker is its target.",
  "pc.class.0": "0 (circle)",
  "pc.class.1": "1 (square)",
  // ── the truth table ───────────────────────────────────────────────────────────────
  "pc.table.caption": "What this perceptron outputs for each input",
  "pc.table.sum": "a = b + w₁x₁ + w₂x₂",
  "pc.table.output": "y = h(a)",
  "pc.table.target": "target t",
  "pc.table.check": "right?",
  "pc.table.right": "✓",
  "pc.table.wrong": "✗",
  "pc.table.rightLabel": "right",
  "pc.table.wrongLabel": "wrong",
  "pc.verdict.all": "All four rows are right: this perceptron computes {gate}.",
  "pc.verdict.some": "{wrong} of 4 rows are wrong for {gate}.",
  // ── learning ──────────────────────────────────────────────────────────────────────
  "pc.learn.title": "Learn the weights: the perceptron learning rule",
  "pc.learn.lr": "Learning rate η",
  "pc.learn.idle":
    "Step applies the rule to the next input; Play runs it until it stops. It starts from the weights above.",
  "pc.learn.update":
    "Epoch {epoch}, input ({x1}, {x2}): a = {sum}, so y = {y}; the target is t = {t}, error t − y = {error}.",
  "pc.learn.change":
    "Δw₁ = η(t − y)x₁ = {dw1}, Δw₂ = η(t − y)x₂ = {dw2}, Δb = η(t − y) = {db}, so now w = ({w1}, {w2}), b = {b}.",
  "pc.learn.noChange": "Right, so nothing changes.",
  "pc.learn.errors": "Mistakes per epoch: {list}",
  "pc.learn.converged": "Learned {gate}: epoch {epoch} had no mistakes, so the rule stops.",
  "pc.learn.cyclingXor":
    "XOR is not linearly separable: no line puts both 1s on one side. After epoch {epoch} the weights are back where they were after epoch {start}, so the same mistakes repeat for ever: the rule never settles.",
  "pc.learn.cycling":
    "After epoch {epoch} the weights are back where they were after epoch {start}: the rule is going round in a cycle and will never settle.",
  "pc.learn.gaveUp": "No epoch without a mistake in {epochs} epochs, so the rule stopped here.",
  // ── two layers ────────────────────────────────────────────────────────────────────
  "pc.xor.inputTitle": "XOR in the input plane: the NAND and OR lines",
  "pc.xor.inputLead":
    "The shading is the two-layer network's output: 1 between the two lines, where both s₁ and s₂ are 1.",
  "pc.xor.hiddenTitle": "The same four inputs after the first layer, at (s₁, s₂), with AND's line",
  "pc.xor.hiddenLead":
    "The first layer sends (1, 0) and (0, 1) to the same point (1, 1); there one line separates the 1s from the 0s.",
  "pc.xor.table": "The two-layer network, row by row (2.5.2)",
} as const;
