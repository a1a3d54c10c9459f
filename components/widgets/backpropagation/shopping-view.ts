/**
 * Drawing the shopping graph: an SVG laid out by hand like the book's 図5-16 / 図5-17
 * (values above each edge, gradients below). Its words (the table that is its text
 * alternative, what a focused node says, the chain rule in numbers) are shopping-words.ts.
 * Takes a `document` so it renders at build time (linkedom) and in tests.
 */
import { t } from "../../../src/i18n";
import {
  formatGraphNumber as fmt,
  type OpId,
  type OpSpec,
  type ShoppingGraph,
  type ValueId,
  type Variant,
} from "./shopping-graph";
import { nodeDescription, valueName } from "./shopping-words";

const SVG = "http://www.w3.org/2000/svg";
type Point = [number, number];

/** Where things sit: input boxes (their anchor is where the edge leaves), nodes, the output. */
interface Layout {
  width: number;
  height: number;
  /** Input box: top-left corner and the point its edge leaves from. */
  inputs: Partial<Record<ValueId, { box: Point; w: number; anchor: Point }>>;
  nodes: Partial<Record<OpId, Point>>;
  output: Point;
}

const R = 22; // node radius
const BOX_H = 30;

const LAYOUTS: Record<Variant, Layout> = {
  fruit: {
    width: 720,
    height: 330,
    inputs: {
      applePrice: { box: [8, 22], w: 118, anchor: [126, 37] },
      appleCount: { box: [8, 96], w: 118, anchor: [126, 111] },
      orangePrice: { box: [8, 204], w: 118, anchor: [126, 219] },
      orangeCount: { box: [8, 278], w: 118, anchor: [126, 293] },
      tax: { box: [529, 282], w: 80, anchor: [569, 282] },
    },
    nodes: { mulApple: [262, 74], mulOrange: [262, 256], add: [420, 165], mulTax: [569, 165] },
    output: [700, 165],
  },
  apples: {
    width: 720,
    height: 250,
    inputs: {
      applePrice: { box: [8, 38], w: 118, anchor: [126, 53] },
      appleCount: { box: [8, 150], w: 118, anchor: [126, 165] },
      tax: { box: [480, 200], w: 80, anchor: [520, 200] },
    },
    nodes: { mulApple: [290, 108], mulTax: [520, 108] },
    output: [700, 108],
  },
};

function s<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG, tag) as SVGElementTagNameMap[K];
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === "string" ? doc.createTextNode(c) : c);
  return el;
}

/** The node an edge ends at: the op that consumes the value, or the output. */
function consumer(graph: ShoppingGraph, id: ValueId): OpSpec | undefined {
  return graph.spec.ops.find((op) => op.inputs.includes(id));
}

/**
 * The graph as SVG. Every node and input box is focusable (tabindex 0) with a text
 * description; `data-node` names it for the widget's focus/click handler.
 */
