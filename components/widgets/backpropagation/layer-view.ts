/**
 * Drawing the layer stepper: one row per stage (input, Affine 1, ReLU, Affine 2,
 * Softmax-with-Loss) with its forward output and its gradients as small heat-coloured
 * matrices (HTML tables with captions, so screen readers read every number), the sentence
 * for the current step, and the gradient-check table. Takes a `document` (linkedom at
 * build time and in tests).
 */
import type { GradientCheckRow, Tensor } from "kobai";
import { t, type StringKey } from "../../../src/i18n";
import { h } from "../../../src/widgets/dom";
import { LayerStepper, STAGES, type Bug, type Stage } from "./layer-stepper";

/** A matrix entry: 3 significant digits, a real minus sign. @example formatCell(-0.12345) // "−0.123" */
export function formatCell(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v === 0 ? "0" : Math.abs(v) < 1e-3 ? v.toExponential(1) : String(Number(v.toPrecision(3)));
  return s.replace(/-/g, "−");
}

/** A tensor as a heat-coloured table: each cell's colour strength is |v| / max |v| of the matrix. */
export function matrixTable(
  doc: Document,
  name: string,
  m: Tensor,
  opts: { grad?: boolean; key?: string } = {},
): HTMLTableElement {
  const table = h(doc, "table", {
    class: opts.grad ? "bp-matrix bp-matrix--grad" : "bp-matrix",
    "data-matrix": opts.key ?? name,
  });
  table.append(h(doc, "caption", {}, t("bp.net.matrix", { name, shape: `[${m.rows}, ${m.cols}]` })));
  let max = 0;
  for (const v of m.data) max = Math.max(max, Math.abs(v));
  const body = h(doc, "tbody");
  for (let i = 0; i < m.rows; i++) {
    const tr = h(doc, "tr");
    for (let j = 0; j < m.cols; j++) {
      const v = m.get(i, j);
      const heat = max > 0 ? Math.abs(v) / max : 0;
      tr.append(
        h(
          doc,
          "td",
          { "data-sign": v > 0 ? "+" : v < 0 ? "-" : "0", style: `--heat: ${heat.toFixed(3)}` },
          formatCell(v),
        ),
      );
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

const STAGE_SYMBOLS: Record<Stage, { out: string; dIn: string; W?: string; b?: string }> = {
  affine1: { out: "A₁", dIn: "∂L/∂X", W: "W₁", b: "b₁" },
  relu: { out: "Z₁", dIn: "∂L/∂A₁" },
  affine2: { out: "A₂", dIn: "∂L/∂Z₁", W: "W₂", b: "b₂" },
  loss: { out: "Y", dIn: "∂L/∂A₂" },
};

function group(doc: Document, label: string, children: Node[]): HTMLElement {
  return h(doc, "div", { class: "bp-stage__group" }, h(doc, "p", { class: "bp-stage__label" }, label), ...children);
}

const notYet = (doc: Document) => h(doc, "p", { class: "bp-stage__empty" }, t("bp.net.notYet"));

/** Every stage as a row of matrices: what the stepper has computed so far. */
export function stagesElement(doc: Document, stepper: LayerStepper): HTMLElement {
  const { fc1, fc2, x, t: labels } = stepper.net;
  const current = stepper.current;
  const root = h(doc, "div", { class: "bp-stages", "data-stages": "" });
  const input = h(
    doc,
    "section",
    { class: "bp-stage", "data-stage": "input", "aria-label": t("bp.net.stage.input") },
    h(doc, "p", { class: "bp-stage__title" }, t("bp.net.stage.input")),
    h(doc, "p", { class: "bp-stage__formula" }, t("bp.net.formula.input")),
    h(
      doc,
      "div",
      { class: "bp-stage__row" },
      matrixTable(doc, "X", x),
      h(doc, "p", { class: "bp-stage__labels" }, t("bp.net.labels", { labels: labels.join(", ") })),
    ),
  );
  root.append(input);
  const layers = { affine1: fc1, affine2: fc2 } as const;
  for (const stage of STAGES) {
    const record = stepper.records[stage];
    const sym = STAGE_SYMBOLS[stage];
    const isCurrent = current?.stage === stage;
    const section = h(
      doc,
      "section",
      {
        class: "bp-stage",
        "data-stage": stage,
        "data-current": isCurrent ? current!.direction : undefined,
        "aria-label": t(`bp.net.stage.${stage}` as StringKey),
      },
      h(doc, "p", { class: "bp-stage__title" }, t(`bp.net.stage.${stage}` as StringKey)),
      h(doc, "p", { class: "bp-stage__formula" }, t(`bp.net.formula.${stage}` as StringKey)),
    );
    const row = h(doc, "div", { class: "bp-stage__row" });
    if (stage === "affine1" || stage === "affine2") {
      const layer = layers[stage];
      row.append(
        group(doc, t("bp.net.params"), [
          matrixTable(doc, sym.W!, layer.weight.value, { key: `${stage}-W` }),
          matrixTable(doc, sym.b!, layer.bias.value, { key: `${stage}-b` }),
        ]),
      );
    }
    const forward: Node[] = record.output
      ? [matrixTable(doc, sym.out, record.output, { key: `${stage}-out` })]
      : [notYet(doc)];
    if (stage === "loss" && stepper.loss !== undefined)
      forward.push(
        h(
          doc,
          "p",
          { class: "bp-stage__loss", "data-loss": "" },
          t("bp.net.lossValue", { loss: stepper.loss.toFixed(4) }),
        ),
      );
    row.append(group(doc, t("bp.net.forwardLabel"), forward));
    const backward: Node[] = [];
    if (record.weightGrad)
      backward.push(matrixTable(doc, `∂L/∂${sym.W}`, record.weightGrad, { grad: true, key: `${stage}-dW` }));
    if (record.biasGrad)
      backward.push(matrixTable(doc, `∂L/∂${sym.b}`, record.biasGrad, { grad: true, key: `${stage}-db` }));
    if (record.inputGrad)
      backward.push(matrixTable(doc, sym.dIn, record.inputGrad, { grad: true, key: `${stage}-dIn` }));
    row.append(group(doc, t("bp.net.backwardLabel"), backward.length ? backward : [notYet(doc)]));
    section.append(row);
    root.append(section);
  }
  return root;
}

/** The sentence for the step just taken. */
export function stepExplanation(stepper: LayerStepper): string {
  const current = stepper.current;
  const n = stepper.settings.batch;
  if (!current) return t("bp.net.idle", { seed: stepper.settings.seed, n });
  return t(`bp.net.step.${current.direction}.${current.stage}` as StringKey, {
    n,
    loss: (stepper.loss ?? NaN).toFixed(4),
  });
}

/** The gradient-check rows as a table. */
export function checkTable(doc: Document, rows: GradientCheckRow[]): HTMLTableElement {
  const table = h(doc, "table", { "data-check-table": "" });
  table.append(h(doc, "caption", {}, t("bp.net.check.caption")));
  const head = ["param", "shape", "rel", "backprop", "numerical", "ok"] as const;
  table.append(
    h(doc, "thead", {}, h(doc, "tr", {}, ...head.map((k) => h(doc, "th", { scope: "col" }, t(`bp.net.check.${k}`))))),
  );
  const body = h(doc, "tbody");
  for (const r of rows) {
    body.append(
      h(
        doc,
        "tr",
        { "data-param": r.name, "data-ok": String(r.ok) },
        h(doc, "th", { scope: "row" }, r.name),
        h(doc, "td", {}, r.shape),
        h(doc, "td", {}, r.maxRelativeError.toExponential(1).replace(/-/g, "−")),
        h(doc, "td", {}, formatCell(r.backprop)),
        h(doc, "td", {}, formatCell(r.numerical)),
        h(doc, "td", { class: r.ok ? "bp-ok" : "bp-bad" }, t(r.ok ? "bp.net.check.yes" : "bp.net.check.no")),
      ),
    );
  }
  table.append(body);
  return table;
}

/** The verdict under the check table; `hidden` when a batch of one hides the chosen bug. */
export function checkVerdict(
  rows: GradientCheckRow[],
  bug: Bug,
  batch: number,
): { text: string; tone: "success" | "error" | "warning" } {
  const worst = Math.max(...rows.map((r) => r.maxRelativeError));
  const bad = rows.filter((r) => !r.ok);
  if (bad.length === 0) {
    const text = t("bp.net.check.allOk", { count: rows.length, worst: worst.toExponential(1).replace(/-/g, "−") });
    return bug !== "none" && batch === 1
      ? { text: `${text} ${t("bp.net.check.hidden")}`, tone: "warning" }
      : { text, tone: "success" };
  }
  const top = bad.reduce((a, b) => (b.maxRelativeError > a.maxRelativeError ? b : a));
  return {
    text: t("bp.net.check.bad", {
      names: bad.map((r) => r.name).join(", "),
      worst: formatCell(top.maxRelativeError),
      backprop: formatCell(top.backprop),
      numerical: formatCell(top.numerical),
    }),
    tone: "error",
  };
}
