/**
 * <kobai-shopping-graph>: the book's shopping example (図5-16, 図5-17) as a computational
 * graph the reader steps through: Forward, Backward one node, Reset, with every value and
 * gradient on the edges, the chain rule of the current node in numbers, and editable
 * inputs that recompute everything. State (graph, inputs) lives in the URL.
 */
import { t } from "../../../src/i18n";
import { KobaiWidget, button, type Control, type numberInput } from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import {
  BOOK_INPUTS,
  ShoppingGraph,
  VARIANTS,
  type OpId,
  type ShoppingInputs,
  type ValueId,
  type Variant,
} from "./shopping-graph";
import { graphSvg } from "./shopping-view";
import { chainRuleLines, graphStatus, graphTable, nodeDescription } from "./shopping-words";

export const shoppingSchema = {
  graph: { type: "enum", default: "fruit", options: VARIANTS },
  applePrice: { type: "number", default: BOOK_INPUTS.applePrice, min: -1e6, max: 1e6 },
  appleCount: { type: "number", default: BOOK_INPUTS.appleCount, min: -1e6, max: 1e6 },
  orangePrice: { type: "number", default: BOOK_INPUTS.orangePrice, min: -1e6, max: 1e6 },
  orangeCount: { type: "number", default: BOOK_INPUTS.orangeCount, min: -1e6, max: 1e6 },
  tax: { type: "number", default: BOOK_INPUTS.tax, min: -1e6, max: 1e6 },
} as const;

const INPUT_KEYS = ["applePrice", "appleCount", "orangePrice", "orangeCount", "tax"] as const;

export class ShoppingGraphElement extends KobaiWidget<Record<string, unknown>, typeof shoppingSchema> {
  private graph!: ShoppingGraph;
  private inputs!: Record<keyof ShoppingInputs, ReturnType<typeof numberInput>>;
  private variant!: Control<string>;
  private chain!: HTMLElement;
  private focusLine!: HTMLElement;
  private backwardButton!: HTMLButtonElement;
  private focused: OpId | ValueId | undefined;

  protected setup(): void {
    const id = (s: string) => `${this.widgetId}-${s}`;

    const c = this.bindControls(shoppingSchema, (key) => {
      if (key === "graph") {
        this.graph = new ShoppingGraph(this.url.values.graph as Variant, this.graph.currentInputs);
        this.focused = undefined;
      } else this.graph.setInputs(this.readInputs());
      this.render();
    });
    this.graph = new ShoppingGraph(this.url.values.graph as Variant, this.readInputs());
    this.variant = c.segmented("graph", {
      label: t("bp.graph.variant"),
      optionLabel: (value) => t(`bp.graph.variant.${value}`),
    });
    this.inputs = Object.fromEntries(
      INPUT_KEYS.map((key) => [key, c.numberInput(key, { label: t(`bp.input.${key}`) })]),
    ) as ShoppingGraphElement["inputs"];
    const inputs = h(
      document,
      "fieldset",
      { class: "bp-inputs" },
      h(document, "legend", {}, t("bp.graph.inputs")),
      ...INPUT_KEYS.map((key) => this.inputs[key].root),
    );

    // Each button moves the graph, drops the focused node and redraws.
    const step = (move: () => void) => () => {
      move();
      this.focused = undefined;
      this.render();
    };
    this.backwardButton = button({
      id: id("backward"),
      label: t("bp.graph.backward"),
      onClick: step(() => this.graph.backwardOne()),
    });
    const buttons = h(
      document,
      "div",
      { class: "bp-buttons", role: "group", "aria-label": t("bp.graph.variant") },
      button({
        id: id("forward"),
        label: t("bp.graph.forward"),
        primary: true,
        onClick: step(() => this.graph.forward()),
      }),
      this.backwardButton,
      button({ id: id("reset"), label: t("bp.graph.reset"), onClick: step(() => this.graph.reset()) }),
      button({ id: id("book"), label: t("bp.graph.book"), onClick: () => this.bookNumbers() }),
    );

    this.chain = h(document, "ol", { class: "bp-chain", "data-chain": "" });
    this.focusLine = h(
      document,
      "p",
      { class: "bp-focus", "data-focus": "", "aria-live": "polite" },
      t("bp.graph.focusHint"),
    );
    this.controlsSlot.append(this.variant.root, buttons, inputs);
    const readout = this.querySelector<HTMLElement>("[data-readout]") ?? this;
    readout.replaceChildren(this.status.element, this.chain, this.focusLine);

    // Focus or click a node: its numbers in the readout (the SVG is redrawn, so delegate).
    const slot = this.chartSlot;
    const pick = (e: Event) => {
      const node = (e.target as Element).closest?.("[data-node]");
      if (!node) return;
      this.focused = node.getAttribute("data-node") as OpId | ValueId;
      this.focusLine.textContent = nodeDescription(this.graph, this.focused);
    };
    slot.addEventListener("focusin", pick);
    slot.addEventListener("click", pick);
  }

  private readInputs(): ShoppingInputs {
    const v = this.url.values;
    return {
      applePrice: v.applePrice,
      appleCount: v.appleCount,
      orangePrice: v.orangePrice,
      orangeCount: v.orangeCount,
      tax: v.tax,
    };
  }

  private bookNumbers(): void {
    for (const key of INPUT_KEYS) this.inputs[key].set(BOOK_INPUTS[key]);
    this.url.update({ ...BOOK_INPUTS });
    this.graph.setInputs(BOOK_INPUTS);
    this.render();
  }

  protected render(): void {
    const g = this.graph;
    const slot = this.chartSlot;
    const hadFocus = slot.contains(document.activeElement) ? document.activeElement?.getAttribute("data-node") : null;
    slot.querySelector("svg")?.replaceWith(graphSvg(document, g, g.current?.op.id));
    this.querySelector("[data-graph-table]")?.replaceWith(graphTable(document, g));
    if (hadFocus) slot.querySelector<SVGGElement>(`[data-node="${hadFocus}"]`)?.focus();
    for (const key of ["orangePrice", "orangeCount"] as const)
      this.inputs[key].root.hidden = !g.spec.inputs.includes(key);

    this.status.set(graphStatus(g), g.backwardDone ? "success" : "info");
    const lines: string[] = [];
    const step = g.current;
    if (step) {
      if (g.steps.length === 1) lines.push(t("bp.chain.start"));
      lines.push(...chainRuleLines(step));
      lines.push(t(step.op.op === "mul" ? "bp.chain.localMul" : "bp.chain.localAdd"));
    }
    this.chain.replaceChildren(...lines.map((line) => h(document, "li", {}, line)));
    this.chain.hidden = lines.length === 0;
    this.backwardButton.disabled = g.forwardDone && g.backwardDone;
    if (this.focused) this.focusLine.textContent = nodeDescription(g, this.focused);
  }
}