export function graphSvg(doc: Document, graph: ShoppingGraph, current?: OpId): SVGSVGElement {
  const layout = LAYOUTS[graph.spec.variant];
  const titleId = `bp-graph-title-${graph.spec.variant}`;
  const svg = s(doc, "svg", {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    class: "bp-graph__svg",
    role: "group",
    "aria-labelledby": titleId,
  });
  svg.append(s(doc, "title", { id: titleId }, t("bp.graph.svgTitle")));
  const markerId = `bp-arrow-${graph.spec.variant}`;
  svg.append(
    s(
      doc,
      "defs",
      {},
      s(
        doc,
        "marker",
        {
          id: markerId,
          viewBox: "0 0 10 10",
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: "auto-start-reverse",
        },
        s(doc, "path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "currentColor" }),
      ),
    ),
  );
  const edges = s(doc, "g", { class: "bp-edges" });
  const nodes = s(doc, "g", { class: "bp-nodes" });
  svg.append(edges, nodes);

  const start = (id: ValueId): Point => {
    const input = layout.inputs[id];
    if (input) return input.anchor;
    const op = graph.spec.ops.find((o) => o.output === id)!;
    return layout.nodes[op.id]!;
  };
  const end = (id: ValueId): Point => {
    const op = consumer(graph, id);
    return op ? layout.nodes[op.id]! : layout.output;
  };

  for (const id of graph.valueIds) {
    const from = start(id),
      to = end(id);
    const fromIsNode = layout.inputs[id] === undefined;
    const toIsNode = consumer(graph, id) !== undefined;
    const dx = to[0] - from[0],
      dy = to[1] - from[1],
      len = Math.hypot(dx, dy);
    const ux = dx / len,
      uy = dy / len;
    const a: Point = fromIsNode ? [from[0] + ux * R, from[1] + uy * R] : from;
    const b: Point = toIsNode ? [to[0] - ux * (R + 2), to[1] - uy * (R + 2)] : [to[0] - 4, to[1]];
    const edge = s(doc, "g", { class: "bp-edge", "data-edge": id });
    edge.append(s(doc, "line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], "marker-end": `url(#${markerId})` }));
    const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const vertical = Math.abs(dx) < 1;
    const value = graph.values[id],
      grad = graph.grads[id];
    // Value above the edge, gradient below it (beside it for the vertical tax edge).
    const valuePos: Point = vertical ? [mid[0] - 8, mid[1] - 2] : [mid[0], mid[1] - 8];
    const gradPos: Point = vertical ? [mid[0] + 8, mid[1] - 2] : [mid[0], mid[1] + 18];
    const anchor = vertical ? ["end", "start"] : ["middle", "middle"];
    if (value !== undefined)
      edge.append(
        s(
          doc,
          "text",
          { x: valuePos[0], y: valuePos[1], "text-anchor": anchor[0], class: "bp-edge__value", "data-value": id },
          fmt(value),
        ),
      );
    if (grad !== undefined)
      edge.append(
        s(
          doc,
          "text",
          { x: gradPos[0], y: gradPos[1], "text-anchor": anchor[1], class: "bp-edge__grad", "data-grad": id },
          fmt(grad),
        ),
      );
    edges.append(edge);
  }

  for (const id of graph.spec.inputs) {
    const { box, w } = layout.inputs[id]!;
    const g = s(doc, "g", {
      class: "bp-input",
      tabindex: 0,
      role: "img",
      "data-node": id,
      "aria-label": nodeDescription(graph, id),
    });
    g.append(s(doc, "rect", { x: box[0], y: box[1], width: w, height: BOX_H, rx: 6 }));
    g.append(s(doc, "text", { x: box[0] + w / 2, y: box[1] + BOX_H / 2 + 5, "text-anchor": "middle" }, valueName(id)));
    nodes.append(g);
  }
  for (const op of graph.spec.ops) {
    const [x, y] = layout.nodes[op.id]!;
    const cls = [
      "bp-node",
      graph.grads[op.inputs[0]] !== undefined ? "bp-node--done" : "",
      op.id === current ? "bp-node--current" : "",
    ]
      .filter(Boolean)
      .join(" ");
    const g = s(doc, "g", {
      class: cls,
      tabindex: 0,
      role: "img",
      "data-node": op.id,
      "aria-label": nodeDescription(graph, op.id),
    });
    g.append(s(doc, "circle", { cx: x, cy: y, r: R }));
    g.append(
      s(doc, "text", { x, y: y + 7, "text-anchor": "middle", class: "bp-node__op" }, op.op === "mul" ? "×" : "+"),
    );
    nodes.append(g);
  }
  const [ox, oy] = layout.output;
  const out = s(doc, "g", {
    class: "bp-output",
    tabindex: 0,
    role: "img",
    "data-node": graph.spec.output,
    "aria-label": nodeDescription(graph, graph.spec.output),
  });
  out.append(
    s(
      doc,
      "text",
      { x: ox + 2, y: oy + 6, "text-anchor": "start", class: "bp-output__label" },
      valueName(graph.spec.output),
    ),
  );
  nodes.append(out);
  return svg;
}
