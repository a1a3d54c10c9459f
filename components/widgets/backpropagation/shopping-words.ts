/**
 * The shopping graph in words: the table with the same numbers as the drawing (its text
 * alternative), what a screen reader hears on a focused node, the chain rule at a node in
 * numbers, and the stepper's status line. Takes a `document` so it renders at build time.
 */
import { t, type StringKey } from "../../../src/i18n";
import { table } from "../../../src/widgets/dom";
import {
  formatGraphNumber as fmt,
  type BackwardStep,
  type OpId,
  type ShoppingGraph,
  type ValueId,
} from "./shopping-graph";

/** The short name of a value, e.g. "apple price". */
export function valueName(id: ValueId): string {
  return t(`bp.value.${id}` as StringKey);
}

const maybe = (v: number | undefined) => (v === undefined ? t("bp.table.none") : fmt(v));

/** What a screen reader hears on a focused node (and what the readout shows on focus/click). */
export function nodeDescription(graph: ShoppingGraph, target: OpId | ValueId): string {
  const op = graph.spec.ops.find((o) => o.id === target);
  if (op) {
    const [x, y] = op.inputs;
    const v = graph.values;
    const what = graph.forwardDone
      ? t(op.op === "mul" ? "bp.node.mul" : "bp.node.add", { x: fmt(v[x]!), y: fmt(v[y]!), z: fmt(v[op.output]!) })
      : `${t(`bp.op.${op.op}`)}: ${t("bp.node.before")}`;
    const grads =
      graph.grads[x] !== undefined
        ? t("bp.node.grads", { x: valueName(x), y: valueName(y), dx: fmt(graph.grads[x]!), dy: fmt(graph.grads[y]!) })
        : t("bp.node.noGrads");
    return `${what} ${grads}`;
  }
  const id = target as ValueId;
  if (id === graph.spec.output)
    return `${t("bp.node.output", { value: maybe(graph.values[id]) })} ${graph.grads[id] !== undefined ? t("bp.node.inputGrad", { name: "L", grad: fmt(graph.grads[id]!) }) : ""}`.trim();
  const name = valueName(id);
  const value = t("bp.node.input", { name, value: fmt(graph.currentInputs[id as keyof typeof graph.currentInputs]) });
  return graph.grads[id] !== undefined
    ? `${value} ${t("bp.node.inputGrad", { name, grad: fmt(graph.grads[id]!) })}`
    : `${value} ${t("bp.node.noGrads")}`;
}

/** The same numbers as a table: the graph's text alternative. */
export function graphTable(doc: Document, graph: ShoppingGraph): HTMLTableElement {
  return table(doc, {
    caption: t("bp.table.caption"),
    attrs: { class: "bp-table", "data-graph-table": "" },
    columns: [t("bp.table.quantity"), t("bp.table.value"), t("bp.table.grad")],
    rowHeadings: true,
    rowAttrs: (i) => ({ "data-row": graph.valueIds[i] }),
    rows: graph.valueIds.map((id) => [
      valueName(id),
      { content: [maybe(graph.values[id])], attrs: { class: "bp-num" } },
      { content: [maybe(graph.grads[id])], attrs: { class: "bp-num bp-grad" } },
    ]),
  });
}

/** The chain rule at one node, one line per input, in numbers. */
export function chainRuleLines(step: BackwardStep): string[] {
  const output = valueName(step.op.output);
  return step.terms.map((term) =>
    t("bp.chain.term", {
      input: valueName(term.input),
      output,
      upstream: fmt(step.upstream),
      local: fmt(term.local),
      gradient: fmt(term.gradient),
    }),
  );
}

/** The status line: where the stepper is. */
export function graphStatus(graph: ShoppingGraph): string {
  if (!graph.forwardDone) return t("bp.graph.idle");
  if (graph.steps.length === 0) return t("bp.graph.forwarded", { total: fmt(graph.values.total!) });
  if (graph.backwardDone) return t("bp.graph.done");
  const step = graph.current!;
  return t("bp.graph.stepped", { node: t(`bp.op.${step.op.op}`), k: graph.steps.length, n: graph.spec.ops.length });
}
