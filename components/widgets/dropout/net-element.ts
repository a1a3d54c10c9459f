/**
 * <kobai-dropout-net>: step through real forward passes of a 4-6-6-2 network with dropout
 * and see which hidden units the core's Dropout layers drop (dropout-net.ts). Controls: the
 * dropout ratio p, the form (inverted or the book's), training or inference, and a step
 * button. p, form, mode and step live in the URL, so a link shows the same masks.
 */
import { t } from "../../../src/i18n";
import { formatControlValue as formatNumber } from "../../../src/widgets/controls";
import { KobaiWidget, defineWidget } from "../../../src/widgets/base-element";
import { button } from "../../../src/widgets/controls";
import { droppedUnits, layout, MAX_STEP, netState, SIZES, type NetState } from "./dropout-net";
import { joinSentences } from "../../../src/i18n/sentences";

const SVG = "http://www.w3.org/2000/svg";
const schema = {
  p: { type: "number", default: 0.5, min: 0, max: 0.9 },
  form: { type: "enum", default: "inverted", options: ["inverted", "book"] },
  mode: { type: "enum", default: "train", options: ["train", "eval"] },
  step: { type: "number", default: 1, min: 1, max: MAX_STEP, integer: true },
} as const;

const layerName = (layer: number) =>
  layer === 0
    ? t("dropout.net.input")
    : layer === SIZES.length - 1
      ? t("dropout.net.output")
      : t("dropout.net.hidden", { n: layer });
const two = (v: number) => formatNumber(Number(v.toFixed(2)));

/** The sentence under the drawing (its text alternative). */
export function netSummary(state: NetState, seed: number): string {
  const scale = formatNumber(Number(state.scale.toPrecision(4)));
  if (!state.training) return t("dropout.net.summaryEval", { scale });
  const dropped = droppedUnits(state);
  const list = (units: number[]) => (units.length ? units.join(", ") : t("dropout.net.none"));
  const kept = state.masks.flat().filter((m) => m === 1).length;
  return t("dropout.net.summaryTrain", {
    step: state.step,
    seed,
    drop1: list(dropped[0]),
    drop2: list(dropped[1]),
    kept,
    scale,
  });
}

/**
 * The drawing of one forward pass: the badge with the factor kept units are multiplied by,
 * and the network with its dropped units crossed out. It takes the document to draw into,
 * so the page's build draws the first step (readable before any script runs) with the same
 * code the element redraws in the browser.
 */
export function drawNet(doc: Document, net: NetState, chartWidth: number): HTMLElement {
  const width = Math.max(280, Math.min(chartWidth, 640));
  const height = Math.round(Math.max(240, Math.min(320, width * 0.5)));
  const svg = doc.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", t("dropout.net.title"));
  svg.classList.add("dropnet");
  const { nodes, edges } = layout(net, width, height - 22);
  const add = (name: string, attrs: Record<string, string | number>, parent: Element = svg, text?: string) => {
    const el = doc.createElementNS(SVG, name);
    for (const [k, val] of Object.entries(attrs)) el.setAttribute(k, String(val));
    if (text !== undefined) el.textContent = text;
    parent.append(el);
    return el;
  };
  for (const e of edges)
    add("line", {
      x1: e.from.x,
      y1: e.from.y,
      x2: e.to.x,
      y2: e.to.y,
      class: e.live ? "dropnet__edge" : "dropnet__edge dropnet__edge--dead",
    });
  for (const n of nodes) {
    const g = add("g", {
      class: n.dropped ? "dropnet__unit dropnet__unit--dropped" : "dropnet__unit",
      "data-layer": n.layer,
      "data-unit": n.unit + 1,
    });
    add(
      "title",
      {},
      g,
      n.dropped
        ? t("dropout.net.unitDropped", { layer: layerName(n.layer), unit: n.unit + 1 })
        : t("dropout.net.unit", { layer: layerName(n.layer), unit: n.unit + 1, value: two(n.value) }),
    );
    add("circle", { cx: n.x, cy: n.y, r: 13 }, g);
    if (n.dropped)
      add(
        "path",
        {
          d: `M${n.x - 6},${n.y - 6}L${n.x + 6},${n.y + 6}M${n.x + 6},${n.y - 6}L${n.x - 6},${n.y + 6}`,
          class: "dropnet__cross",
        },
        g,
      );
    else add("text", { x: n.x, y: n.y + 4, "text-anchor": "middle", class: "dropnet__value" }, g, two(n.value));
  }
  SIZES.forEach((_, layer) => {
    const x = nodes.find((n) => n.layer === layer)!.x;
    add("text", { x, y: height - 6, "text-anchor": "middle", class: "dropnet__label" }, svg, layerName(layer));
  });
  const figure = doc.createElement("figure");
  figure.className = "dropnet__figure";
  const badge = doc.createElement("p");
  badge.className = "dropnet__scale";
  badge.textContent = t("dropout.net.scale", { scale: formatNumber(Number(net.scale.toPrecision(4))) });
  figure.append(badge, svg);
  return figure;
}

class DropoutNet extends KobaiWidget<{ seed?: number }, typeof schema> {
  private net!: NetState;
  private caption!: HTMLElement;

  protected setup(): void {
    const id = this.widgetId;
    const c = this.bindControls(schema, () => this.change({}));
    const p = c.slider("p", { label: t("dropout.net.p"), step: 0.05 });
    const form = c.segmented("form", { label: t("dropout.net.form"), optionLabel: (f) => t(`dropout.net.${f}`) });
    const mode = c.segmented("mode", { label: t("dropout.net.mode"), optionLabel: (m) => t(`dropout.net.${m}`) });
    const next = button({
      id: `${id}-next`,
      label: t("dropout.net.step"),
      primary: true,
      onClick: () => this.change({ step: Math.min(MAX_STEP, this.url.values.step + 1), mode: "train" }),
    });
    const reset = button({ id: `${id}-reset`, label: t("dropout.net.reset"), onClick: () => this.change({ step: 1 }) });
    this.onModeSync = () => mode.set(this.url.values.mode);
    const controls = document.createElement("div");
    controls.className = "kobai-frame__row";
    const buttons = document.createElement("div");
    buttons.className = "reg__buttons";
    buttons.append(next, reset);
    controls.append(p.root, form.root, mode.root, buttons);
    this.prepend(controls);
    this.caption = this.querySelector<HTMLElement>("[data-caption]")!;
    this.recompute();
  }

  private onModeSync: () => void = () => {};

  private change(values: Partial<{ p: number; form: string; mode: string; step: number }>): void {
    this.url.update(values as never);
    this.onModeSync();
    this.recompute();
  }

  private recompute(): void {
    const v = this.url.values;
    this.net = netState({
      seed: this.config.seed ?? 0,
      p: v.p,
      inverted: v.form === "inverted",
      step: v.step,
      training: v.mode === "train",
    });
    this.setAttribute("data-step", String(this.net.step));
    this.setAttribute(
      "data-dropped",
      droppedUnits(this.net)
        .map((u) => u.join(","))
        .join("|"),
    );
    this.requestRender();
  }

  protected render(): void {
    const figure = drawNet(document, this.net, this.chartWidth);
    this.chartSlot.replaceChildren(figure);
    const outputs = this.net.values[this.net.values.length - 1];
    this.caption.textContent = joinSentences([
      netSummary(this.net, this.config.seed ?? 0),
      t("dropout.net.outputs", { y1: two(outputs[0]), y2: two(outputs[1]) }),
    ]);
  }
}

defineWidget("kobai-dropout-net", DropoutNet);
